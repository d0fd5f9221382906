package dev.grants.adapters.http.wrong_example;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Wrong: a JUnit extension in adapters-http, which is the HTTP adapter only; the extension is the endpoint's. */
public final class GrantsEndpointExtension implements BeforeAllCallback {
  @Override
  public void beforeAll(ExtensionContext context) {
    context.getRequiredTestClass();
  }
}
