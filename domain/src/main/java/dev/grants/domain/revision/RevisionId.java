package dev.grants.domain.revision;

import java.util.Objects;

/**
 * The revision of a resource policy: a lowercase UUID version 4 string, new on every mutation.
 *
 * <pre>{@code
 * RevisionId r = RevisionId.of("35d87451-f796-4a3f-a618-95a3671b0a0c");
 * }</pre>
 *
 * @param value the lowercase UUID v4 text
 */
public record RevisionId(String value) {

  /** Checks the value is a lowercase UUID v4; throws {@link IllegalArgumentException} otherwise. */
  public RevisionId {
    Objects.requireNonNull(value, "value");
    if (!isUuidV4(value)) {
      throw new IllegalArgumentException("a revision id is a lowercase UUID v4: " + value);
    }
  }

  /** The revision {@code value}. */
  public static RevisionId of(String value) {
    return new RevisionId(value);
  }

  /**
   * Formats 128 random bits as a UUID v4 revision: the version and variant bits are set here, so any
   * source of bits gives a well-formed id.
   */
  public static RevisionId fromBits(long mostSignificant, long leastSignificant) {
    long msb = (mostSignificant & 0xffffffffffff0fffL) | 0x0000000000004000L;
    long lsb = (leastSignificant & 0x3fffffffffffffffL) | 0x8000000000000000L;
    char[] text = new char[36];
    hex(msb >>> 32, 8, text, 0);
    text[8] = '-';
    hex(msb >>> 16, 4, text, 9);
    text[13] = '-';
    hex(msb, 4, text, 14);
    text[18] = '-';
    hex(lsb >>> 48, 4, text, 19);
    text[23] = '-';
    hex(lsb, 12, text, 24);
    return new RevisionId(new String(text));
  }

  private static void hex(long bits, int digits, char[] into, int at) {
    for (int i = digits - 1; i >= 0; i--) {
      into[at + i] = Character.forDigit((int) (bits & 0xf), 16);
      bits >>>= 4;
    }
  }

  /** Whether {@code text} is a lowercase UUID of version 4 and the IETF variant. */
  public static boolean isUuidV4(String text) {
    if (text.length() != 36) {
      return false;
    }
    for (int i = 0; i < 36; i++) {
      char c = text.charAt(i);
      boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
      if (dash ? c != '-' : !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    char variant = text.charAt(19);
    return text.charAt(14) == '4' && (variant == '8' || variant == '9' || variant == 'a' || variant == 'b');
  }

  @Override
  public String toString() {
    return value;
  }
}
