package dev.grants.adapters.http.wrong_example;

import dev.grants.adapters.json.wrong_example.JsonCodec;

/** Clean control: the HTTP endpoint may use adapters-json, the one allowed edge between adapters. */
public final class HttpUsingJsonCodec {
  public JsonCodec codec() {
    return new JsonCodec();
  }
}
