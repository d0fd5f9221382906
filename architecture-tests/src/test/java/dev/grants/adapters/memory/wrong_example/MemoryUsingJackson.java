package dev.grants.adapters.memory.wrong_example;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Wrong: Jackson outside adapters-json. */
public final class MemoryUsingJackson {
  public String write(Object value) throws Exception {
    return new ObjectMapper().writeValueAsString(value);
  }
}
