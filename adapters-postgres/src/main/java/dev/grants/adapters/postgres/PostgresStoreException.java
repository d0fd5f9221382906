package dev.grants.adapters.postgres;

import java.sql.SQLException;

/**
 * A PostgreSQL store could not do what it was asked: the database refused the connection, dropped it, timed the
 * statement out, kept failing it with serialization failures or deadlocks past the retries, or answered with data
 * no Grants schema holds. The application services turn it into {@code GrantsError.InternalFailure}, which each
 * family answers as its internal error; a caller of the repositories themselves sees it thrown.
 *
 * <pre>{@code
 * try {
 *   store.resourcePolicies().find(arn);
 * } catch (PostgresStoreException failure) {
 *   failure.sqlState(); // e.g. "08006" (connection failure) or "57014" (statement timeout)
 * }
 * }</pre>
 *
 * <p>Whatever failed was not half written: a write is one transaction, and the database undoes it whole. Where the
 * failure came while the transaction was being committed, the caller cannot tell whether it was.
 */
public final class PostgresStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String sqlState;

  PostgresStoreException(String message, SQLException cause) {
    super(message + ": " + cause.getMessage(), cause);
    this.sqlState = cause.getSQLState();
  }

  PostgresStoreException(String message) {
    super(message);
    this.sqlState = null;
  }

  PostgresStoreException(String message, RuntimeException cause) {
    super(message, cause);
    this.sqlState = null;
  }

  /** The SQLSTATE the database (or the driver) gave, or {@code null} when there was none. */
  public String sqlState() {
    return sqlState;
  }
}
