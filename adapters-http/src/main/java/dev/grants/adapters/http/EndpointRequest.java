package dev.grants.adapters.http;

import dev.grants.ports.in.CallContext;
import java.util.List;
import java.util.Map;

/**
 * One request as the routes see it: method, raw (still percent-encoded) path, decoded query, the headers the
 * routes need, the body, and the call context (caller account, signed region).
 */
record EndpointRequest(
    String method, String rawPath, Map<String, List<String>> query, String target, byte[] body,
    CallContext context) {}
