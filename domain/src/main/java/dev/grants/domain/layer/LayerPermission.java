package dev.grants.domain.layer;

import dev.grants.domain.Nullable;
import dev.grants.domain.error.GrantsError;
import dev.grants.domain.policy.Action;
import dev.grants.domain.policy.Condition;
import dev.grants.domain.policy.Statement;
import dev.grants.domain.policy.StatementId;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.OrganizationId;
import dev.grants.domain.principal.Partition;
import dev.grants.domain.principal.Principal;
import dev.grants.domain.validation.MemberRule;
import dev.grants.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.Objects;

/**
 * A permission on a layer version, as {@code AddLayerVersionPermission} asks for it: statement id, action,
 * principal (an account id, an account root ARN, or {@code *}) and, with {@code *} only, an organization.
 *
 * <pre>{@code
 * LayerPermission permission =
 *     LayerPermission.validate("xaccount", "lambda:GetLayerVersion", "223456789012", null).get();
 * permission.toStatement(layerVersionArn);
 * // {"Sid":"xaccount","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::223456789012:root"},...}
 * }</pre>
 *
 * @param statementId the statement id
 * @param action the action, {@code lambda:GetLayerVersion}
 * @param principal the principal as given (valid)
 * @param organizationId the organization id as given, {@code null} when absent; see {@link #organization()}
 */
public record LayerPermission(
    StatementId statementId, Action action, String principal, @Nullable String organizationId) {

  // The shortcuts below are loops that admit exactly what the model's patterns admit (tested against them),
  // so that a valid request is not matched against three regular expressions, twice.

  /** {@code StatementId}: required, 1 to 100 characters of {@code ([a-zA-Z0-9-_]+)}. */
  public static final MemberRule STATEMENT_ID =
      MemberRule.required("statementId").minLength(1).maxLength(100).pattern("([a-zA-Z0-9-_]+)")
          .shortcut(StatementId::isStatementId);

  /** {@code Action}: required, at most 22 characters, exactly {@code lambda:GetLayerVersion}. */
  public static final MemberRule ACTION =
      MemberRule.required("action").minLength(0).maxLength(22).pattern("lambda:GetLayerVersion")
          .shortcut(Action.LAMBDA_GET_LAYER_VERSION.value()::equals);

  /** {@code Principal}: required, an account id, {@code *}, or an account root ARN. */
  public static final MemberRule PRINCIPAL =
      MemberRule.required("principal").pattern("\\d{12}|\\*|arn:(aws[a-zA-Z-]*):iam::\\d{12}:root")
          .shortcut(LayerPermission::isPrincipal);

  /** {@code OrganizationId}: optional, at most 34 characters of {@code o-[a-z0-9]{10,32}}. */
  public static final MemberRule ORGANIZATION_ID =
      MemberRule.optional("organizationId").minLength(0).maxLength(34).pattern(OrganizationId.PATTERN);

  /** Checks the parts against the member rules; throws {@link IllegalArgumentException} otherwise. */
  public LayerPermission {
    Objects.requireNonNull(statementId, "statementId");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(principal, "principal");
    if (!admits(statementId.value(), action.value(), principal, organizationId)) {
      throw new IllegalArgumentException("not a valid layer permission");
    }
  }

  private static boolean admits(
      @Nullable String statementId, @Nullable String action, @Nullable String principal,
      @Nullable String organizationId) {
    return STATEMENT_ID.admits(statementId) && ACTION.admits(action) && PRINCIPAL.admits(principal)
        && ORGANIZATION_ID.admits(organizationId);
  }

  /** {@code \d{12}|\*|arn:(aws[a-zA-Z-]*):iam::\d{12}:root}, as a loop. */
  private static boolean isPrincipal(String value) {
    if (value.equals("*") || AccountId.isAccountId(value)) {
      return true;
    }
    if (!value.startsWith("arn:aws")) {
      return false;
    }
    int at = "arn:aws".length();
    while (at < value.length() && isLetterOrDash(value.charAt(at))) {
      at++;
    }
    // :iam:: then 12 digits then :root, and nothing more
    if (value.length() != at + 6 + 12 + 5 || !value.startsWith(":iam::", at) || !value.startsWith(":root", at + 18)) {
      return false;
    }
    for (int i = at + 6; i < at + 18; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean isLetterOrDash(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
  }

  /**
   * The permission the raw members ask for, or every violation of their model constraints, in the order
   * statementId, action, principal, organizationId.
   */
  public static Validation<Seq<Violation>, LayerPermission> validate(
      @Nullable String statementId, @Nullable String action, @Nullable String principal,
      @Nullable String organizationId) {
    if (admits(statementId, action, principal, organizationId)) {
      // The action is admitted only as lambda:GetLayerVersion: the constant, rather than a new equal record.
      return Validation.valid(
          new LayerPermission(StatementId.of(statementId), Action.LAMBDA_GET_LAYER_VERSION, principal, organizationId));
    }
    java.util.List<Violation> violations = new ArrayList<>(0);
    violations.addAll(STATEMENT_ID.check(statementId));
    violations.addAll(ACTION.check(action));
    violations.addAll(PRINCIPAL.check(principal));
    violations.addAll(ORGANIZATION_ID.check(organizationId));
    if (!violations.isEmpty()) {
      return Validation.invalid(List.ofAll(violations));
    }
    return Validation.valid(
        new LayerPermission(StatementId.of(statementId), Action.of(action), principal, organizationId));
  }

  /** The organization the grant is narrowed to, if any. */
  public Option<OrganizationId> organization() {
    return Option.of(organizationId).map(OrganizationId::of);
  }

  /**
   * This permission, if its principal and organization fit together: an organization only with {@code *}.
   *
   * @return this, or {@link GrantsError.OrganizationRequiresAnyPrincipal}
   */
  public Either<GrantsError, LayerPermission> checkOrganization() {
    if (organizationId != null && !principal.equals("*")) {
      return Either.left(new GrantsError.OrganizationRequiresAnyPrincipal(principal, organizationId));
    }
    return Either.right(this);
  }

  /**
   * The principal of the statement: {@code *}, or the account's root. An account id is written in the
   * partition of the layer version; a root ARN keeps its own partition.
   */
  public Principal principalIn(Partition resourcePartition) {
    if (principal.equals("*")) {
      return Principal.any();
    }
    if (AccountId.isAccountId(principal)) {
      return Principal.account(AccountId.of(principal), resourcePartition);
    }
    // arn:<partition>:iam::<12 digits>:root, guaranteed by the pattern
    String[] parts = principal.split(":");
    return Principal.account(AccountId.of(parts[4]), Partition.of(parts[1]));
  }

  /**
   * The statement this permission adds to the policy of {@code layerVersion}: its {@code Resource} is always
   * the version's ARN, and an organization becomes a {@code StringEquals aws:PrincipalOrgID} condition.
   */
  public Statement toStatement(LayerVersionArn layerVersion) {
    Statement statement =
        Statement.allow(statementId, principalIn(layerVersion.layer().partition()), action, layerVersion.toString());
    return organization().map(org -> statement.withCondition(Condition.principalOrgId(org))).getOrElse(statement);
  }
}
