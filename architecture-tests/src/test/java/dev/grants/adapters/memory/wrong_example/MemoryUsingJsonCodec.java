package dev.grants.adapters.memory.wrong_example;

import dev.grants.adapters.json.wrong_example.JsonCodec;

/** Wrong: one adapter (memory) depends on another (json). */
public final class MemoryUsingJsonCodec {
  public JsonCodec codec() {
    return new JsonCodec();
  }
}
