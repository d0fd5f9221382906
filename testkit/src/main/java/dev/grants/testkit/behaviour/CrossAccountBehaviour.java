package dev.grants.testkit.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.layer.LayerVersion;
import dev.grants.domain.layer.LayerVersionArn;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Arn;
import dev.grants.domain.principal.OrganizationId;
import dev.grants.domain.principal.Region;
import dev.grants.domain.signer.SigningProfile;
import dev.grants.domain.signer.SigningProfileArn;
import dev.grants.ports.in.CallContext;
import dev.grants.ports.in.GetLayerVersionPolicyResult;
import dev.grants.testkit.Fixtures;
import io.vavr.control.Either;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What one account may do to another's resources, for any wiring: a caller changes only its own account's layer
 * versions and signing profiles (and reads only their policies), and reads another account's layer version (by
 * ARN) exactly where that version's policy grants it {@code lambda:GetLayerVersion}: to its account (written as
 * the 12 digits or as the root ARN), to anyone, or to anyone in the caller's organization. A version of another
 * account that does not exist is refused like one without a grant. (The Identity Center families' rules are in
 * {@link PermissionSetsBehaviour} and {@link PermissionSetProvisioningBehaviour}; reading another account's signing
 * profile is in {@link SigningProfilesBehaviour}.)
 *
 * <pre>{@code
 * class MyWiringCrossAccountTest extends CrossAccountBehaviour {
 *   @Override
 *   protected Grants createGrants(Clock clock, IdGenerator ids, GrantsEventListener events) { ... }
 * }
 * }</pre>
 *
 * <p>Each test starts with version 1 of the seed layer published by {@value Fixtures#OWNER}, without a policy;
 * the caller is {@value Fixtures#GRANTEE}, in the owner's region.
 */
public abstract class CrossAccountBehaviour extends WiringBehaviour {
  private static final String GET = "lambda:GetLayerVersion";
  private static final String ORGANIZATION = Fixtures.ORGANIZATION;
  private static final String OTHER_ORGANIZATION = "o-zzzzzzzzzz";
  private static final String STRANGER = "333456789012";
  private static final CallContext CALLER = CallContext.of(Fixtures.GRANTEE, Fixtures.REGION);
  private static final LayerVersionArn VERSION_1 = Fixtures.layerVersionArn(1);
  private static final String LAYER_ARN = Fixtures.layerArn().toString();

  private LayerVersion version1;

  /** Creates the suite. */
  protected CrossAccountBehaviour() {}

  @BeforeEach
  final void publishTheOwnersLayerVersion() {
    version1 = grants.layerVersions().publish(Fixtures.publishLayerVersion().build()).get();
  }

  // --- GetLayerVersion of another account's version ---------------------------------------------------

  @Test
  void another_accounts_version_is_denied_without_a_policy() {
    assertThat(getAs(CALLER, 1)).isEqualTo(denied(CALLER, VERSION_1, GET));
  }

  @Test
  void a_grant_to_the_callers_account_lets_it_read_the_version_by_arn() {
    grant(1, "xaccount", Fixtures.GRANTEE, null);

    assertThat(getAs(CALLER, 1)).isEqualTo(Either.right(version1));
    assertThat(getAs(CALLER.inOrganization(OrganizationId.of(ORGANIZATION)), 1)).isEqualTo(Either.right(version1));
  }

  @Test
  void a_grant_to_the_callers_root_arn_reads_like_a_grant_to_its_account() {
    grant(1, "root", "arn:aws:iam::" + Fixtures.GRANTEE + ":root", null);

    assertThat(getAs(CALLER, 1)).isEqualTo(Either.right(version1));
    assertThat(getAs(CallContext.of(STRANGER, Fixtures.REGION), 1))
        .isEqualTo(denied(CallContext.of(STRANGER, Fixtures.REGION), VERSION_1, GET));
  }

  @Test
  void a_grant_to_another_account_does_not_let_the_caller_read() {
    grant(1, "stranger", STRANGER, null);

    assertThat(getAs(CALLER, 1)).isEqualTo(denied(CALLER, VERSION_1, GET));
    assertThat(getAs(CallContext.of(STRANGER, Fixtures.REGION), 1)).isEqualTo(Either.right(version1));
  }

  @Test
  void a_grant_to_anyone_lets_every_account_read() {
    grant(1, "public", "*", null);

    assertThat(getAs(CALLER, 1)).isEqualTo(Either.right(version1));
    assertThat(getAs(CallContext.of(STRANGER, Fixtures.REGION)
        .inOrganization(OrganizationId.of(OTHER_ORGANIZATION)), 1)).isEqualTo(Either.right(version1));
  }

  @Test
  void a_grant_to_anyone_in_an_organization_lets_only_its_members_read() {
    grant(1, "org", "*", ORGANIZATION);
    CallContext member = CALLER.inOrganization(OrganizationId.of(ORGANIZATION));
    CallContext outsider = CALLER.inOrganization(OrganizationId.of(OTHER_ORGANIZATION));

    assertThat(getAs(member, 1)).isEqualTo(Either.right(version1));
    assertThat(getAs(outsider, 1)).isEqualTo(denied(outsider, VERSION_1, GET));
    assertThat(getAs(CALLER, 1)).as("in no organization").isEqualTo(denied(CALLER, VERSION_1, GET));
  }

  @Test
  void a_grant_covers_only_the_version_it_was_added_to() {
    LayerVersion version2 = grants.layerVersions().publish(Fixtures.publishLayerVersion().build()).get();
    grant(2, "xaccount", Fixtures.GRANTEE, null);

    assertThat(getAs(CALLER, 2)).isEqualTo(Either.right(version2));
    assertThat(getAs(CALLER, 1)).isEqualTo(denied(CALLER, VERSION_1, GET));
  }

  @Test
  void a_missing_version_of_another_account_is_denied_like_one_without_a_grant() {
    grant(1, "public", "*", null);

    assertThat(getAs(CALLER, 7)).isEqualTo(denied(CALLER, Fixtures.layerVersionArn(7), GET));
    assertThat(grants.layerVersions().get(Fixtures.getLayerVersion().context(CALLER)
            .layerName("arn:aws:lambda:us-east-2:123456789012:layer:never-published").build()))
        .isEqualTo(Either.left(new GrantsError.AccessDenied(Fixtures.GRANTEE,
            Arn.parse("arn:aws:lambda:us-east-2:123456789012:layer:never-published:1").get(), GET)));
  }

  @Test
  void removing_the_grant_or_deleting_the_version_denies_the_caller_again() {
    grant(1, "xaccount", Fixtures.GRANTEE, null);
    grants.layerVersionPermissions().remove(Fixtures.removeLayerVersionPermission().build()).get();
    assertThat(getAs(CALLER, 1)).isEqualTo(denied(CALLER, VERSION_1, GET));

    grant(1, "again", Fixtures.GRANTEE, null);
    assertThat(getAs(CALLER, 1)).isEqualTo(Either.right(version1));
    grants.layerVersions().delete(Fixtures.deleteLayerVersion().build()).get();
    assertThat(getAs(CALLER, 1)).isEqualTo(denied(CALLER, VERSION_1, GET));
  }

  @Test
  void the_owner_reads_its_own_version_by_arn_without_any_grant() {
    assertThat(grants.layerVersions().get(Fixtures.getLayerVersion().layerName(LAYER_ARN).build()))
        .isEqualTo(Either.right(version1));
  }

  // --- Changes to another account's layer ------------------------------------------------------------

  @Test
  void a_caller_cannot_publish_a_version_of_another_accounts_layer() {
    grant(1, "public", "*", null);

    assertThat(grants.layerVersions().publish(Fixtures.publishLayerVersion().context(CALLER).layerName(LAYER_ARN)
            .build()))
        .isEqualTo(Either.left(new GrantsError.AccessDenied(Fixtures.GRANTEE, Fixtures.layerArn().arn(),
            "lambda:PublishLayerVersion")));
    assertThat(grants.layerVersions().publish(Fixtures.publishLayerVersion().build()).get().arn())
        .as("no version number was used").isEqualTo(Fixtures.layerVersionArn(2));
  }

  @Test
  void a_caller_cannot_delete_another_accounts_version_even_with_a_grant_to_read_it() {
    grant(1, "public", "*", null);

    assertThat(grants.layerVersions().delete(Fixtures.deleteLayerVersion().context(CALLER).layerName(LAYER_ARN)
            .build()))
        .isEqualTo(denied(CALLER, VERSION_1, "lambda:DeleteLayerVersion"));
    assertThat(grants.layerVersions().get(Fixtures.getLayerVersion().build())).isEqualTo(Either.right(version1));
  }

  @Test
  void only_the_owner_adds_removes_or_reads_the_permissions_of_a_version() {
    grant(1, "public", "*", null);
    GetLayerVersionPolicyResult before = grants.layerVersionPermissions().getPolicy(
        Fixtures.getLayerVersionPolicy().build()).get();

    assertThat(grants.layerVersionPermissions().add(Fixtures.addLayerVersionPermission().context(CALLER)
            .layerName(LAYER_ARN).statementId("mine").build()))
        .isEqualTo(denied(CALLER, VERSION_1, "lambda:AddLayerVersionPermission"));
    assertThat(grants.layerVersionPermissions().remove(Fixtures.removeLayerVersionPermission().context(CALLER)
            .layerName(LAYER_ARN).statementId("public").build()))
        .isEqualTo(denied(CALLER, VERSION_1, "lambda:RemoveLayerVersionPermission"));
    assertThat(grants.layerVersionPermissions().getPolicy(Fixtures.getLayerVersionPolicy().context(CALLER)
            .layerName(LAYER_ARN).build()))
        .isEqualTo(denied(CALLER, VERSION_1, "lambda:GetLayerVersionPolicy"));
    assertThat(grants.layerVersionPermissions().getPolicy(Fixtures.getLayerVersionPolicy().build()))
        .as("the policy is unchanged").isEqualTo(Either.right(before));
  }

  @Test
  void changes_to_a_missing_version_of_another_account_are_denied_not_reported_missing() {
    assertThat(grants.layerVersionPermissions().add(Fixtures.addLayerVersionPermission().context(CALLER)
            .layerName(LAYER_ARN).versionNumber(5).build()))
        .isEqualTo(denied(CALLER, Fixtures.layerVersionArn(5), "lambda:AddLayerVersionPermission"));
    assertThat(grants.layerVersionPermissions().getPolicy(Fixtures.getLayerVersionPolicy().context(CALLER)
            .layerName(LAYER_ARN).versionNumber(5).build()))
        .isEqualTo(denied(CALLER, Fixtures.layerVersionArn(5), "lambda:GetLayerVersionPolicy"));
  }

  @Test
  void model_constraints_are_checked_before_the_account() {
    assertThat(grants.layerVersionPermissions().add(Fixtures.addLayerVersionPermission().context(CALLER)
            .layerName(LAYER_ARN).action("lambda:InvokeFunction").build()).getLeft())
        .isInstanceOf(GrantsError.InvalidRequest.class);
    assertThat(grants.layerVersions().get(Fixtures.getLayerVersion().context(CALLER).layerName(LAYER_ARN)
            .versionNumber(0).build()))
        .isEqualTo(Either.left(new GrantsError.LayerVersionNumberBelowOne(0)));
  }

  // --- Signer: the permission operations and cancel name the caller's own profiles -------------------

  @Test
  void a_callers_signer_changes_name_its_own_profiles_and_leave_another_accounts_alone() {
    SigningProfile owners = grants.signingProfiles().put(Fixtures.putSigningProfile().build()).get();
    SigningProfileArn callers = SigningProfileArn.of(Region.of(Fixtures.REGION), AccountId.of(Fixtures.GRANTEE),
        Fixtures.PROFILE);

    assertThat(grants.signingProfiles().cancel(Fixtures.cancelSigningProfile().context(CALLER).build()))
        .isEqualTo(Either.left(new GrantsError.SigningProfileNotFound(callers)));
    assertThat(grants.signingProfilePermissions().add(Fixtures.addProfilePermission().context(CALLER).build()))
        .isEqualTo(Either.left(new GrantsError.SigningProfileNotFound(callers)));
    assertThat(grants.signingProfiles().get(Fixtures.getSigningProfile().build())).isEqualTo(Either.right(owners));
    assertThat(grants.signingProfilePermissions().list(Fixtures.listProfilePermissions().build()).getLeft())
        .isInstanceOf(GrantsError.NoPolicy.class);
  }

  // --- helpers ----------------------------------------------------------------------------------------

  /** The owner grants GetLayerVersion on its version {@code number}. */
  private void grant(long number, String sid, String principal, String organization) {
    grants.layerVersionPermissions().add(Fixtures.addLayerVersionPermission().versionNumber(number).statementId(sid)
        .principal(principal).organizationId(organization).build()).get();
  }

  /** {@code context} reads the owner's version {@code number} by its layer ARN. */
  private Either<GrantsError, LayerVersion> getAs(CallContext context, long number) {
    return grants.layerVersions().get(Fixtures.getLayerVersion().context(context).layerName(LAYER_ARN)
        .versionNumber(number).build());
  }

  private static <T> Either<GrantsError, T> denied(CallContext caller, LayerVersionArn version, String action) {
    return Either.left(new GrantsError.AccessDenied(caller.account().value(), version.arn(), action));
  }
}
