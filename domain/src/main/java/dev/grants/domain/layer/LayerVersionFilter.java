package dev.grants.domain.layer;

import dev.grants.domain.Nullable;
import dev.grants.domain.validation.Constraint;
import dev.grants.domain.validation.MemberRule;
import dev.grants.domain.validation.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * The filters of {@code ListLayers} and {@code ListLayerVersions}: a version matches when it names the runtime
 * among its compatible runtimes and the architecture among its compatible architectures (a filter not given
 * matches every version; a version that names none matches no filter on it).
 *
 * <pre>{@code
 * LayerVersionFilter.of("java17", null).matches(version); // version.compatibleRuntimes().contains("java17")
 * }</pre>
 *
 * @param runtime {@code CompatibleRuntime}, one of {@link LayerVersionDraft#RUNTIMES}, or {@code null}
 * @param architecture {@code CompatibleArchitecture}, one of {@link LayerVersionDraft#ARCHITECTURES}, or {@code null}
 */
public record LayerVersionFilter(@Nullable String runtime, @Nullable String architecture) {
  /** {@code CompatibleRuntime}: one of the model's runtimes. */
  public static final MemberRule COMPATIBLE_RUNTIME =
      MemberRule.optional("compatibleRuntime").oneOf(LayerVersionDraft.RUNTIMES);
  /** {@code CompatibleArchitecture}: one of the model's architectures. */
  public static final MemberRule COMPATIBLE_ARCHITECTURE =
      MemberRule.optional("compatibleArchitecture").oneOf(LayerVersionDraft.ARCHITECTURES);
  /** {@code MaxItems}: 1 to 50 ({@code MaxLayerListItems}). */
  public static final MemberRule MAX_ITEMS =
      MemberRule.optional("maxItems").with(Constraint.minValue(1)).with(Constraint.maxValue(50));
  /** How many items a page holds when {@code MaxItems} is not given: the model's maximum. */
  public static final int DEFAULT_MAX_ITEMS = 50;
  /** Every version (after the rules: its constructor checks against them). */
  public static final LayerVersionFilter ANY = new LayerVersionFilter(null, null);

  /**
   * The filter of valid members.
   *
   * @throws IllegalArgumentException if a member is not one the model allows
   */
  public LayerVersionFilter {
    if (!COMPATIBLE_RUNTIME.admits(runtime) || !COMPATIBLE_ARCHITECTURE.admits(architecture)) {
      throw new IllegalArgumentException("not a runtime or architecture of the model: " + runtime + ", "
          + architecture);
    }
  }

  /** The filter of valid members; see the constructor. */
  public static LayerVersionFilter of(@Nullable String runtime, @Nullable String architecture) {
    return new LayerVersionFilter(runtime, architecture);
  }

  /**
   * Every violation of the listing members, in the model's member order ({@code CompatibleRuntime}, then the
   * paging members, then {@code CompatibleArchitecture}).
   */
  public static List<Violation> violations(
      @Nullable String runtime, @Nullable Integer maxItems, @Nullable String architecture) {
    List<Violation> found = new ArrayList<>(0);
    found.addAll(COMPATIBLE_RUNTIME.check(runtime));
    found.addAll(MAX_ITEMS.check(maxItems == null ? null : String.valueOf(maxItems)));
    found.addAll(COMPATIBLE_ARCHITECTURE.check(architecture));
    return found;
  }

  /** Whether {@code version} passes this filter. */
  public boolean matches(LayerVersion version) {
    return (runtime == null || version.compatibleRuntimes().contains(runtime))
        && (architecture == null || version.compatibleArchitectures().contains(architecture));
  }
}
