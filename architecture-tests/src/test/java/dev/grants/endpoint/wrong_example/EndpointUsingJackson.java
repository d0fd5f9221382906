package dev.grants.endpoint.wrong_example;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Wrong: the endpoint writes JSON itself instead of leaving the wire format to adapters-json. */
public final class EndpointUsingJackson {
  public String banner() throws Exception {
    return new ObjectMapper().writeValueAsString("listening");
  }
}
