package dev.grants.domain.wrong_example;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/** Wrong: a Jackson annotation on a domain type (the wire format belongs to adapters-json). */
@JsonSerialize
public final class JacksonAnnotatedEntity {
  public String name() {
    return "name";
  }
}
