package dev.grants.benchmarks;

import dev.grants.domain.policy.Action;
import dev.grants.domain.policy.Condition;
import dev.grants.domain.policy.ResourcePolicy;
import dev.grants.domain.policy.Statement;
import dev.grants.domain.policy.StatementId;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.OrganizationId;
import dev.grants.domain.principal.Partition;
import dev.grants.domain.principal.Principal;
import dev.grants.domain.revision.ExpectedRevision;
import dev.grants.domain.revision.RevisionId;

/** The policies the benchmarks read and write: Lambda layer grants, some to {@code *} within an organization. */
final class PolicyDocuments {
  static final String RESOURCE = "arn:aws:lambda:us-east-2:123456789012:layer:my-layer:1";

  private PolicyDocuments() {}

  /** A policy of {@code statements} statements; every third grants {@code *} narrowed to an organization. */
  static ResourcePolicy policy(int statements) {
    ResourcePolicy policy = ResourcePolicy.none(dev.grants.domain.principal.Arn.parse(RESOURCE).get());
    for (int i = 0; i < statements; i++) {
      Statement statement = i % 3 == 2
          ? Statement.allow(StatementId.of("org-" + i), Principal.any(), Action.LAMBDA_GET_LAYER_VERSION, RESOURCE)
              .withCondition(Condition.principalOrgId(OrganizationId.of("o-a1b2c3d4e5")))
          : Statement.allow(StatementId.of("account-" + i),
              Principal.account(AccountId.of(String.format("2234567%05d", i)), Partition.AWS),
              Action.LAMBDA_GET_LAYER_VERSION, RESOURCE);
      policy = policy.add(statement, ExpectedRevision.any(), RevisionId.fromBits(0, i + 1)).get();
    }
    return policy;
  }
}
