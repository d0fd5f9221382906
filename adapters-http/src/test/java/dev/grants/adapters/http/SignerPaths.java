package dev.grants.adapters.http;

import static dev.grants.adapters.http.HostileRequestProperties.SIGNER_PREFIX;

/** The endpoint's Signer routing, as far as the test needs it. */
final class SignerPaths {
  private SignerPaths() {}

  /** Whether the endpoint hands a request for {@code rawPath} (null: none) to its Signer routes. */
  static boolean owns(String rawPath) {
    return rawPath != null && (rawPath.startsWith(SIGNER_PREFIX) || rawPath.equals("/signing-profiles"));
  }

  /** The profile name a Signer path addresses, percent-decoded as the endpoint does; null if it names none. */
  static String profileName(String rawPath) {
    if (!owns(rawPath)) {
      return null;
    }
    String[] segments = rawPath.split("/", -1);
    return segments.length < 3 ? null : PercentDecoding.segment(segments[2]);
  }

  /** Whether {@code method} on {@code rawPath} is CancelSigningProfile of {@code name}. */
  static boolean cancels(String method, String rawPath, String name) {
    return method.equals("DELETE") && owns(rawPath) && rawPath.split("/", -1).length == 3
        && name.equals(profileName(rawPath));
  }
}

