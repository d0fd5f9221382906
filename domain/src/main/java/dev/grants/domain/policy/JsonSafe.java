package dev.grants.domain.policy;

/**
 * Policy values are restricted to printable ASCII without {@code "} and {@code \}, so their compact JSON
 * form is the value between two quotes, byte for byte, and a policy's size is known without writing it.
 */
final class JsonSafe {
  private JsonSafe() {}

  static String require(String what, String value) {
    if (value == null) {
      throw new NullPointerException(what);
    }
    if (!isSafe(value)) {
      throw new IllegalArgumentException(what + " must be printable ASCII without quote or backslash: " + value);
    }
    return value;
  }

  static boolean isSafe(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
        return false;
      }
    }
    return true;
  }

  /** The compact JSON length of a safe string: the value and its two quotes. */
  static int stringLength(String value) {
    return value.length() + 2;
  }
}
