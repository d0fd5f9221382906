/**
 * The PostgreSQL store: every outbound repository port on PostgreSQL 15 or later through JDBC, on the embedder's
 * {@link javax.sql.DataSource}; {@link dev.grants.adapters.postgres.PostgresStore} holds them and migrates their
 * schema, {@link dev.grants.adapters.postgres.PostgresGrants} wires {@code Grants} on them in one call.
 */
package dev.grants.adapters.postgres;
