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
import dev.grants.ports.in.AddLayerVersionPermissionCommand;
import dev.grants.ports.in.CallContext;
import dev.grants.ports.in.DeleteLayerVersionCommand;
import dev.grants.ports.in.GetLayerVersionCommand;
import dev.grants.ports.in.GetLayerVersionPolicyCommand;
import dev.grants.ports.in.PublishLayerVersionCommand;
import dev.grants.ports.in.RemoveLayerVersionPermissionCommand;
import java.nio.charset.StandardCharsets;

/**
 * The seed documents' example, as pre-filled builders: account {@value #GRANTEE} is granted
 * {@code lambda:GetLayerVersion} on version 1 of layer {@value #LAYER}, statement {@value #STATEMENT_ID}, owned
 * by {@value #OWNER} in {@value #REGION}. Change what a test is about; keep the rest.
 *
 * <pre>{@code
 * grants.layerVersions().publish(Fixtures.publishLayerVersion().build());
 * grants.layerVersionPermissions().add(Fixtures.addLayerVersionPermission().principal("*").build());
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

  /** A statement like the seed's, with id {@code sid}, on version 1 of the seed layer. */
  public static Statement statement(String sid) {
    return Statement.allow(
        StatementId.of(sid),
        Principal.account(AccountId.of(GRANTEE), Partition.AWS),
        Action.LAMBDA_GET_LAYER_VERSION,
        layerVersionArn(1).toString());
  }
}
