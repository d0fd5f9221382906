package dev.grants.adapters.postgres;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Column values the repositories share: instants as {@code timestamp with time zone} in UTC (JDBC 4.2's
 * {@link OffsetDateTime}, so the JVM's time zone plays no part).
 */
final class Columns {
  private Columns() {}

  static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
    statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
  }

  static Instant instant(ResultSet row, String column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
