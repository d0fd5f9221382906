package dev.grants.adapters.json.wire;

import java.util.List;
import java.util.Map;

/** Reading a request's query string, decoded as a multimap by the transport. */
public final class Query {
  private Query() {}

  /** The first value of parameter {@code name}, or null when it is absent. */
  public static String first(Map<String, List<String>> query, String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
