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

  /** {@code StatementId}: required, 1 to 100 characters of {@code ([a-zA-Z0-9-_]+)}. */
  public static final MemberRule STATEMENT_ID =
      MemberRule.required("statementId").minLength(1).maxLength(100).pattern("([a-zA-Z0-9-_]+)");

  /** {@code Action}: required, at most 22 characters, exactly {@code lambda:GetLayerVersion}. */
  public static final MemberRule ACTION =
      MemberRule.required("action").minLength(0).maxLength(22).pattern("lambda:GetLayerVersion");

  /** {@code Principal}: required, an account id, {@code *}, or an account root ARN. */
  public static final MemberRule PRINCIPAL =
      MemberRule.required("principal").pattern("\\d{12}|\\*|arn:(aws[a-zA-Z-]*):iam::\\d{12}:root");

  /** {@code OrganizationId}: optional, at most 34 characters of {@code o-[a-z0-9]{10,32}}. */
  public static final MemberRule ORGANIZATION_ID =
      MemberRule.optional("organizationId").minLength(0).maxLength(34).pattern(OrganizationId.PATTERN);

  /** Checks the parts against the member rules; throws {@link IllegalArgumentException} otherwise. */
  public LayerPermission {
    Objects.requireNonNull(statementId, "statementId");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(principal, "principal");
    if (!STATEMENT_ID.check(statementId.value()).isEmpty()
        || !ACTION.check(action.value()).isEmpty()
        || !PRINCIPAL.check(principal).isEmpty()
        || !ORGANIZATION_ID.check(organizationId).isEmpty()) {
      throw new IllegalArgumentException("not a valid layer permission");
    }
  }

  /**
   * The permission the raw members ask for, or every violation of their model constraints, in the order
   * statementId, action, principal, organizationId.
   */
  public static Validation<Seq<Violation>, LayerPermission> validate(
      @Nullable String statementId, @Nullable String action, @Nullable String principal,
      @Nullable String organizationId) {
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
