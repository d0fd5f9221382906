package dev.grants.adapters.postgres.wrong_example;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** A clean control: the PostgreSQL adapter may use JDBC's DataSource and Flyway. */
public final class PostgresWithFlyway {
  public Flyway migrations(DataSource dataSource) {
    return Flyway.configure().dataSource(dataSource).load();
  }
}
