package dev.grants.endpoint;

import dev.grants.adapters.memory.InMemoryGrants;
import dev.grants.ports.service.Grants;

/**
 * The store the endpoint's wiring runs on, and the one place the endpoint module picks it: {@link EndpointMain}
 * opens the store its command line asks for and {@link GrantsEndpointExtension#create()} the in-memory one. Today
 * the only store is {@link #inMemory()}.
 *
 * <pre>{@code
 * GrantsEndpoint endpoint = GrantsEndpoint.builder().grants(Store.inMemory().open()).build();
 * }</pre>
 *
 * <p>Implementations are thread-safe; each {@link #open()} is a wiring of its own.
 */
@FunctionalInterface
interface Store {

  /** A new wiring on this store. */
  Grants open();

  /**
   * The in-memory store, adapters-memory's embedded default ({@link InMemoryGrants#create()}): each wiring starts
   * empty and is gone when the process ends.
   */
  static Store inMemory() {
    return InMemoryGrants::create;
  }
}
