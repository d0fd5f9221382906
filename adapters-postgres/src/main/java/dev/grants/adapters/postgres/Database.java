package dev.grants.adapters.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;

/**
 * How the repositories talk to the database: a connection from the embedder's {@link DataSource} per call, one
 * statement in auto-commit or several in one transaction, and a bounded retry of serialization failures (40001)
 * and deadlocks (40P01) only, which the database rolled back whole and which are safe to run again. Every other
 * failure is a {@link PostgresStoreException}. Thread-safe.
 */
final class Database {
  /** SQLSTATE of a serialization failure: the transaction was rolled back and may be retried. */
  static final String SERIALIZATION_FAILURE = "40001";
  /** SQLSTATE of a deadlock: the transaction was rolled back and may be retried. */
  static final String DEADLOCK_DETECTED = "40P01";
  /** SQLSTATE of a unique violation. */
  static final String UNIQUE_VIOLATION = "23505";
  /** SQLSTATE of a foreign key violation. */
  static final String FOREIGN_KEY_VIOLATION = "23503";

  /** Work on one connection; it may run more than once, so it changes nothing outside the database. */
  @FunctionalInterface
  interface Work<T> {
    T on(Connection connection) throws SQLException;
  }

  private final DataSource dataSource;
  private final String schema;
  private final int statementTimeoutSeconds;
  private final int maxAttempts;

  Database(DataSource dataSource, String schema, int statementTimeoutSeconds, int maxAttempts) {
    this.dataSource = dataSource;
    this.schema = schema;
    this.statementTimeoutSeconds = statementTimeoutSeconds;
    this.maxAttempts = maxAttempts;
  }

  /** The qualified name of table {@code name} in the store's schema. */
  String table(String name) {
    return schema + '.' + name;
  }

  /** The schema. */
  String schema() {
    return schema;
  }

  DataSource dataSource() {
    return dataSource;
  }

  /** A statement on {@code connection} with the store's statement timeout. */
  PreparedStatement prepare(Connection connection, String sql) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    if (statementTimeoutSeconds > 0) {
      statement.setQueryTimeout(statementTimeoutSeconds);
    }
    return statement;
  }

  /** {@code work} in auto-commit: reads, and writes of one statement (atomic by themselves). */
  <T> T autoCommit(String what, Work<T> work) {
    return attempt(what, false, work);
  }

  /** {@code work} in one transaction, committed at its end and rolled back whole if anything in it fails. */
  <T> T transaction(String what, Work<T> work) {
    return attempt(what, true, work);
  }

  private <T> T attempt(String what, boolean transaction, Work<T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return once(transaction, work);
      } catch (SQLException failure) {
        if (!isRetryable(failure) || attempt >= maxAttempts) {
          throw new PostgresStoreException(what + " failed"
              + (isRetryable(failure) ? " after " + attempt + " attempts" : ""), failure);
        }
        // A short, growing, jittered pause: the conflicting transaction is usually done within milliseconds.
        long micros = ThreadLocalRandom.current().nextLong(100, 1_000) * attempt;
        LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(micros));
      }
    }
  }

  private <T> T once(boolean transaction, Work<T> work) throws SQLException {
    Connection connection;
    try {
      connection = dataSource.getConnection();
    } catch (RuntimeException refused) {
      // Pools signal some failures unchecked; they are store failures all the same.
      throw new SQLException("no connection: " + refused, "08001", refused);
    }
    try (connection) {
      if (!transaction) {
        if (!connection.getAutoCommit()) {
          connection.setAutoCommit(true);
        }
        return work.on(connection);
      }
      connection.setAutoCommit(false);
      boolean committed = false;
      try {
        T result = work.on(connection);
        connection.commit();
        committed = true;
        return result;
      } finally {
        if (!committed) {
          rollbackQuietly(connection);
        }
        restoreAutoCommit(connection);
      }
    }
  }

  private static void rollbackQuietly(Connection connection) {
    try {
      connection.rollback();
    } catch (SQLException | RuntimeException ignored) {
      // The connection is broken or already rolled back: the server undoes an unfinished transaction by itself.
    }
  }

  private static void restoreAutoCommit(Connection connection) {
    try {
      connection.setAutoCommit(true);
    } catch (SQLException | RuntimeException ignored) {
      // A broken connection; the pool discards it.
    }
  }

  static boolean isRetryable(SQLException failure) {
    String state = failure.getSQLState();
    return SERIALIZATION_FAILURE.equals(state) || DEADLOCK_DETECTED.equals(state);
  }
}
