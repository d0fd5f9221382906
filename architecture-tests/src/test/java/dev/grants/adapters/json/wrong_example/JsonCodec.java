package dev.grants.adapters.json.wrong_example;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Clean control: Jackson inside adapters-json is where it belongs. */
public final class JsonCodec {
  private final ObjectMapper mapper = new ObjectMapper();

  public ObjectMapper mapper() {
    return mapper;
  }
}
