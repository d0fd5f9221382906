package dev.grants.adapters.json.wire;

/**
 * Text from a caller may hold unpaired UTF-16 surrogates (JSON allows {@code "\ud800"}); they cannot be
 * written as UTF-8, so every such text is mended, each unpaired surrogate becoming U+FFFD, before it is echoed
 * in a response.
 */
public final class WellFormed {
  private WellFormed() {}

  /** {@code text} with each unpaired surrogate replaced by U+FFFD; null for null. */
  public static String text(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder mended = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1));
      boolean unpaired = Character.isSurrogate(c) && !paired;
      if (unpaired && mended == null) {
        mended = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (mended != null) {
        mended.append(unpaired ? '\uFFFD' : c);
        if (paired) {
          mended.append(text.charAt(i + 1));
        }
      }
      if (paired) {
        i++;
      }
    }
    return mended == null ? text : mended.toString();
  }
}
