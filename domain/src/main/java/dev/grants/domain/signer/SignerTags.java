package dev.grants.domain.signer;

import dev.grants.domain.Nullable;
import dev.grants.domain.validation.Constraint;
import dev.grants.domain.validation.MemberRule;
import dev.grants.domain.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rules of a signing profile's tags ({@code TagMap}, {@code TagKeyList} of the Signer model): 1 to 200 tags in a
 * request, keys of 1 to 128 characters of the model's pattern (never starting {@code aws:}), values of at most 256;
 * and at most 200 on one profile.
 *
 * <pre>{@code
 * SignerTags.violations("tags", Map.of("aws:team", "a")); // one violation: the key pattern
 * SignerTags.merged(Map.of("a", "1"), Map.of("a", "2", "b", "3")); // {a=2, b=3}
 * }</pre>
 */
public final class SignerTags {
  /** The model's pattern of a tag key. */
  public static final String KEY_PATTERN = "^(?!aws:)[a-zA-Z+-=._:/]+$";
  /** How many tags one profile may have. */
  public static final int MAX_PER_PROFILE = 200;
  /** {@code tagKeys} of UntagResource: 1 to 200 keys of the key rule. */
  public static final MemberRule TAG_KEYS = MemberRule.required("tagKeys").with(Constraint.minItems(1))
      .with(Constraint.maxItems(200)).minLength(1).maxLength(128).pattern(KEY_PATTERN);

  private static final MemberRule KEYS = MemberRule.required("tags").minLength(1).maxLength(128).pattern(KEY_PATTERN);
  private static final MemberRule VALUES = MemberRule.required("tags").maxLength(256);

  private SignerTags() {}

  /**
   * Every violation of a {@code TagMap} member named {@code member}: its size (1 to 200), then its keys, then its
   * values (each rendered as the list of them, as a list member's constraint on its items is). None when absent.
   */
  public static List<Violation> violations(String member, @Nullable Map<String, String> tags) {
    List<Violation> found = new ArrayList<>(0);
    if (tags == null) {
      return found;
    }
    if (tags.isEmpty() || tags.size() > 200) {
      found.add(new Violation(member, tags.toString(),
          tags.isEmpty() ? Constraint.minLength(1) : Constraint.maxLength(200)));
    }
    found.addAll(renamed(member, KEYS.checkList(List.copyOf(tags.keySet()))));
    found.addAll(renamed(member, VALUES.checkList(List.copyOf(tags.values()))));
    return found;
  }

  /** The tags of {@code current} with {@code added} set over them, keys sorted. */
  public static Map<String, String> merged(Map<String, String> current, Map<String, String> added) {
    Map<String, String> next = new TreeMap<>(current);
    next.putAll(added);
    return next;
  }

  /** The tags of {@code current} without {@code keys}; a key it does not have is no error. */
  public static Map<String, String> without(Map<String, String> current, List<String> keys) {
    Map<String, String> next = new TreeMap<>(current);
    keys.forEach(next::remove);
    return next;
  }

  private static List<Violation> renamed(String member, List<Violation> violations) {
    return violations.stream().map(v -> new Violation(member, v.value(), v.constraint())).toList();
  }
}
