package org.annals.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.annals.model.BadInputException;
import org.annals.store.EventStore;
import org.junit.jupiter.api.Test;

/** The server's configuration is checked in one place, with errors that name the field. */
class ServerConfigTest {
  @Test
  void defaultsAreLoopbackWithReadsOnlyFromLoopback() {
    try (EventStore store = EventStore.open("jdbc:duckdb:")) {
      ServerConfig c = ServerConfig.of(store, ApiTest.TOKEN);
      assertThat(c.bind()).isEqualTo("127.0.0.1");
      assertThat(c.port()).isEqualTo(7070);
      assertThat(c.remoteReads()).isFalse();
      assertThatThrownBy(() -> c.withAddress("127.0.0.1", 70_000)).isInstanceOf(BadInputException.class).hasMessageContaining("port");
      assertThatThrownBy(() -> c.withMaxBodyBytes(0)).hasMessageContaining("maxBodyBytes");
      assertThatThrownBy(() -> ServerConfig.of(store, "short")).hasMessageContaining("token");
      assertThatThrownBy(() -> ServerConfig.of(null, ApiTest.TOKEN)).hasMessageContaining("store");
    }
  }
}
