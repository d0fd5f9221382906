package dev.grants.adapters.postgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

/**
 * Faults the database itself injects into a test schema, by triggers: a statement on a table fails with a given
 * SQLSTATE on chosen occurrences (a sequence counts them, outside every transaction, so a retry counts as the next
 * one), or sleeps, so that the test can kill its connection while the transaction is open.
 */
final class InjectedFaults {
  private final String schema;

  InjectedFaults(String schema) {
    this.schema = schema;
  }

  /**
   * From now on, the statements that write {@code table} (INSERT or UPDATE) fail with {@code sqlState} on their
   * {@code from}-th to {@code to}-th occurrences, counting from 1.
   */
  InjectedFaults failStatements(String table, String sqlState, long from, long to) {
    clear(table);
    TestPostgres.execute("CREATE SEQUENCE " + schema + ".fault_counter_" + table);
    TestPostgres.execute("CREATE FUNCTION " + schema + ".fault_" + table + "() RETURNS trigger LANGUAGE plpgsql AS $$"
        + " DECLARE n bigint := nextval('" + schema + ".fault_counter_" + table + "');"
        + " BEGIN IF n BETWEEN " + from + " AND " + to + " THEN"
        + " RAISE EXCEPTION 'injected fault % on " + table + "', n USING ERRCODE = '" + sqlState + "'; END IF;"
        + " RETURN NULL; END $$");
    TestPostgres.execute("CREATE TRIGGER fault_" + table + " BEFORE INSERT OR UPDATE ON " + schema + '.' + table
        + " FOR EACH STATEMENT EXECUTE FUNCTION " + schema + ".fault_" + table + "()");
    return this;
  }

  /** From now on, every row written to {@code table} (INSERT or UPDATE) first sleeps {@code seconds}. */
  InjectedFaults sleepOnWrite(String table, int seconds) {
    clear(table);
    TestPostgres.execute("CREATE FUNCTION " + schema + ".fault_" + table + "() RETURNS trigger LANGUAGE plpgsql AS $$"
        + " BEGIN PERFORM pg_sleep(" + seconds + "); RETURN NEW; END $$");
    TestPostgres.execute("CREATE TRIGGER fault_" + table + " BEFORE INSERT OR UPDATE ON " + schema + '.' + table
        + " FOR EACH ROW EXECUTE FUNCTION " + schema + ".fault_" + table + "()");
    return this;
  }

  /** How many of the counted statements on {@code table} ran so far. */
  long counted(String table) {
    try (Connection connection = TestPostgres.pool().getConnection();
         Statement statement = connection.createStatement();
         ResultSet row = statement.executeQuery(
             "SELECT last_value, is_called FROM " + schema + ".fault_counter_" + table)) {
      row.next();
      return row.getBoolean(2) ? row.getLong(1) : 0;
    } catch (SQLException failed) {
      throw new IllegalStateException(failed);
    }
  }

  /** Removes the faults of {@code table}. */
  void clear(String table) {
    TestPostgres.execute("DROP TRIGGER IF EXISTS fault_" + table + " ON " + schema + '.' + table);
    TestPostgres.execute("DROP FUNCTION IF EXISTS " + schema + ".fault_" + table + "()");
    TestPostgres.execute("DROP SEQUENCE IF EXISTS " + schema + ".fault_counter_" + table);
  }

  /**
   * Waits for a backend of the database to sleep in {@code pg_sleep} (a statement held by {@link #sleepOnWrite}),
   * then terminates it: its client sees the connection drop mid-transaction.
   *
   * @return the terminated backend's process id
   */
  static int terminateSleepingBackend(Duration within) {
    Instant until = Instant.now().plus(within);
    try (Connection connection = TestPostgres.pool().getConnection();
         Statement statement = connection.createStatement()) {
      while (Instant.now().isBefore(until)) {
        try (ResultSet row = statement.executeQuery("SELECT pid FROM pg_stat_activity"
            + " WHERE wait_event = 'PgSleep' AND pid <> pg_backend_pid()")) {
          if (row.next()) {
            int pid = row.getInt(1);
            try (ResultSet killed = statement.executeQuery("SELECT pg_terminate_backend(" + pid + ")")) {
              killed.next();
              if (killed.getBoolean(1)) {
                return pid;
              }
            }
          }
        }
        Thread.sleep(20);
      }
    } catch (SQLException failed) {
      throw new IllegalStateException(failed);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
    throw new AssertionError("no backend slept within " + within);
  }
}
