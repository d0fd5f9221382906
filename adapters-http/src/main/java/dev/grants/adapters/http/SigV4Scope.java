package dev.grants.adapters.http;

import dev.grants.domain.principal.Region;

/**
 * The region a SigV4-signed request was signed for, from the credential scope
 * {@code Credential=<key>/<date>/<region>/<service>/aws4_request} of its {@code Authorization} header (or the
 * {@code X-Amz-Credential} query parameter of a presigned request). Signatures are not verified.
 */
final class SigV4Scope {
  private SigV4Scope() {}

  /** The signed region, or {@code fallback} when there is no usable credential scope. */
  static Region region(String authorization, String credentialParameter, Region fallback) {
    String credential = credentialFrom(authorization);
    if (credential == null) {
      credential = credentialParameter;
    }
    if (credential == null) {
      return fallback;
    }
    String[] scope = credential.split("/", -1);
    if (scope.length != 5 || !Region.isRegionName(scope[2])) {
      return fallback;
    }
    return Region.of(scope[2]);
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
