package dev.grants.adapters.json.policy;

import dev.grants.domain.policy.ResourcePolicy;
import dev.grants.testkit.contract.PolicyDocumentWriterContract;

class PolicyDocumentWriterContractTest extends PolicyDocumentWriterContract {
  @Override
  protected byte[] write(ResourcePolicy policy) {
    return PolicyDocumentWriter.writeBytes(policy);
  }
}
