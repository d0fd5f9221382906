/**
 * The runnable local endpoint and its JUnit 5 extension: the one place that wires the HTTP adapter
 * ({@link dev.grants.adapters.http.GrantsEndpoint}) to a store. {@link dev.grants.endpoint.EndpointMain} is the
 * command line of {@code grants-endpoint.jar}; {@link dev.grants.endpoint.GrantsEndpointExtension} starts the endpoint
 * in a consumer's test and hands out {@link dev.grants.endpoint.ClientSettings} for AWS SDK clients.
 */
package dev.grants.endpoint;
