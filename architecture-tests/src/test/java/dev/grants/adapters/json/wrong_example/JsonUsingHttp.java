package dev.grants.adapters.json.wrong_example;

import dev.grants.adapters.http.wrong_example.HttpUsingJsonCodec;

/** Wrong: adapters-json depends on adapters-http, on which only the endpoint may depend. */
public final class JsonUsingHttp {
  public HttpUsingJsonCodec endpoint() {
    return new HttpUsingJsonCodec();
  }
}
