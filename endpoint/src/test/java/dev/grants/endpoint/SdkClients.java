package dev.grants.endpoint;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/** Any AWS SDK v2 client, pointed at a local endpoint the way a consumer would: the one place the tests do it. */
final class SdkClients {
  private SdkClients() {}

  /** {@code builder} aimed at {@code settings}' endpoint, signing for {@code region}, with its dummy keys. */
  static <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C client(
      B builder, ClientSettings settings, String region) {
    return builder
        .endpointOverride(settings.endpoint())
        .region(Region.of(region))
        .credentialsProvider(StaticCredentialsProvider.create(
            AwsBasicCredentials.create(settings.accessKeyId(), settings.secretAccessKey())))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }
}
