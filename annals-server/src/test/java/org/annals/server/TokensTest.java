package org.annals.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The write token: created once with the data, kept private, replaced on request. */
class TokensTest {
  @Test
  void createdOnceThenReusedThenReplaced(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("annals-data/token");
    Tokens.Token first = Tokens.loadOrCreate(file, false);
    assertThat(first.created()).isTrue();
    assertThat(first.value()).matches("[0-9a-f]{48}");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");

    Tokens.Token again = Tokens.loadOrCreate(file, false);
    assertThat(again.created()).isFalse();
    assertThat(again.value()).isEqualTo(first.value());

    Tokens.Token renewed = Tokens.loadOrCreate(file, true);
    assertThat(renewed.created()).isTrue();
    assertThat(renewed.value()).isNotEqualTo(first.value());
    assertThat(Files.readString(file).strip()).isEqualTo(renewed.value());
    assertThat(renewed.toString()).doesNotContain(renewed.value());
  }
}
