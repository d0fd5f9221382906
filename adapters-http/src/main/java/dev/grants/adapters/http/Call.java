package dev.grants.adapters.http;

import dev.grants.ports.in.CallContext;
import java.util.List;
import java.util.Map;

/**
 * A request matched to an operation, as its decoder sees it: the request and the decoded labels of the path
 * template that matched (none for sso-admin).
 */
record Call(EndpointRequest request, Map<String, String> labels) {
  /** The caller and the signed region. */
  CallContext context() {
    return request.context();
  }

  /** The body bytes. */
  byte[] body() {
    return request.body();
  }

  /** The decoded query. */
  Map<String, List<String>> query() {
    return request.query();
  }

  /**
   * The decoded value of the path label {@code name}.
   *
   * @throws IllegalStateException if the operation's template has no such label (a mistake in a route table)
   */
  String label(String name) {
    String value = labels.get(name);
    if (value == null) {
      throw new IllegalStateException("no path label " + name + " in " + labels.keySet());
    }
    return value;
  }
}
