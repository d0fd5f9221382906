package dev.grants.endpoint.wrong_example;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Wrong: the endpoint's JUnit extension uses JUnit beyond its extension API (here its assertions). */
public final class GrantsEndpointExtension implements BeforeAllCallback {
  @Override
  public void beforeAll(ExtensionContext context) {
    Assertions.assertNotNull(context);
  }
}
