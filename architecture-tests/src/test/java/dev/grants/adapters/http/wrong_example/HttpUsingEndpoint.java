package dev.grants.adapters.http.wrong_example;

import dev.grants.endpoint.wrong_example.EndpointWiring;

/** Wrong: the HTTP adapter depends on the endpoint, on which nothing may depend. */
public final class HttpUsingEndpoint {
  public EndpointWiring launcher() {
    return new EndpointWiring();
  }
}
