package dev.grants.adapters.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.layer.LayerVersion;
import dev.grants.domain.policy.Action;
import dev.grants.domain.policy.Effect;
import dev.grants.domain.policy.ResourcePolicy;
import dev.grants.domain.policy.Statement;
import dev.grants.domain.policy.StatementId;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Partition;
import dev.grants.domain.principal.Principal;
import dev.grants.domain.revision.RevisionId;
import dev.grants.ports.in.CallContext;
import dev.grants.ports.service.Grants;
import dev.grants.testkit.Fixtures;
import io.vavr.control.Either;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A stored policy may hold {@code Deny} statements (the API writes only {@code Allow}, but a consumer's store may
 * hold documents written elsewhere): a Deny that applies refuses another account's read even where an Allow grants
 * it, and the refusal says so.
 */
class ExplicitDenyTest {
  private final InMemoryResourcePolicyRepository policies = new InMemoryResourcePolicyRepository();
  private final InMemoryPermissionSetRepository directory = new InMemoryPermissionSetRepository();
  private final Grants grants = Grants.builder()
      .resourcePolicies(policies)
      .layerVersions(new InMemoryLayerVersionRepository())
      .signingProfiles(new InMemorySigningProfileRepository())
      .permissionSets(directory)
      .provisioningRequests(new InMemoryProvisioningRequestRepository())
      .accountAssignments(new InMemoryAccountAssignmentRepository(directory))
      .provisioningGateway(InMemoryProvisioningGateway.embeddedDefault())
      .ids(new RandomRevisionIds())
      .clock(java.time.Clock.systemUTC())
      .build();

  @Test
  void a_deny_for_the_caller_wins_over_a_grant_to_anyone_and_is_reported_as_explicit() {
    LayerVersion version = grants.layerVersions().publish(Fixtures.publishLayerVersion().build()).get();
    String resource = version.arn().toString();
    ResourcePolicy base = policies.find(version.arn().arn());
    Statement anyone = Statement.allow(StatementId.of("public"), Principal.any(), Action.LAMBDA_GET_LAYER_VERSION,
        resource);
    Statement notThem = Statement.of(StatementId.of("not-them"), Effect.DENY,
        List.of(Principal.account(AccountId.of(Fixtures.GRANTEE), Partition.AWS)),
        List.of(Action.LAMBDA_GET_LAYER_VERSION), List.of(resource), List.of());
    policies.commit(base, ResourcePolicy.restore(version.arn().arn(), List.of(anyone, notThem),
        RevisionId.of("35d87451-f796-4a3f-a618-95a3671b0a0c"))).get();

    assertThat(getAs("223456789012")).isEqualTo(Either.left(new GrantsError.AccessDenied(Fixtures.GRANTEE,
        version.arn().arn(), "lambda:GetLayerVersion", true)));
    assertThat(getAs("333456789012")).isEqualTo(Either.right(version));
  }

  private Either<GrantsError, LayerVersion> getAs(String account) {
    return grants.layerVersions().get(Fixtures.getLayerVersion().context(CallContext.of(account, Fixtures.REGION))
        .layerName(Fixtures.layerArn().toString()).build());
  }
}
