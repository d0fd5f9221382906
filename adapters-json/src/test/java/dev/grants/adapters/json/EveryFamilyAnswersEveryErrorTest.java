package dev.grants.adapters.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.adapters.json.lambda.LambdaErrors;
import dev.grants.adapters.json.lambda.LambdaOperation;
import dev.grants.adapters.json.signer.SignerErrors;
import dev.grants.adapters.json.ssoadmin.SsoAdminErrors;
import dev.grants.adapters.json.wire.ErrorTable;
import dev.grants.adapters.json.wire.WireResponse;
import dev.grants.domain.error.GrantsError;
import dev.grants.domain.layer.LayerArn;
import dev.grants.domain.layer.LayerVersionArn;
import dev.grants.domain.policy.StatementId;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Arn;
import dev.grants.domain.principal.Partition;
import dev.grants.domain.principal.Region;
import dev.grants.domain.provisioning.AccountAssignment;
import dev.grants.domain.provisioning.AssignmentOperation;
import dev.grants.domain.provisioning.InstanceArn;
import dev.grants.domain.provisioning.PrincipalType;
import dev.grants.domain.provisioning.PermissionSetArn;
import dev.grants.domain.provisioning.PolicyReference;
import dev.grants.domain.provisioning.TaggableArn;
import dev.grants.domain.revision.RevisionId;
import dev.grants.domain.signer.SigningProfileArn;
import dev.grants.domain.signer.SigningProfileStatus;
import dev.grants.domain.validation.Constraint;
import dev.grants.domain.validation.Violation;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every leaf of the sealed {@link GrantsError} hierarchy, found here by walking its permitted subclasses, is
 * answered deliberately by every family: an entry of its own, or on purpose the family's internal error. A new leaf
 * that a family does not answer fails this test (and the family's table refuses to be built without it).
 */
class EveryFamilyAnswersEveryErrorTest {
  private static final InstanceArn INSTANCE =
      InstanceArn.parse("arn:aws:sso:::instance/ssoins-1234567890abcdef").get();
  private static final Map<Type, Object> SAMPLES = Map.ofEntries(
      Map.entry(String.class, "sample"),
      Map.entry(long.class, 0L),
      Map.entry(int.class, 20481),
      Map.entry(boolean.class, true),
      Map.entry(Arn.class, Arn.parse("arn:aws:lambda:us-east-2:123456789012:layer:my-layer:1").get()),
      Map.entry(LayerVersionArn.class,
          new LayerArn(Partition.AWS, "us-east-2", AccountId.of("123456789012"), "my-layer").version(1)),
      Map.entry(SigningProfileArn.class,
          SigningProfileArn.of(Region.of("us-east-2"), AccountId.of("123456789012"), "MyProfile")),
      Map.entry(SigningProfileStatus.class, SigningProfileStatus.CANCELED),
      Map.entry(InstanceArn.class, INSTANCE),
      Map.entry(PermissionSetArn.class, PermissionSetArn.of(INSTANCE, "ps-1234567890abcdef")),
      Map.entry(TaggableArn.class, PermissionSetArn.of(INSTANCE, "ps-1234567890abcdef")),
      Map.entry(PolicyReference.class, new PolicyReference.Managed("arn:aws:iam::aws:policy/ReadOnlyAccess")),
      Map.entry(StatementId.class, StatementId.of("xaccount")),
      Map.entry(RevisionId.class, RevisionId.of("35d87451-f796-4a3f-a618-95a3671b0a0c")),
      Map.entry(AccountId.class, AccountId.of("223456789012")),
      Map.entry(RuntimeException.class, new IllegalStateException("disk /var/secret is full")),
      Map.entry(AssignmentOperation.Kind.class, AssignmentOperation.Kind.CREATION),
      Map.entry(GrantsError.AssignmentConflict.class, GrantsError.AssignmentConflict.NOT_ASSIGNED),
      Map.entry(AccountAssignment.class, new AccountAssignment(PermissionSetArn.of(INSTANCE, "ps-1234567890abcdef"),
          AccountId.of("223456789012"), PrincipalType.USER, "f81d4fae-7dec-11d0-a765-00a0c91e6bf6")));
  private static final Map<Type, Object> LIST_SAMPLES = Map.of(
      Violation.class, List.of(new Violation("statementId", null, Constraint.notNull())),
      String.class, List.of("signer:StartSigningJob", "signer:GetSigningProfile"));

  /** A family's table, and how to ask it: Lambda's answers depend on the operation, so it is asked for each. */
  private record Family(String name, ErrorTable<?> table, List<Function<GrantsError, WireResponse>> askers) {}

  @Test
  void the_walk_finds_every_leaf_record_of_the_hierarchy() {
    List<Class<?>> leaves = leaves();

    assertThat(leaves).contains(GrantsError.InternalFailure.class, GrantsError.InvalidRequest.class,
        GrantsError.TargetIdRequired.class, GrantsError.AccessDenied.class);
    assertThat(leaves).allSatisfy(leaf -> assertThat(leaf.isRecord()).as("%s is a record", leaf).isTrue());
    assertThat(leaves).doesNotHaveDuplicates();
    assertThat(new ArrayList<Class<?>>(ErrorTable.leaves())).as("the tables' own walk")
        .containsExactlyInAnyOrderElementsOf(leaves);
  }

  @Test
  void every_family_has_an_entry_for_every_leaf() {
    for (Family family : families()) {
      for (Class<?> leaf : leaves()) {
        assertThat(family.table().answers(leaf.asSubclass(GrantsError.class)))
            .as("%s answers %s", family.name(), leaf.getSimpleName()).isTrue();
      }
    }
  }

  @Test
  void an_internal_failure_is_every_familys_internal_error() {
    for (Family family : families()) {
      assertThat(family.table().answersAsInternalError(GrantsError.InternalFailure.class)).as(family.name()).isTrue();
    }
  }

  @Test
  void a_leaf_with_its_own_answer_never_gets_the_internal_error_and_one_without_always_does() {
    List<String> unbuilt = new ArrayList<>();
    for (Class<?> leaf : leaves()) {
      Optional<GrantsError> sample = sample(leaf);
      if (sample.isEmpty()) {
        unbuilt.add(leaf.getSimpleName());
        continue;
      }
      for (Family family : families()) {
        ErrorTable<?> table = family.table();
        WireResponse internal = table.internalError();
        assertThat(internal.status()).as("%s internal error", family.name()).isEqualTo(500);
        boolean asInternal = table.answersAsInternalError(leaf.asSubclass(GrantsError.class));
        for (Function<GrantsError, WireResponse> ask : family.askers()) {
          WireResponse answer = ask.apply(sample.get());
          if (asInternal) {
            assertThat(answer).as("%s answers %s as its internal error", family.name(), sample.get())
                .isEqualTo(internal);
          } else {
            assertThat(answer.status()).as("%s answers %s with its own status", family.name(), sample.get())
                .isNotEqualTo(500);
            assertThat(answer).as("%s answers %s with its own answer", family.name(), sample.get())
                .isNotEqualTo(internal);
          }
        }
      }
    }
    // A new leaf whose components are of a type without a sample: give that type one above.
    assertThat(unbuilt).as("leaves that could not be built from samples").isEmpty();
  }

  @Test
  void each_family_has_an_answer_of_its_own_for_exactly_the_leaves_its_services_return() {
    assertThat(ownAnswers(LambdaErrors.table())).containsExactlyInAnyOrder("InvalidRequest",
        "LayerVersionNumberBelowOne", "OrganizationRequiresAnyPrincipal", "UnsupportedLayerContent",
        "LayerVersionNotFound", "NoPolicy", "PolicyHasNoStatements", "StatementNotFound", "StatementIdConflict",
        "RevisionMismatch", "PolicyTooLarge", "AccessDenied", "ConcurrentModification", "InvalidPageToken");
    assertThat(ownAnswers(SignerErrors.table())).containsExactlyInAnyOrder("InvalidRequest",
        "InvalidSignerPrincipal", "ActionNotSupportedForPlatform", "InvalidSignerStatementId",
        "SigningProfileNotFound", "SigningPlatformNotFound", "InvalidSignerResourceArn", "TooManySignerTags",
        "ProfileVersionNotCurrent", "ProfileNotRevocable", "ProfileNotActive", "ProfileNameNotReusable",
        "UnsupportedPlatform",
        "InvalidPageToken", "StatementIdConflict", "RevisionMismatch", "NoPolicy", "PolicyHasNoStatements",
        "StatementNotFound", "PolicyTooLarge", "AccessDenied", "ConcurrentModification");
    assertThat(ownAnswers(SsoAdminErrors.table())).containsExactlyInAnyOrder("InvalidRequest",
        "TargetIdRequired", "InvalidPageToken", "InstanceNotFound", "AccessDenied", "PermissionSetNotFound",
        "ProvisioningRequestNotFound", "PermissionSetNameConflict", "ProvisioningInProgress",
        "InstanceAlreadyExists", "ConcurrentModification", "TaggedResourceNotFound", "TooManyTags",
        "AssignmentOperationNotFound", "AccountAssignmentConflict",
        "PolicyAlreadyAttached", "PolicyNotAttached", "TooManyPolicies", "PermissionsBoundaryNotFound",
        "PermissionsBoundaryNotOneKind");
  }

  private static List<String> ownAnswers(ErrorTable<?> table) {
    List<String> own = new ArrayList<>();
    for (Class<?> leaf : leaves()) {
      if (!table.answersAsInternalError(leaf.asSubclass(GrantsError.class))) {
        own.add(leaf.getSimpleName());
      }
    }
    return own;
  }

  private static List<Family> families() {
    List<Function<GrantsError, WireResponse>> lambda = new ArrayList<>();
    for (LambdaOperation operation : LambdaOperation.values()) {
      lambda.add(error -> LambdaErrors.table().answer(operation, error));
    }
    return List.of(
        new Family("Lambda", LambdaErrors.table(), lambda),
        new Family("Signer", SignerErrors.table(), List.of(error -> SignerErrors.table().answer(null, error))),
        new Family("sso-admin", SsoAdminErrors.table(), List.of(error -> SsoAdminErrors.table().answer(null, error))));
  }

  /** The leaves of the hierarchy: each permitted subclass, and those of a sealed one in turn. */
  private static List<Class<?>> leaves() {
    List<Class<?>> leaves = new ArrayList<>();
    List<Class<?>> open = new ArrayList<>(List.of(GrantsError.class));
    while (!open.isEmpty()) {
      Class<?> type = open.remove(0);
      if (type.isSealed()) {
        open.addAll(Arrays.asList(type.getPermittedSubclasses()));
      } else {
        leaves.add(type);
      }
    }
    return leaves;
  }

  /** An instance of {@code leaf} with a sample value for each component, when every component's type has one. */
  private static Optional<GrantsError> sample(Class<?> leaf) {
    if (!leaf.isRecord()) {
      return Optional.empty();
    }
    RecordComponent[] components = leaf.getRecordComponents();
    Object[] arguments = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      Type type = components[i].getGenericType();
      Object value = type instanceof ParameterizedType list && list.getRawType() == List.class
          ? LIST_SAMPLES.get(list.getActualTypeArguments()[0])
          : SAMPLES.get(type);
      if (value == null) {
        return Optional.empty();
      }
      arguments[i] = value;
    }
    try {
      Constructor<?> canonical = leaf.getDeclaredConstructor(types);
      return Optional.of((GrantsError) canonical.newInstance(arguments));
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot build " + leaf, e);
    }
  }
}
