package dev.grants.domain.signer;

import dev.grants.domain.Nullable;
import dev.grants.domain.error.GrantsError;
import dev.grants.domain.policy.Condition;
import dev.grants.domain.policy.Statement;
import dev.grants.domain.policy.StatementId;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Arn;
import dev.grants.domain.principal.Principal;
import dev.grants.domain.validation.MemberRule;
import dev.grants.domain.validation.Violation;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A permission on a signing profile, as {@code AddProfilePermission} asks for it and
 * {@code ListProfilePermissions} answers it: statement id, action, principal (a 12-digit account id or an IAM
 * role ARN without a path, kept exactly as given) and an optional profile version. It is kept as a statement
 * of the profile's {@link dev.grants.domain.policy.ResourcePolicy}: {@code Principal {"AWS": <root or role
 * ARN>}}, {@code Resource} the profile ARN, and {@code StringEquals signer:ProfileVersion} when a version is given.
 *
 * <pre>{@code
 * ProfilePermission permission =
 *     ProfilePermission.validate("cross", "signer:StartSigningJob", "223456789012", null).get();
 * }</pre>
 *
 * @param statementId the statement id
 * @param action the action as given (checked against the profile's platform separately)
 * @param principal the principal as given
 * @param profileVersion the profile version, {@code null} when absent
 */
public record ProfilePermission(
    StatementId statementId, String action, String principal, @Nullable String profileVersion) {

  /** The condition key a profile version is written under. */
  public static final String PROFILE_VERSION_KEY = "signer:ProfileVersion";

  /** {@code statementId}: required. */
  public static final MemberRule STATEMENT_ID = MemberRule.required("statementId");
  /** {@code action}: required. */
  public static final MemberRule ACTION = MemberRule.required("action");
  /** {@code principal}: required. */
  public static final MemberRule PRINCIPAL = MemberRule.required("principal");
  /** {@code profileVersion}: optional, exactly 10 letters or digits. */
  public static final MemberRule PROFILE_VERSION =
      MemberRule.optional("profileVersion").minLength(10).maxLength(10).pattern("^[a-zA-Z0-9]{10}$");

  private static final Pattern STATEMENT_ID_FORM = Pattern.compile("[a-zA-Z0-9_-]{1,64}");
  private static final Pattern ROLE_ARN = Pattern.compile("arn:aws[a-zA-Z-]*:iam::\\d{12}:role/[\\w+=,.@-]{1,64}");

  /** Checks the parts. */
  public ProfilePermission {
    Objects.requireNonNull(statementId, "statementId");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(principal, "principal");
    if (!isPrincipal(principal) || !STATEMENT_ID_FORM.matcher(statementId.value()).matches()) {
      throw new IllegalArgumentException("not a valid profile permission");
    }
  }

  /**
   * The permission the raw members ask for. Model constraints first (every violation, in the order
   * profileVersion, action, principal, statementId), then the principal's form, then the statement id's.
   *
   * @return the permission, or {@link GrantsError.InvalidRequest}, {@link GrantsError.InvalidSignerPrincipal}
   *     or {@link GrantsError.InvalidSignerStatementId}
   */
  public static Either<GrantsError, ProfilePermission> validate(
      @Nullable String statementId, @Nullable String action, @Nullable String principal,
      @Nullable String profileVersion) {
    List<Violation> violations = new ArrayList<>(0);
    violations.addAll(PROFILE_VERSION.check(profileVersion));
    violations.addAll(ACTION.check(action));
    violations.addAll(PRINCIPAL.check(principal));
    violations.addAll(STATEMENT_ID.check(statementId));
    if (!violations.isEmpty()) {
      return Either.left(new GrantsError.InvalidRequest(violations));
    }
    if (!isPrincipal(principal)) {
      return Either.left(new GrantsError.InvalidSignerPrincipal(principal));
    }
    if (!STATEMENT_ID_FORM.matcher(statementId).matches()) {
      return Either.left(new GrantsError.InvalidSignerStatementId(statementId));
    }
    return Either.right(new ProfilePermission(StatementId.of(statementId), action, principal, profileVersion));
  }

  /** Whether {@code principal} is a 12-digit account id or an IAM role ARN without a path. */
  public static boolean isPrincipal(String principal) {
    return AccountId.isAccountId(principal) || ROLE_ARN.matcher(principal).matches();
  }

  /**
   * The action, if the platform allows it.
   *
   * @return the action, or {@link GrantsError.ActionNotSupportedForPlatform}
   */
  public Either<GrantsError, SignerAction> allowedOn(SigningPlatform platform) {
    Option<SignerAction> known = SignerAction.parse(action);
    if (known.isDefined() && platform.allows(known.get())) {
      return Either.right(known.get());
    }
    return Either.left(new GrantsError.ActionNotSupportedForPlatform(action, platform.platformId(),
        platform.allowedActions().stream().map(SignerAction::wireName).toList()));
  }

  /** The statement this permission adds to the policy of {@code profile}. */
  public Statement toStatement(SigningProfileArn profile, SignerAction allowed) {
    Principal who = AccountId.isAccountId(principal)
        ? Principal.account(AccountId.of(principal), profile.partition())
        : Principal.role(Arn.parse(principal).get());
    Statement statement = Statement.allow(statementId, who, allowed.action(), profile.toString());
    return profileVersion == null
        ? statement
        : statement.withCondition(Condition.stringEquals(PROFILE_VERSION_KEY, profileVersion));
  }

  /**
   * The permission a statement of a profile's policy stands for: the principal as it was given (an account
   * stays an account id), the action, and the profile version of its condition.
   *
   * @throws IllegalArgumentException if the statement is not of the form {@link #toStatement} writes
   */
  public static ProfilePermission fromStatement(Statement statement) {
    Principal who = statement.principals().get(0);
    String principal = who instanceof Principal.Account account ? account.id().value() : who.policyValue();
    String version = statement.conditions().stream()
        .filter(condition -> condition.key().equals(PROFILE_VERSION_KEY))
        .map(condition -> condition.values().get(0))
        .findFirst().orElse(null);
    return new ProfilePermission(statement.sid(), statement.actions().get(0).value(), principal, version);
  }
}
