package dev.grants.domain.revision;

import java.nio.charset.StandardCharsets;
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
    // Latin-1 bytes from a digit table: one copy into the string, where chars would be compressed first.
    byte[] text = new byte[36];
    hex(msb >>> 32, 8, text, 0);
    text[8] = '-';
    hex(msb >>> 16, 4, text, 9);
    text[13] = '-';
    hex(msb, 4, text, 14);
    text[18] = '-';
    hex(lsb >>> 48, 4, text, 19);
    text[23] = '-';
    hex(lsb, 12, text, 24);
    return new RevisionId(new String(text, StandardCharsets.ISO_8859_1));
  }

  private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.ISO_8859_1);

  private static void hex(long bits, int digits, byte[] into, int at) {
    for (int i = digits - 1; i >= 0; i--) {
      into[at + i] = HEX_DIGITS[(int) (bits & 0xf)];
      bits >>>= 4;
    }
  }

  /** Whether {@code text} is a lowercase UUID of version 4 and the IETF variant. */
  public static boolean isUuidV4(String text) {
    // Every revision made is checked here, so: fixed positions first, then one table lookup per digit.
    if (text.length() != 36 || text.charAt(8) != '-' || text.charAt(13) != '-' || text.charAt(18) != '-'
        || text.charAt(23) != '-' || text.charAt(14) != '4') {
      return false;
    }
    char variant = text.charAt(19);
    if (variant != '8' && variant != '9' && variant != 'a' && variant != 'b') {
      return false;
    }
    for (int i = 0; i < 36; i++) {
      char c = text.charAt(i);
      if (c >= LOWER_HEX.length || !LOWER_HEX[c]) {
        if (i == 8 || i == 13 || i == 18 || i == 23) {
          continue;
        }
        return false;
      }
    }
    return true;
  }

  private static final boolean[] LOWER_HEX = lowerHex();

  private static boolean[] lowerHex() {
    boolean[] table = new boolean['f' + 1];
    for (char c = '0'; c <= '9'; c++) {
      table[c] = true;
    }
    for (char c = 'a'; c <= 'f'; c++) {
      table[c] = true;
    }
    return table;
  }

  @Override
  public String toString() {
    return value;
  }
}
