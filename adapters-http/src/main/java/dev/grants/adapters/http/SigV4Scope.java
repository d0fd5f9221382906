package dev.grants.adapters.http;

import dev.grants.domain.principal.Region;

/**
 * What the SigV4 credential {@code Credential=<access key id>/<date>/<region>/<service>/aws4_request} of a request's
 * {@code Authorization} header (or the {@code X-Amz-Credential} query parameter of a presigned request) says: the
 * access key id it was signed with and the region it was signed for. Signatures are not verified.
 */
final class SigV4Scope {
  private SigV4Scope() {}

  /** The signed region, or {@code fallback} when there is no usable credential scope. */
  static Region region(String authorization, String credentialParameter, Region fallback) {
    String credential = credential(authorization, credentialParameter);
    if (credential == null) {
      return fallback;
    }
    // <key>/<date>/<region>/<service>/aws4_request: exactly four slashes (found by index: this runs per request)
    int date = credential.indexOf('/');
    int region = date < 0 ? -1 : credential.indexOf('/', date + 1);
    int service = region < 0 ? -1 : credential.indexOf('/', region + 1);
    int terminator = service < 0 ? -1 : credential.indexOf('/', service + 1);
    if (terminator < 0 || credential.indexOf('/', terminator + 1) >= 0) {
      return fallback;
    }
    String name = credential.substring(region + 1, service);
    return Region.isRegionName(name) ? Region.of(name) : fallback;
  }

  /** The access key id the request was signed with (the credential up to its first {@code /}), or null. */
  static String accessKeyId(String authorization, String credentialParameter) {
    String credential = credential(authorization, credentialParameter);
    if (credential == null) {
      return null;
    }
    int slash = credential.indexOf('/');
    return slash < 0 ? credential : credential.substring(0, slash);
  }

  private static String credential(String authorization, String credentialParameter) {
    String credential = credentialFrom(authorization);
    return credential != null ? credential : credentialParameter;
  }

  private static String credentialFrom(String authorization) {
    if (authorization == null || !authorization.startsWith("AWS4-HMAC-SHA256")) {
      return null;
    }
    int at = authorization.indexOf("Credential=");
    if (at < 0) {
      return null;
    }
    int from = at + "Credential=".length();
    int to = authorization.indexOf(',', from);
    return (to < 0 ? authorization.substring(from) : authorization.substring(from, to)).trim();
  }
}
