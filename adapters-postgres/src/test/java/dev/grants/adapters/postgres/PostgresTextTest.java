package dev.grants.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.domain.layer.LayerContent;
import dev.grants.domain.layer.LayerVersion;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Partition;
import dev.grants.domain.principal.Region;
import dev.grants.domain.provisioning.Instance;
import dev.grants.domain.provisioning.InstanceArn;
import dev.grants.domain.provisioning.PermissionSet;
import dev.grants.domain.provisioning.PermissionSetArn;
import dev.grants.domain.provisioning.ProvisioningRequest;
import dev.grants.domain.signer.SigningPlatform;
import dev.grants.domain.signer.SigningProfile;
import dev.grants.domain.signer.SigningProfileArn;
import dev.grants.domain.signer.SigningProfileStatus;
import dev.grants.testkit.Fixtures;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Text that PostgreSQL's {@code text} type cannot hold (NUL, unpaired surrogates), which callers can send through
 * JSON escapes, reads back from the real server exactly as it was given, in every free-text column; other text is
 * stored as it is, readable in SQL.
 */
class PostgresTextTest {
  private static final String HOSTILE = "a\u0000b \ud800 c\udc00 \uE000 \uD83D\uDE00 \"q\" \\ \n é 世";
  private static final Instant NOW = Instant.parse("2018-11-14T23:03:52.894Z");

  private PostgresStore store;

  @BeforeEach
  void emptyStore() {
    store = TestPostgres.emptyStore(getClass());
  }

  @Test
  void a_layer_versions_description_and_licence_read_back_exactly() {
    LayerVersion published = store.layerVersions().publishNext(Fixtures.layerArn(), number -> new LayerVersion(
        Fixtures.layerArn().version(number), HOSTILE, NOW, new LayerContent("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=", 0),
        List.of("java17"), HOSTILE + "!", List.of("arm64", "x86_64")));

    assertThat(store.layerVersions().find(published.arn())).isEqualTo(Option.some(published));
  }

  @Test
  void a_signing_profiles_parameters_tags_and_overrides_read_back_exactly() {
    SigningProfile profile = new SigningProfile(
        SigningProfileArn.of(Region.of("us-east-2"), AccountId.of(Fixtures.OWNER), "Hostile"),
        SigningPlatform.AWS_LAMBDA_SHA384_ECDSA, "a1B2c3D4e5", SigningProfileStatus.ACTIVE, HOSTILE,
        new SigningProfile.SignatureValidity(3, "YEARS"), new SigningProfile.SigningOverrides(HOSTILE, null, null),
        Map.of(HOSTILE, HOSTILE, "plain", "value"), Map.of("\u0000", "\ud800", "team", "grants"));
    SigningProfile noOverrideParts = new SigningProfile(
        SigningProfileArn.of(Region.of("us-east-2"), AccountId.of(Fixtures.OWNER), "Empty"),
        SigningPlatform.AWS_LAMBDA_SHA384_ECDSA, "a1B2c3D4e5", SigningProfileStatus.ACTIVE, null,
        SigningProfile.SignatureValidity.DEFAULT, new SigningProfile.SigningOverrides(null, null, null), Map.of(),
        Map.of());

    assertThat(store.signingProfiles().insert(profile)).isTrue();
    assertThat(store.signingProfiles().insert(noOverrideParts)).isTrue();

    assertThat(store.signingProfiles().find(profile.arn())).isEqualTo(Option.some(profile));
    assertThat(store.signingProfiles().find(noOverrideParts.arn())).isEqualTo(Option.some(noOverrideParts));
    assertThat(store.signingProfiles().replace(profile, profile.cancel())).isTrue();
    assertThat(store.signingProfiles().find(profile.arn())).isEqualTo(Option.some(profile.cancel()));
  }

  @Test
  void permission_set_texts_instance_names_and_failure_reasons_read_back_exactly() {
    InstanceArn instanceArn = new InstanceArn(Partition.AWS, "ssoins-00000000000000aa");
    Instance instance = new Instance(instanceArn, AccountId.of(Fixtures.OWNER), HOSTILE, "d-0000000000", NOW);
    PermissionSet set = new PermissionSet(PermissionSetArn.of(instanceArn, "ps-00000000000000aa"), "Hostile",
        HOSTILE, "PT2H", HOSTILE, HOSTILE, NOW, 1);
    ProvisioningRequest.InProgress running = (ProvisioningRequest.InProgress) ProvisioningRequest.start(
        "35d87451-f796-4a3f-a618-95a3671b0a0c", set.arn(), 1,
        List.of(AccountId.of(Fixtures.ACCOUNT_A), AccountId.of(Fixtures.ACCOUNT_B)), null, NOW, NOW.plusSeconds(300));
    ProvisioningRequest answered = running.accountFailed(AccountId.of(Fixtures.ACCOUNT_A), HOSTILE);

    store.permissionSets().insertInstance(instance);
    store.permissionSets().insertPermissionSet(set);
    store.provisioningRequests().start(running);
    store.provisioningRequests().replace(running, answered);

    assertThat(store.permissionSets().findInstance(instanceArn)).isEqualTo(Option.some(instance));
    assertThat(store.permissionSets().findPermissionSet(set.arn())).isEqualTo(Option.some(set));
    // A new store remembers nothing: the request is read from its rows.
    PostgresStore fresh = TestPostgres.sameStore(getClass());
    assertThat(fresh.provisioningRequests().find(running.requestId())).isEqualTo(Option.some(answered));
    ProvisioningRequest ended =
        ((ProvisioningRequest.InProgress) answered).accountFailed(AccountId.of(Fixtures.ACCOUNT_B), HOSTILE);
    assertThat(fresh.provisioningRequests().replace(answered, ended)).isTrue();
    assertThat(TestPostgres.sameStore(getClass()).provisioningRequests().find(running.requestId()))
        .isEqualTo(Option.some(ended));
  }

  @Test
  void text_postgres_can_hold_is_stored_as_given() throws Exception {
    String readable = "Shared layer: é 世 \uD83D\uDE00 \"quoted\"";
    store.layerVersions().publishNext(Fixtures.layerArn(), number -> new LayerVersion(
        Fixtures.layerArn().version(number), readable, NOW, new LayerContent("x", 0), List.of(), null, List.of()));

    try (Connection connection = TestPostgres.pool().getConnection();
         Statement statement = connection.createStatement();
         ResultSet row = statement.executeQuery(
             "SELECT description FROM " + store.schema() + ".layer_versions")) {
      row.next();
      assertThat(row.getString(1)).isEqualTo(readable);
    }
  }
}
