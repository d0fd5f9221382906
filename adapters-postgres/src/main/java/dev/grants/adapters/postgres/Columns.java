package dev.grants.adapters.postgres;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Column values the repositories share: free text through {@link StoredText}, instants as
 * {@code timestamp with time zone} in UTC (JDBC 4.2's {@link OffsetDateTime}, so the JVM's time zone plays no part).
 */
final class Columns {
  private Columns() {}

  /**
   * Sets free text ({@link StoredText}) or a typed NULL, so that {@code IS NOT DISTINCT FROM ?} has a type to
   * compare with.
   */
  static void setText(PreparedStatement statement, int index, String value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.VARCHAR);
    } else {
      statement.setString(index, StoredText.encode(value));
    }
  }

  static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
    statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
  }

  static Instant instant(ResultSet row, String column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
