package dev.grants.endpoint.wrong_example;

import org.junit.jupiter.api.extension.ExtensionContext;

/** Wrong: an endpoint class other than the JUnit extension needs JUnit, which the runnable jar does not have. */
public final class EndpointClassUsingJunit {
  public String testName(ExtensionContext context) {
    return context.getDisplayName();
  }
}
