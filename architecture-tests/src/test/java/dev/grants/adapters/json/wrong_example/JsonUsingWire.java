package dev.grants.adapters.json.wrong_example;

import dev.grants.adapters.json.policy.PolicyDocumentWriter;
import dev.grants.adapters.json.wire.WireResponse;
import dev.grants.domain.policy.ResourcePolicy;

/** Clean control: a part of adapters-json uses the JSON primitives and the policy documents. */
public final class JsonUsingWire {
  public WireResponse policy(ResourcePolicy policy) {
    return WireResponse.json(200, PolicyDocumentWriter.writeBytes(policy));
  }
}
