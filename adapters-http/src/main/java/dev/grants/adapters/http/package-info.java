/**
 * A local endpoint on {@code com.sun.net.httpserver} that speaks the services' wire protocols, so that
 * unmodified AWS SDK clients, the AWS CLI and boto3 talk to Grants as if it were the service
 * ({@link dev.grants.adapters.http.GrantsEndpoint}, {@link dev.grants.adapters.http.EndpointMain}), and a JUnit 5
 * extension that starts it in a test ({@link dev.grants.adapters.http.GrantsEndpointExtension}).
 */
package dev.grants.adapters.http;
