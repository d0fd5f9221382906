package dev.grants.adapters.http;

import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.OrganizationId;
import dev.grants.domain.principal.Region;
import dev.grants.ports.service.Grants;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link GrantsEndpoint.Builder} was told, each option checked as it is set; the endpoint reads it. Not
 * thread-safe while it is being built.
 */
final class EndpointOptions {
  Grants grants;
  String host = "127.0.0.1";
  int port;
  AccountId account = AccountId.of(GrantsEndpoint.DEFAULT_ACCOUNT);
  Map<AccountId, OrganizationId> organizations = Map.of();
  Region region = Region.of(GrantsEndpoint.DEFAULT_REGION);
  long maxBodyBytes = GrantsEndpoint.DEFAULT_MAX_BODY_BYTES;
  int threads = GrantsEndpoint.DEFAULT_THREADS;
  int maxConnections = GrantsEndpoint.DEFAULT_MAX_CONNECTIONS;
  int backlog = 128;

  void grants(Grants grants) {
    this.grants = Objects.requireNonNull(grants, "grants");
  }

  void host(String host) {
    this.host = Objects.requireNonNull(host, "host");
  }

  void port(int port) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("not a port: " + port);
    }
    this.port = port;
  }

  void account(String account) {
    this.account = AccountId.of(account);
  }

  void organization(String organizationId, List<String> accounts) {
    this.organizations = Callers.place(organizations, organizationId, accounts);
  }

  void region(String region) {
    this.region = Region.of(region);
  }

  void maxBodyBytes(long maxBodyBytes) {
    if (maxBodyBytes < 0) {
      throw new IllegalArgumentException("not a size: " + maxBodyBytes);
    }
    this.maxBodyBytes = maxBodyBytes;
  }

  void threads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("at least one thread: " + threads);
    }
    this.threads = threads;
  }

  void maxConnections(int maxConnections) {
    if (maxConnections < 1) {
      throw new IllegalArgumentException("at least one connection: " + maxConnections);
    }
    this.maxConnections = maxConnections;
  }
}
