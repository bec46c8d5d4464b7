package org.annals.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.duckdb.DuckDBConnection;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The readers' connections, so that concurrent reads do not wait for each other: a HikariCP pool
 * of at most {@link #SIZE} connections in auto-commit mode. On DuckDB every connection is a
 * {@link DuckDBConnection#duplicate() duplicate} of the writer's, i.e. another connection to the
 * same database instance in this process (DuckDB runs their queries concurrently, each on its own
 * committed snapshot); on PostgreSQL they are new connections to the same URL. Thread-safe.
 */
final class ReadPool implements AutoCloseable {
  /** Most reader connections at once; further readers wait for a free one. */
  static final int SIZE = 8;

  /** Seconds to wait for a new connection (the pool also waits this long at close). */
  static final int LOGIN_TIMEOUT_S = 5;

  private final HikariDataSource ds;

  private ReadPool(HikariDataSource ds) {
    this.ds = ds;
  }

  /** A pool for the store at {@code url} whose writer connection is {@code writer}. */
  static ReadPool open(String url, Dialect dialect, Connection writer) throws SQLException {
    HikariConfig cfg = new HikariConfig();
    cfg.setPoolName("annals-read");
    cfg.setMaximumPoolSize(SIZE);
    cfg.setMinimumIdle(0);
    cfg.setAutoCommit(true);
    if (dialect == Dialect.DUCKDB) {
      cfg.setDataSource(new Duplicating(writer.unwrap(DuckDBConnection.class)));
    } else {
      PGSimpleDataSource pg = new PGSimpleDataSource();
      pg.setURL(url);
      pg.setLoginTimeout(LOGIN_TIMEOUT_S);
      cfg.setDataSource(pg);
    }
    return new ReadPool(new HikariDataSource(cfg));
  }

  /** A connection for one read; close it to give it back. */
  Connection borrow() throws SQLException {
    return ds.getConnection();
  }

  @Override
  public void close() {
    ds.close();
  }

  /** A data source handing out duplicates of one DuckDB connection. */
  private record Duplicating(DuckDBConnection root) implements DataSource {
    @Override
    public Connection getConnection() throws SQLException {
      return root.duplicate();
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
      // no logging
    }

    @Override
    public void setLoginTimeout(int seconds) {
      // in-process: no login
    }

    @Override
    public int getLoginTimeout() {
      return LOGIN_TIMEOUT_S;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      throw new SQLFeatureNotSupportedException("no java.util.logging");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
      return false;
    }
  }
}
