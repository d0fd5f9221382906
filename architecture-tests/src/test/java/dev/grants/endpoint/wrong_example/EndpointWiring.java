package dev.grants.endpoint.wrong_example;

import dev.grants.adapters.http.GrantsEndpoint;
import dev.grants.adapters.memory.InMemoryGrants;

/** Clean control: the endpoint wires a store (adapters-memory) into the HTTP adapter, as only it may. */
public final class EndpointWiring {
  public GrantsEndpoint endpoint() {
    return GrantsEndpoint.builder().grants(InMemoryGrants.create()).build();
  }
}
