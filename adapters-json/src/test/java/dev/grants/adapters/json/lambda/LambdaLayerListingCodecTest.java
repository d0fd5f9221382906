package dev.grants.adapters.json.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.adapters.json.wire.WireResponse;
import dev.grants.domain.error.GrantsError;
import dev.grants.domain.layer.LayerContent;
import dev.grants.domain.layer.LayerVersion;
import dev.grants.ports.in.Page;
import dev.grants.testkit.Fixtures;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The exact JSON of ListLayers, ListLayerVersions and GetLayerVersionByArn, both ways. */
class LambdaLayerListingCodecTest {
  private static final LambdaLayerCodec CODEC = LambdaLayerCodec.create();
  private static final Instant CREATED = Instant.parse("2018-11-14T23:03:52.894Z");
  private static final LayerVersion BARE = new LayerVersion(Fixtures.layerVersionArn(1), null, CREATED,
      new LayerContent("abc=", 42), List.of(), null, List.of());
  private static final LayerVersion FULL = new LayerVersion(Fixtures.layerVersionArn(2), "shared", CREATED,
      new LayerContent("abc=", 42), List.of("java17", "java21"), "MIT", List.of("arm64"));

  @Test
  void the_listing_query_members_become_the_commands() {
    Map<String, List<String>> query = Map.of("CompatibleRuntime", List.of("java17"), "Marker", List.of("m"),
        "MaxItems", List.of("10"), "CompatibleArchitecture", List.of("arm64"));

    assertThat(CODEC.decodeListLayers(Fixtures.context(), query)).isEqualTo(Either.right(Fixtures.listLayers()
        .compatibleRuntime("java17").marker("m").maxItems(10).compatibleArchitecture("arm64").build()));
    assertThat(CODEC.decodeListLayerVersions(Fixtures.context(), "my-layer", query))
        .isEqualTo(Either.right(Fixtures.listLayerVersions().compatibleRuntime("java17").marker("m").maxItems(10)
            .compatibleArchitecture("arm64").build()));
    assertThat(CODEC.decodeListLayers(Fixtures.context(), Map.of())).isEqualTo(Either.right(
        Fixtures.listLayers().build()));
    assertThat(CODEC.decodeGetLayerVersionByArn(Fixtures.context(),
        Map.of("find", List.of("LayerVersion"), "Arn", List.of(Fixtures.layerVersionArn(1).toString()))))
        .isEqualTo(Either.right(Fixtures.getLayerVersionByArn().build()));
    assertThat(CODEC.decodeGetLayerVersionByArn(Fixtures.context(), Map.of("find", List.of("LayerVersion"))))
        .isEqualTo(Either.right(Fixtures.getLayerVersionByArn().arn(null).build()));
  }

  @Test
  void max_items_that_is_no_whole_number_is_the_frameworks_validation_error() {
    WireResponse refused = CODEC.decodeListLayerVersions(Fixtures.context(), "my-layer",
        Map.of("MaxItems", List.of("ten"))).getLeft();

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.header("x-amzn-ErrorType")).isEqualTo("ValidationException");
    assertThat(refused.bodyAsString()).isEqualTo("{\"message\":\"1 validation error detected: Value 'ten' at "
        + "'maxItems' failed to satisfy constraint: Member must be a whole number\"}");
  }

  @Test
  void list_layer_versions_items_write_every_member_in_the_services_order_an_absent_one_as_null() {
    assertThat(CODEC.encodeLayerVersions(new Page<>(List.of(FULL, BARE), "next")).bodyAsString())
        .isEqualTo("{\"LayerVersions\":[{\"CompatibleRuntimes\":[\"java17\",\"java21\"],\"LicenseInfo\":\"MIT\","
            + "\"Description\":\"shared\",\"LayerVersionArn\":\"" + Fixtures.layerVersionArn(2) + "\",\"Version\":2,"
            + "\"CreatedDate\":\"2018-11-14T23:03:52.894+0000\",\"CompatibleArchitectures\":[\"arm64\"]},"
            + "{\"CompatibleRuntimes\":null,\"LicenseInfo\":null,\"Description\":null,\"LayerVersionArn\":\""
            + Fixtures.layerVersionArn(1) + "\",\"Version\":1,\"CreatedDate\":\"2018-11-14T23:03:52.894+0000\","
            + "\"CompatibleArchitectures\":null}],\"NextMarker\":\"next\"}");
    assertThat(CODEC.encodeLayerVersions(new Page<>(List.of(), null)).bodyAsString())
        .isEqualTo("{\"LayerVersions\":[],\"NextMarker\":null}");
    assertThat(CODEC.encodeLayerVersions(new Page<>(List.of(), null)).status()).isEqualTo(200);
  }

  @Test
  void list_layers_items_name_the_layer_and_its_latest_matching_version() {
    assertThat(CODEC.encodeLayers(new Page<>(List.of(BARE), null)).bodyAsString())
        .isEqualTo("{\"Layers\":[{\"LayerName\":\"my-layer\",\"LayerArn\":\"" + Fixtures.layerArn() + "\","
            + "\"LatestMatchingVersion\":{\"CompatibleRuntimes\":null,\"LicenseInfo\":null,\"Description\":null,"
            + "\"LayerVersionArn\":\"" + Fixtures.layerVersionArn(1) + "\",\"Version\":1,"
            + "\"CreatedDate\":\"2018-11-14T23:03:52.894+0000\",\"CompatibleArchitectures\":null}}],"
            + "\"NextMarker\":null}");
  }

  @Test
  void a_version_read_by_arn_answers_as_get_layer_version_with_every_attribute() {
    WireResponse response = CODEC.encodeLayerVersion(LambdaOperation.GET_LAYER_VERSION_BY_ARN, FULL);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.bodyAsString()).isEqualTo("{\"Content\":{\"CodeSha256\":\"abc=\",\"CodeSize\":42},"
        + "\"LayerArn\":\"" + Fixtures.layerArn() + "\",\"LayerVersionArn\":\"" + Fixtures.layerVersionArn(2) + "\","
        + "\"Description\":\"shared\",\"CreatedDate\":\"2018-11-14T23:03:52.894+0000\",\"Version\":2,"
        + "\"CompatibleRuntimes\":[\"java17\",\"java21\"],\"LicenseInfo\":\"MIT\","
        + "\"CompatibleArchitectures\":[\"arm64\"]}");
  }

  @Test
  void the_errors_of_the_new_operations_have_lambdas_codes_and_texts() {
    WireResponse marker = CODEC.encodeError(LambdaOperation.LIST_LAYERS, new GrantsError.InvalidPageToken("forged"));
    WireResponse missing = CODEC.encodeError(LambdaOperation.GET_LAYER_VERSION_BY_ARN,
        new GrantsError.LayerVersionNotFound(Fixtures.layerVersionArn(1)));

    assertThat(marker.status()).isEqualTo(400);
    assertThat(marker.header("x-amzn-ErrorType")).isEqualTo("InvalidParameterValueException");
    assertThat(marker.bodyAsString())
        .isEqualTo("{\"Type\":\"User\",\"message\":\"The Marker forged is not valid for this listing.\"}");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.bodyAsString())
        .isEqualTo("{\"Type\":\"User\",\"Message\":\"The resource you requested does not exist.\"}");
  }
}
