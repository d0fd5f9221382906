package dev.grants.adapters.json.wrong_example;

import dev.grants.adapters.json.lambda.LambdaLayerCodec;
import dev.grants.adapters.json.wire.WireResponse;

/** Wrong: one part of adapters-json answers with another family's codec (as if sso-admin wrote Lambda's errors). */
public final class JsonUsingAnotherFamily {
  public WireResponse throttled() {
    return LambdaLayerCodec.create().tooManyRequests("slow down");
  }
}
