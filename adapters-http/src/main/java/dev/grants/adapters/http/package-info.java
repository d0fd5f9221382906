/**
 * The HTTP adapter: a local endpoint on {@code com.sun.net.httpserver} that speaks the services' wire protocols, so
 * that unmodified AWS SDK clients, the AWS CLI and boto3 talk to Grants as if it were the service
 * ({@link dev.grants.adapters.http.GrantsEndpoint}), in front of the {@code Grants} wiring a launcher gives it. Each
 * family (Lambda layers, Signer profiles, sso-admin) is one {@code Family}: a route table that declares each of its
 * operations once (decode, call the inbound port, encode), matched by the operation's path template or
 * {@code X-Amz-Target}, and its own answers to the transport's faults. The launchers, the command line of
 * {@code grants-endpoint.jar} and the JUnit 5 extension, are the endpoint module's ({@code dev.grants.endpoint}),
 * the one place that wires this adapter to a store.
 */
package dev.grants.adapters.http;
