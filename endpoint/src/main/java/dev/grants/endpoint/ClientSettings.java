package dev.grants.endpoint;

import java.net.URI;
import java.util.Objects;

/**
 * What an AWS SDK client needs to talk to a local endpoint: its URI, a region, and dummy credentials (the
 * endpoint does not verify signatures, but the SDKs insist on signing). The dummy access key id makes the client
 * call as the endpoint's default account; {@link #asAccount} makes it call as another.
 *
 * <pre>{@code
 * ClientSettings s = endpoint.settings();
 * LambdaClient lambda = LambdaClient.builder()
 *     .endpointOverride(s.endpoint())
 *     .region(software.amazon.awssdk.regions.Region.of(s.region()))
 *     .credentialsProvider(StaticCredentialsProvider.create(
 *         AwsBasicCredentials.create(s.accessKeyId(), s.secretAccessKey())))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param endpoint the endpoint's base URI
 * @param region the region to sign for
 * @param accessKeyId a dummy access key id
 * @param secretAccessKey a dummy secret key
 */
public record ClientSettings(URI endpoint, String region, String accessKeyId, String secretAccessKey) {
  /** The dummy access key id handed out. */
  public static final String DUMMY_ACCESS_KEY_ID = "AKIAGRANTSLOCAL00000";
  /** The dummy secret key handed out. */
  public static final String DUMMY_SECRET_ACCESS_KEY = "grants-local-endpoint-does-not-check-signatures";

  /** Checks every part is present. */
  public ClientSettings {
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(accessKeyId, "accessKeyId");
    Objects.requireNonNull(secretAccessKey, "secretAccessKey");
  }

  /**
   * These settings, signing with {@code account} as the access key id, so that the endpoint takes the client's calls
   * as that account's.
   *
   * @throws IllegalArgumentException unless {@code account} is 12 digits
   */
  public ClientSettings asAccount(String account) {
    return new ClientSettings(endpoint, region, dev.grants.domain.principal.AccountId.of(account).value(),
        secretAccessKey);
  }

  /** Settings for {@code endpoint} in {@code region} with the dummy credentials. */
  public static ClientSettings of(URI endpoint, String region) {
    return new ClientSettings(endpoint, region, DUMMY_ACCESS_KEY_ID, DUMMY_SECRET_ACCESS_KEY);
  }
}
