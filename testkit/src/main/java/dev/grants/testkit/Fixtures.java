package dev.grants.testkit;

import dev.grants.domain.layer.LayerArchiveInput;
import dev.grants.domain.layer.LayerArn;
import dev.grants.domain.layer.LayerVersionArn;
import dev.grants.domain.policy.Action;
import dev.grants.domain.policy.Statement;
import dev.grants.domain.policy.StatementId;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Partition;
import dev.grants.domain.principal.Principal;
import dev.grants.domain.principal.Region;
import dev.grants.domain.provisioning.InstanceArn;
import dev.grants.domain.provisioning.PermissionSetArn;
import dev.grants.domain.provisioning.TaggableArn;
import dev.grants.domain.signer.SigningProfileArn;
import dev.grants.ports.in.AddLayerVersionPermissionCommand;
import dev.grants.ports.in.AddProfilePermissionCommand;
import dev.grants.ports.in.CallContext;
import dev.grants.ports.in.CancelSigningProfileCommand;
import dev.grants.ports.in.CreateAccountAssignmentCommand;
import dev.grants.ports.in.CreateInstanceCommand;
import dev.grants.ports.in.DeleteAccountAssignmentCommand;
import dev.grants.ports.in.CreatePermissionSetCommand;
import dev.grants.ports.in.DeleteLayerVersionCommand;
import dev.grants.ports.in.DeletePermissionSetCommand;
import dev.grants.ports.in.DescribeInstanceCommand;
import dev.grants.ports.in.DescribePermissionSetCommand;
import dev.grants.ports.in.DescribePermissionSetProvisioningStatusCommand;
import dev.grants.ports.in.GetLayerVersionByArnCommand;
import dev.grants.ports.in.GetLayerVersionCommand;
import dev.grants.ports.in.GetLayerVersionPolicyCommand;
import dev.grants.ports.in.GetSigningProfileCommand;
import dev.grants.ports.in.ListAccountsForProvisionedPermissionSetCommand;
import dev.grants.ports.in.ListInstancesCommand;
import dev.grants.ports.in.ListLayerVersionsCommand;
import dev.grants.ports.in.ListLayersCommand;
import dev.grants.ports.in.ListPermissionSetProvisioningStatusCommand;
import dev.grants.ports.in.ListPermissionSetsCommand;
import dev.grants.ports.in.ListPermissionSetsProvisionedToAccountCommand;
import dev.grants.ports.in.ListProfilePermissionsCommand;
import dev.grants.ports.in.ListTagsForResourceCommand;
import dev.grants.ports.in.ProvisionPermissionSetCommand;
import dev.grants.ports.in.PublishLayerVersionCommand;
import dev.grants.ports.in.PutInlinePolicyToPermissionSetCommand;
import dev.grants.ports.in.PutSigningProfileCommand;
import dev.grants.ports.in.RemoveLayerVersionPermissionCommand;
import dev.grants.ports.in.RemoveProfilePermissionCommand;
import dev.grants.ports.in.TagMember;
import dev.grants.ports.in.TagResourceCommand;
import dev.grants.ports.in.UntagResourceCommand;
import dev.grants.ports.in.UpdatePermissionSetCommand;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The seed documents' examples, as pre-filled builders. Lambda: account {@value #GRANTEE} is granted
 * {@code lambda:GetLayerVersion} on version 1 of layer {@value #LAYER}, statement {@value #STATEMENT_ID}, owned
 * by {@value #OWNER} in {@value #REGION}. Signer: the same account is granted {@value #PROFILE_ACTION} on
 * signing profile {@value #PROFILE} (platform {@value #LAMBDA_PLATFORM}), statement
 * {@value #PROFILE_STATEMENT_ID}, same owner and region. Identity Center: the same owner's instance, a
 * permission set named {@value #PERMISSION_SET_NAME} in it, provisioned to the member accounts
 * {@value #ACCOUNT_A}, {@value #ACCOUNT_B} and {@value #ACCOUNT_C}. Change what a test is about; keep the rest.
 *
 * <pre>{@code
 * grants.layerVersions().publish(Fixtures.publishLayerVersion().build());
 * grants.layerVersionPermissions().add(Fixtures.addLayerVersionPermission().principal("*").build());
 *
 * grants.signingProfiles().put(Fixtures.putSigningProfile().build());
 * grants.signingProfilePermissions().add(Fixtures.addProfilePermission().statementId("other").build());
 *
 * Instance instance = grants.permissionSets().createInstance(Fixtures.createInstance().build()).get();
 * PermissionSet set = grants.permissionSets().createPermissionSet(
 *     Fixtures.createPermissionSet(instance.arn()).build()).get();
 * grants.permissionSetProvisioning().provision(
 *     Fixtures.provisionToAccount(instance.arn(), set.arn(), Fixtures.ACCOUNT_A).build());
 * }</pre>
 */
public final class Fixtures {
  /** The owner account of the seed example. */
  public static final String OWNER = "123456789012";
  /** The region of the seed example. */
  public static final String REGION = "us-east-2";
  /** The layer of the seed example. */
  public static final String LAYER = "my-layer";
  /** The account granted access in the seed example. */
  public static final String GRANTEE = "223456789012";
  /** The statement id of the seed example. */
  public static final String STATEMENT_ID = "xaccount";
  /** The action of the seed example. */
  public static final String ACTION = "lambda:GetLayerVersion";
  /** The statement the seed example adds, in its compact JSON form, byte for byte. */
  public static final String SEED_STATEMENT_JSON =
      "{\"Sid\":\"xaccount\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::223456789012:root\"},"
          + "\"Action\":\"lambda:GetLayerVersion\",\"Resource\":\"arn:aws:lambda:us-east-2:123456789012:layer:my-layer:1\"}";
  /** An organization id for grants to {@code *} narrowed to one organization. */
  public static final String ORGANIZATION = "o-a1b2c3d4e5";
  /** The archive bytes the fixtures publish. */
  public static final byte[] ARCHIVE = "PK\u0005\u0006grants".getBytes(StandardCharsets.ISO_8859_1);
  /** The signing profile of the Signer example. */
  public static final String PROFILE = "MyProfile";
  /** The AWS Lambda signing platform: it allows every action but {@code signer:SignPayload}. */
  public static final String LAMBDA_PLATFORM = "AWSLambda-SHA384-ECDSA";
  /** The container image signing platform: it allows every action but {@code signer:StartSigningJob}. */
  public static final String CONTAINER_PLATFORM = "Notation-OCI-SHA384-ECDSA";
  /** A signing platform that allows all four actions. */
  public static final String FREE_RTOS_PLATFORM = "AmazonFreeRTOS-Default";
  /** The statement id of the Signer example. */
  public static final String PROFILE_STATEMENT_ID = "cross";
  /** The action of the Signer example. */
  public static final String PROFILE_ACTION = "signer:StartSigningJob";
  /** Another account, with its own Identity Center instance, that must not see the owner's. */
  public static final String OTHER_OWNER = "210987654321";
  /** A member account permission sets are provisioned to. */
  public static final String ACCOUNT_A = "111122223333";
  /** A second member account. */
  public static final String ACCOUNT_B = "444455556666";
  /** A third member account. */
  public static final String ACCOUNT_C = "777788889999";
  /** The name of the Identity Center example's permission set. */
  public static final String PERMISSION_SET_NAME = "ReadOnly";
  /** The key of the tag {@link #tagResource} sets. */
  public static final String TAG_KEY = "team";
  /** The value of the tag {@link #tagResource} sets. */
  public static final String TAG_VALUE = "identity";
  /** An inline policy for permission sets. */
  public static final String INLINE_POLICY =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}";
  /** {@code TargetType} for one account. */
  public static final String AWS_ACCOUNT = "AWS_ACCOUNT";
  /** {@code TargetType} for every account a permission set is provisioned to. */
  public static final String ALL_PROVISIONED_ACCOUNTS = "ALL_PROVISIONED_ACCOUNTS";

  private Fixtures() {}

  /** The seed example's caller: the owner account in the seed region. */
  public static CallContext context() {
    return CallContext.of(OWNER, REGION);
  }

  /** The seed layer's ARN. */
  public static LayerArn layerArn() {
    return new LayerArn(Partition.AWS, REGION, AccountId.of(OWNER), LAYER);
  }

  /** The ARN of version {@code number} of the seed layer. */
  public static LayerVersionArn layerVersionArn(long number) {
    return layerArn().version(number);
  }

  /** Publishes a version of the seed layer. */
  public static PublishLayerVersionCommand.Builder publishLayerVersion() {
    return PublishLayerVersionCommand.builder()
        .context(context())
        .layerName(LAYER)
        .content(LayerArchiveInput.ofZipFile(ARCHIVE));
  }

  /** Reads version 1 of the seed layer. */
  public static GetLayerVersionCommand.Builder getLayerVersion() {
    return GetLayerVersionCommand.builder().context(context()).layerName(LAYER).versionNumber(1);
  }

  /** Reads version 1 of the seed layer by its ARN ({@code GetLayerVersionByArn}). */
  public static GetLayerVersionByArnCommand.Builder getLayerVersionByArn() {
    return GetLayerVersionByArnCommand.builder().context(context()).arn(layerVersionArn(1).toString());
  }

  /** Lists the owner's layers in the seed region, unfiltered. */
  public static ListLayersCommand.Builder listLayers() {
    return ListLayersCommand.builder().context(context());
  }

  /** Lists the versions of the seed layer, unfiltered. */
  public static ListLayerVersionsCommand.Builder listLayerVersions() {
    return ListLayerVersionsCommand.builder().context(context()).layerName(LAYER);
  }

  /** Deletes version 1 of the seed layer. */
  public static DeleteLayerVersionCommand.Builder deleteLayerVersion() {
    return DeleteLayerVersionCommand.builder().context(context()).layerName(LAYER).versionNumber(1);
  }

  /** The seed example's grant. */
  public static AddLayerVersionPermissionCommand.Builder addLayerVersionPermission() {
    return AddLayerVersionPermissionCommand.builder()
        .context(context())
        .layerName(LAYER)
        .versionNumber(1)
        .statementId(STATEMENT_ID)
        .action(ACTION)
        .principal(GRANTEE);
  }

  /** Reads the policy of version 1 of the seed layer. */
  public static GetLayerVersionPolicyCommand.Builder getLayerVersionPolicy() {
    return GetLayerVersionPolicyCommand.builder().context(context()).layerName(LAYER).versionNumber(1);
  }

  /** Removes the seed statement from version 1 of the seed layer. */
  public static RemoveLayerVersionPermissionCommand.Builder removeLayerVersionPermission() {
    return RemoveLayerVersionPermissionCommand.builder()
        .context(context())
        .layerName(LAYER)
        .versionNumber(1)
        .statementId(STATEMENT_ID);
  }

  /**
   * The ARN of the Signer example's profile:
   * {@code arn:aws:signer:us-east-2:123456789012:/signing-profiles/MyProfile}.
   */
  public static SigningProfileArn signingProfileArn() {
    return signingProfileArn(PROFILE);
  }

  /** The ARN of the profile {@code name} of the example's owner, in the example's region. */
  public static SigningProfileArn signingProfileArn(String name) {
    return SigningProfileArn.of(Region.of(REGION), AccountId.of(OWNER), name);
  }

  /** Puts the Signer example's profile, on the AWS Lambda platform. */
  public static PutSigningProfileCommand.Builder putSigningProfile() {
    return PutSigningProfileCommand.builder().context(context()).profileName(PROFILE).platformId(LAMBDA_PLATFORM);
  }

  /** Reads the Signer example's profile, as its owner. */
  public static GetSigningProfileCommand.Builder getSigningProfile() {
    return GetSigningProfileCommand.builder().context(context()).profileName(PROFILE);
  }

  /** Cancels the Signer example's profile. */
  public static CancelSigningProfileCommand.Builder cancelSigningProfile() {
    return CancelSigningProfileCommand.builder().context(context()).profileName(PROFILE);
  }

  /**
   * The Signer example's grant: {@value #GRANTEE} may {@value #PROFILE_ACTION}, statement
   * {@value #PROFILE_STATEMENT_ID}.
   */
  public static AddProfilePermissionCommand.Builder addProfilePermission() {
    return AddProfilePermissionCommand.builder()
        .context(context())
        .profileName(PROFILE)
        .statementId(PROFILE_STATEMENT_ID)
        .action(PROFILE_ACTION)
        .principal(GRANTEE);
  }

  /** Lists the first page of the Signer example profile's permissions. */
  public static ListProfilePermissionsCommand.Builder listProfilePermissions() {
    return ListProfilePermissionsCommand.builder().context(context()).profileName(PROFILE);
  }

  /**
   * Removes the Signer example's statement; the model requires a {@code revisionId}, which the test adds.
   */
  public static RemoveProfilePermissionCommand.Builder removeProfilePermission() {
    return RemoveProfilePermissionCommand.builder()
        .context(context())
        .profileName(PROFILE)
        .statementId(PROFILE_STATEMENT_ID);
  }

  // --- Identity Center ------------------------------------------------------------------------------

  /** {@value #OTHER_OWNER} calling the seed region: another account, with its own instance. */
  public static CallContext otherContext() {
    return CallContext.of(OTHER_OWNER, REGION);
  }

  /** The owner's instance (CreateInstance without a name). */
  public static CreateInstanceCommand.Builder createInstance() {
    return CreateInstanceCommand.builder().context(context());
  }

  /** Lists the owner's instances. */
  public static ListInstancesCommand.Builder listInstances() {
    return ListInstancesCommand.builder().context(context());
  }

  /** A permission set named {@value #PERMISSION_SET_NAME} in {@code instance}, with no optional member. */
  public static CreatePermissionSetCommand.Builder createPermissionSet(InstanceArn instance) {
    return CreatePermissionSetCommand.builder().context(context()).instanceArn(instance.toString())
        .name(PERMISSION_SET_NAME);
  }

  /** Reads {@code set} of {@code instance}. */
  public static DescribePermissionSetCommand.Builder describePermissionSet(InstanceArn instance, PermissionSetArn set) {
    return DescribePermissionSetCommand.builder().context(context()).instanceArn(instance.toString())
        .permissionSetArn(set.toString());
  }

  /** Puts {@link #INLINE_POLICY} into {@code set} of {@code instance}: a new definition. */
  public static PutInlinePolicyToPermissionSetCommand.Builder putInlinePolicy(
      InstanceArn instance, PermissionSetArn set) {
    return PutInlinePolicyToPermissionSetCommand.builder().context(context()).instanceArn(instance.toString())
        .permissionSetArn(set.toString()).inlinePolicy(INLINE_POLICY);
  }

  /** Deletes {@code set} of {@code instance}. */
  public static DeletePermissionSetCommand.Builder deletePermissionSet(InstanceArn instance, PermissionSetArn set) {
    return DeletePermissionSetCommand.builder().context(context()).instanceArn(instance.toString())
        .permissionSetArn(set.toString());
  }

  // --- account assignments (issue 16) ---------------------------------------------------------------------

  /** A user id of the model's form. */
  public static final String USER_ID = "f81d4fae-7dec-11d0-a765-00a0c91e6bf6";
  /** Another principal id, of the form with a 10-digit prefix, for a group. */
  public static final String GROUP_ID = "9067aa4fd1-0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0";

  /** Assigns {@code set} of {@code instance} to {@link #USER_ID} in {@code account}. */
  public static CreateAccountAssignmentCommand.Builder createAccountAssignment(
      InstanceArn instance, PermissionSetArn set, String account) {
    return CreateAccountAssignmentCommand.builder().context(context()).instanceArn(instance.toString())
        .permissionSetArn(set.toString()).targetType(AWS_ACCOUNT).targetId(account).principalType("USER")
        .principalId(USER_ID);
  }

  /** Deletes the assignment of {@code set} of {@code instance} to {@link #USER_ID} in {@code account}. */
  public static DeleteAccountAssignmentCommand.Builder deleteAccountAssignment(
      InstanceArn instance, PermissionSetArn set, String account) {
    return DeleteAccountAssignmentCommand.builder().context(context()).instanceArn(instance.toString())
        .permissionSetArn(set.toString()).targetType(AWS_ACCOUNT).targetId(account).principalType("USER")
        .principalId(USER_ID);
  }

  /** Provisions {@code set} of {@code instance} to {@code account} ({@code AWS_ACCOUNT}). */
  public static ProvisionPermissionSetCommand.Builder provisionToAccount(
      InstanceArn instance, PermissionSetArn set, String account) {
    return ProvisionPermissionSetCommand.builder().context(context()).instanceArn(instance.toString())
        .permissionSetArn(set.toString()).targetType(AWS_ACCOUNT).targetId(account);
  }

  /** Re-provisions {@code set} of {@code instance} to every account it is provisioned to. */
  public static ProvisionPermissionSetCommand.Builder provisionToAllProvisionedAccounts(
      InstanceArn instance, PermissionSetArn set) {
    return ProvisionPermissionSetCommand.builder().context(context()).instanceArn(instance.toString())
        .permissionSetArn(set.toString()).targetType(ALL_PROVISIONED_ACCOUNTS);
  }

  /** Reads provisioning request {@code requestId} of {@code instance}. */
  public static DescribePermissionSetProvisioningStatusCommand.Builder describeProvisioningStatus(
      InstanceArn instance, String requestId) {
    return DescribePermissionSetProvisioningStatusCommand.builder().context(context())
        .instanceArn(instance.toString()).provisionPermissionSetRequestId(requestId);
  }

  /** Lists the first page of the provisioning requests of {@code instance}. */
  public static ListPermissionSetProvisioningStatusCommand.Builder listProvisioningStatus(InstanceArn instance) {
    return ListPermissionSetProvisioningStatusCommand.builder().context(context()).instanceArn(instance.toString());
  }

  /** Lists the first page of the accounts {@code set} of {@code instance} is provisioned to. */
  public static ListAccountsForProvisionedPermissionSetCommand.Builder listAccountsForProvisionedPermissionSet(
      InstanceArn instance, PermissionSetArn set) {
    return ListAccountsForProvisionedPermissionSetCommand.builder().context(context())
        .instanceArn(instance.toString()).permissionSetArn(set.toString());
  }

  /** Lists the first page of the permission sets of {@code instance} provisioned to {@code account}. */
  public static ListPermissionSetsProvisionedToAccountCommand.Builder listPermissionSetsProvisionedToAccount(
      InstanceArn instance, String account) {
    return ListPermissionSetsProvisionedToAccountCommand.builder().context(context())
        .instanceArn(instance.toString()).accountId(account);
  }

  /** Reads the owner's {@code instance}. */
  public static DescribeInstanceCommand.Builder describeInstance(InstanceArn instance) {
    return DescribeInstanceCommand.builder().context(context()).instanceArn(instance.toString());
  }

  /** Lists the first page of the permission sets of {@code instance}. */
  public static ListPermissionSetsCommand.Builder listPermissionSets(InstanceArn instance) {
    return ListPermissionSetsCommand.builder().context(context()).instanceArn(instance.toString());
  }

  /** Updates {@code set} of {@code instance}, every member left out: add the ones to change. */
  public static UpdatePermissionSetCommand.Builder updatePermissionSet(InstanceArn instance, PermissionSetArn set) {
    return UpdatePermissionSetCommand.builder().context(context()).instanceArn(instance.toString())
        .permissionSetArn(set.toString());
  }

  /** Tags {@code resource} (an instance or a permission set) with {@code team = identity}, InstanceArn left out. */
  public static TagResourceCommand.Builder tagResource(TaggableArn resource) {
    return TagResourceCommand.builder().context(context()).resourceArn(resource.toString())
        .tags(List.of(TagMember.of(TAG_KEY, TAG_VALUE)));
  }

  /** Removes the tag {@code team} from {@code resource}, InstanceArn left out. */
  public static UntagResourceCommand.Builder untagResource(TaggableArn resource) {
    return UntagResourceCommand.builder().context(context()).resourceArn(resource.toString())
        .tagKeys(List.of(TAG_KEY));
  }

  /** Lists the tags of {@code resource}, InstanceArn left out. */
  public static ListTagsForResourceCommand.Builder listTagsForResource(TaggableArn resource) {
    return ListTagsForResourceCommand.builder().context(context()).resourceArn(resource.toString());
  }

  /** A statement like the seed's, with id {@code sid}, on version 1 of the seed layer. */
  public static Statement statement(String sid) {
    return Statement.allow(
        StatementId.of(sid),
        Principal.account(AccountId.of(GRANTEE), Partition.AWS),
        Action.LAMBDA_GET_LAYER_VERSION,
        layerVersionArn(1).toString());
  }
}
