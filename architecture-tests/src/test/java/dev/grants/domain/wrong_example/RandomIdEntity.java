package dev.grants.domain.wrong_example;

import java.util.UUID;

/** Wrong: makes its own random id (UUID.randomUUID names no random type, only the call shows it). */
public final class RandomIdEntity {
  public String newId() {
    return UUID.randomUUID().toString();
  }
}
