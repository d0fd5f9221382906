package dev.grants.adapters.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.layer.LayerArchiveInput;
import dev.grants.domain.policy.Action;
import dev.grants.domain.policy.Decision;
import dev.grants.domain.policy.ResourcePolicy;
import dev.grants.domain.policy.StatementId;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Partition;
import dev.grants.domain.principal.Principal;
import dev.grants.ports.in.AddLayerVersionPermissionCommand;
import dev.grants.ports.in.CallContext;
import dev.grants.ports.in.GetLayerVersionPolicyCommand;
import dev.grants.ports.in.PublishLayerVersionCommand;
import dev.grants.ports.in.RemoveLayerVersionPermissionCommand;
import dev.grants.ports.service.Grants;
import dev.grants.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/** The README's usage example, as written there, so that the README cannot drift from the API. */
class ReadmeExampleTest {

  @Test
  void the_layer_permission_flow_of_the_readme_runs_as_documented() {
    byte[] zipBytes = Fixtures.ARCHIVE;

    Grants grants = InMemoryGrants.create();
    CallContext owner = CallContext.of("123456789012", "us-east-2");

    grants.layerVersions().publish(PublishLayerVersionCommand.builder()
        .context(owner).layerName("my-layer")
        .content(LayerArchiveInput.ofZipFile(zipBytes))
        .build());

    var added = grants.layerVersionPermissions().add(AddLayerVersionPermissionCommand.builder()
        .context(owner).layerName("my-layer").versionNumber(1)
        .statementId("xaccount").action("lambda:GetLayerVersion").principal("223456789012")
        .build());
    assertThat(added.get().statement()).isEqualTo(Fixtures.statement("xaccount"));

    var again = grants.layerVersionPermissions().add(AddLayerVersionPermissionCommand.builder()
        .context(owner).layerName("my-layer").versionNumber(1)
        .statementId("xaccount").action("lambda:GetLayerVersion").principal("*")
        .build());
    assertThat(again.getLeft()).isEqualTo(new GrantsError.StatementIdConflict(
        Fixtures.layerVersionArn(1).arn(), StatementId.of("xaccount")));

    var policy = grants.layerVersionPermissions().getPolicy(GetLayerVersionPolicyCommand.builder()
        .context(owner).layerName("my-layer").versionNumber(1).build());
    assertThat(policy.get().revisionId()).isEqualTo(added.get().revisionId());

    ResourcePolicy p = policy.get().policy();
    assertThat(p.decide(Principal.account(AccountId.of("223456789012"), Partition.AWS),
        Action.LAMBDA_GET_LAYER_VERSION)).isEqualTo(new Decision.Allowed(StatementId.of("xaccount")));

    var removed = grants.layerVersionPermissions().remove(RemoveLayerVersionPermissionCommand.builder()
        .context(owner).layerName("my-layer").versionNumber(1).statementId("xaccount")
        .revisionId(added.get().revisionId().value())
        .build());
    assertThat(removed.isRight()).isTrue();
  }
}
