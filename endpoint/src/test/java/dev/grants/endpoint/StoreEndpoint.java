package dev.grants.endpoint;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The endpoint an SDK contract suite runs against on one store: the suite's {@link GrantsEndpointExtension}, serving
 * that store's wirings, with the {@link StoreUnderTest} beside it for the tests that start an endpoint of their own.
 * A store's subclass of the suite registers it on a static field, so one endpoint serves the class; the suite's
 * lifecycle and test methods take it, or anything the extension hands out ({@link ClientSettings}, ...), as a
 * parameter.
 */
final class StoreEndpoint
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {
  private final StoreUnderTest store;
  private final GrantsEndpointExtension extension;

  /** {@code extension}, which serves wirings of {@code store}. */
  StoreEndpoint(StoreUnderTest store, GrantsEndpointExtension extension) {
    this.store = store;
    this.extension = extension;
  }

  /** The store, for endpoints of a test's own. */
  StoreUnderTest store() {
    return store;
  }

  /** The running endpoint's client settings. */
  ClientSettings settings() {
    return extension.settings();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    extension.beforeAll(context);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    extension.afterAll(context);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    extension.beforeEach(context);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    extension.afterEach(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == StoreEndpoint.class || extension.supportsParameter(parameter, context);
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == StoreEndpoint.class
        ? this
        : extension.resolveParameter(parameter, context);
  }
}
