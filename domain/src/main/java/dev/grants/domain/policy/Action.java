package dev.grants.domain.policy;

import java.util.Locale;
import java.util.Objects;

/**
 * An IAM action, {@code service:Operation} ({@code lambda:GetLayerVersion}); in a statement it may hold the
 * wildcards {@code *} and {@code ?}. Actions match case-insensitively, as in IAM.
 *
 * <pre>{@code
 * Action.of("lambda:*").matches(Action.of("lambda:GetLayerVersion")); // true
 * }</pre>
 *
 * @param value the action text
 */
public record Action(String value) {

  /** Lambda's only layer permission action. */
  public static final Action LAMBDA_GET_LAYER_VERSION = new Action("lambda:GetLayerVersion");

  /** Checks the form; throws {@link IllegalArgumentException} otherwise. */
  public Action {
    Objects.requireNonNull(value, "value");
    if (value.length() > 128 || !isAction(value)) {
      throw new IllegalArgumentException("an action is service:Operation: " + value);
    }
  }

  /** Whether {@code value} is {@code *} or {@code service:Operation} (a loop: it runs per statement). */
  static boolean isAction(String value) {
    if (value.equals("*")) {
      return true;
    }
    int colon = value.indexOf(':');
    if (colon <= 0 || colon == value.length() - 1) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean letterOrDigit = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      boolean allowed = i < colon ? letterOrDigit || c == '-' : i == colon || letterOrDigit || c == '*' || c == '?';
      if (!allowed) {
        return false;
      }
    }
    return true;
  }

  /** The action {@code value}. */
  public static Action of(String value) {
    return new Action(value);
  }

  /** Whether this action (possibly with wildcards) covers the concrete {@code requested} one. */
  public boolean matches(Action requested) {
    return glob(value.toLowerCase(Locale.ROOT), 0, requested.value.toLowerCase(Locale.ROOT), 0);
  }

  private static boolean glob(String pattern, int p, String text, int t) {
    while (p < pattern.length()) {
      char c = pattern.charAt(p);
      if (c == '*') {
        for (int skip = t; skip <= text.length(); skip++) {
          if (glob(pattern, p + 1, text, skip)) {
            return true;
          }
        }
        return false;
      }
      if (t >= text.length() || (c != '?' && c != text.charAt(t))) {
        return false;
      }
      p++;
      t++;
    }
    return t == text.length();
  }

  @Override
  public String toString() {
    return value;
  }
}
