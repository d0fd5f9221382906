package dev.grants.adapters.postgres;

/**
 * Free text (a description, a licence, a relay state) in a {@code text} column, losslessly. A PostgreSQL text value
 * holds neither NUL nor an unpaired UTF-16 surrogate, which a Java string (and so a caller's JSON, through
 * {@code \\u0000} or {@code \\ud800}) can hold. Every other string is stored as it is, so the column reads well in
 * SQL; one that holds such a character, or starts with the marker {@code U+E000} (a private-use character), is
 * stored as the marker followed by the string with each of those characters and each marker written as the marker
 * and four hex digits.
 */
final class StoredText {
  private static final char MARKER = '\uE000';
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private StoredText() {}

  /** The column value of {@code text}; {@code null} stays {@code null}. */
  static String encode(String text) {
    if (text == null || !needsEscapes(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(MARKER);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1));
      if (paired) {
        out.append(c).append(text.charAt(++i));
      } else if (c == 0 || c == MARKER || Character.isSurrogate(c)) {
        out.append(MARKER).append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xf]).append(HEX[(c >> 4) & 0xf])
            .append(HEX[c & 0xf]);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The text a column value of {@link #encode} stands for; {@code null} stays {@code null}. */
  static String decode(String stored) {
    if (stored == null || stored.isEmpty() || stored.charAt(0) != MARKER) {
      return stored;
    }
    StringBuilder out = new StringBuilder(stored.length());
    for (int i = 1; i < stored.length(); i++) {
      char c = stored.charAt(i);
      if (c != MARKER) {
        out.append(c);
        continue;
      }
      if (i + 4 >= stored.length()) {
        throw new IllegalStateException("corrupt stored text: a short escape");
      }
      int code = 0;
      for (int digit = 1; digit <= 4; digit++) {
        int value = Character.digit(stored.charAt(i + digit), 16);
        if (value < 0) {
          throw new IllegalStateException("corrupt stored text: a bad escape");
        }
        code = code * 16 + value;
      }
      out.append((char) code);
      i += 4;
    }
    return out.toString();
  }

  private static boolean needsEscapes(String text) {
    if (!text.isEmpty() && text.charAt(0) == MARKER) {
      return true;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return true;
      }
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }
}
