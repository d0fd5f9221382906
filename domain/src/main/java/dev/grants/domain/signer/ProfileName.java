package dev.grants.domain.signer;

import dev.grants.domain.validation.MemberRule;

/**
 * The {@code profileName} request member: 2 to 64 characters of {@code [a-zA-Z0-9_]}.
 *
 * <pre>{@code
 * ProfileName.RULE.check("my profile"); // one violation: the pattern
 * }</pre>
 */
public final class ProfileName {
  /** The model's pattern, verbatim. */
  public static final String PATTERN = "^[a-zA-Z0-9_]{2,}";

  /** The member's constraints. */
  public static final MemberRule RULE = MemberRule.required("profileName").minLength(2).maxLength(64).pattern(PATTERN);

  /** The model's pattern for {@code profileOwner} (GetSigningProfile). */
  public static final MemberRule PROFILE_OWNER =
      MemberRule.optional("profileOwner").minLength(12).maxLength(12).pattern("^[0-9]{12}$");

  private ProfileName() {}
}
