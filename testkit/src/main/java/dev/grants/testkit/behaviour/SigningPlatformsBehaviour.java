package dev.grants.testkit.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.signer.SigningPlatform;
import dev.grants.domain.validation.Constraint;
import dev.grants.domain.validation.Violation;
import dev.grants.ports.in.CallContext;
import dev.grants.ports.in.GetSigningPlatformCommand;
import dev.grants.ports.in.ListSigningPlatformsCommand;
import dev.grants.ports.in.Page;
import dev.grants.testkit.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The behaviour of {@link dev.grants.ports.in.SigningPlatforms} (GetSigningPlatform, ListSigningPlatforms with its
 * filters and pages), refusals compared as {@link GrantsError} values, for any wiring:
 *
 * <pre>{@code
 * class MyWiringSigningPlatformsTest extends SigningPlatformsBehaviour {
 *   @Override
 *   protected Grants createGrants(Clock clock, IdGenerator ids, GrantsEventListener events) { ... }
 * }
 * }</pre>
 */
public abstract class SigningPlatformsBehaviour extends WiringBehaviour {
  private static final CallContext CALLER = Fixtures.context();

  /** Creates the suite. */
  protected SigningPlatformsBehaviour() {}

  @Test
  void get_reads_a_known_platform_with_its_facts() {
    SigningPlatform lambda = grants.signingPlatforms().get(GetSigningPlatformCommand.builder().context(CALLER)
        .platformId("AWSLambda-SHA384-ECDSA").build()).get();

    assertThat(lambda).isEqualTo(SigningPlatform.AWS_LAMBDA_SHA384_ECDSA);
    assertThat(lambda.facts().partner()).isEqualTo("AWSLambda");
    assertThat(lambda.facts().maxSizeInMB()).isEqualTo(250);
    assertThat(lambda.facts().revocationSupported()).isTrue();
  }

  @Test
  void get_of_an_unknown_platform_is_not_found() {
    assertThat(grants.signingPlatforms().get(GetSigningPlatformCommand.builder().context(CALLER)
        .platformId("AWSLambda-SHA999").build()).getLeft())
        .isEqualTo(new GrantsError.SigningPlatformNotFound("AWSLambda-SHA999"));
  }

  @Test
  void get_without_a_platform_id_is_a_validation_error() {
    assertThat(grants.signingPlatforms().get(GetSigningPlatformCommand.builder().context(CALLER).build()).getLeft())
        .isEqualTo(new GrantsError.InvalidRequest(List.of(new Violation("platformId", null, Constraint.notNull()))));
  }

  @Test
  void list_answers_every_platform_in_one_page_by_default() {
    Page<SigningPlatform> page = list(ListSigningPlatformsCommand.builder().context(CALLER).build());

    assertThat(page.items()).containsExactly(SigningPlatform.values());
    assertThat(page.nextToken()).isNull();
  }

  @Test
  void list_filters_by_partner_target_and_category_exactly() {
    assertThat(list(ListSigningPlatformsCommand.builder().context(CALLER).partner("AmazonFreeRTOS").build()).items())
        .containsExactly(SigningPlatform.AMAZON_FREERTOS_TI_CC3220SF, SigningPlatform.AMAZON_FREERTOS_DEFAULT);
    assertThat(list(ListSigningPlatformsCommand.builder().context(CALLER).partner("AmazonFreeRTOS")
        .target("SHA256-ECDSA").build()).items()).containsExactly(SigningPlatform.AMAZON_FREERTOS_DEFAULT);
    assertThat(list(ListSigningPlatformsCommand.builder().context(CALLER).category("AWS").build()).items())
        .containsExactly(SigningPlatform.values());
    assertThat(list(ListSigningPlatformsCommand.builder().context(CALLER).category("AWSIoT").build()).items())
        .isEmpty();
    assertThat(list(ListSigningPlatformsCommand.builder().context(CALLER).partner("awslambda").build()).items())
        .as("compared exactly, case included").isEmpty();
  }

  @Test
  void list_pages_through_every_platform_with_max_results() {
    List<SigningPlatform> seen = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      Page<SigningPlatform> page = list(ListSigningPlatformsCommand.builder().context(CALLER).maxResults(2)
          .nextToken(token).build());
      assertThat(page.items()).hasSizeLessThanOrEqualTo(2);
      seen.addAll(page.items());
      token = page.nextToken();
      pages++;
    } while (token != null);

    assertThat(seen).containsExactly(SigningPlatform.values());
    assertThat(pages).isEqualTo((SigningPlatform.values().length + 1) / 2);
  }

  @Test
  void list_refuses_max_results_outside_1_to_25_with_every_violation() {
    assertThat(grants.signingPlatforms().list(ListSigningPlatformsCommand.builder().context(CALLER).maxResults(0)
        .build()).getLeft()).isEqualTo(new GrantsError.InvalidRequest(
            List.of(new Violation("maxResults", "0", Constraint.minValue(1)))));
    assertThat(grants.signingPlatforms().list(ListSigningPlatformsCommand.builder().context(CALLER).maxResults(26)
        .build()).getLeft()).isEqualTo(new GrantsError.InvalidRequest(
            List.of(new Violation("maxResults", "26", Constraint.maxValue(25)))));
  }

  @Test
  void list_refuses_a_token_it_did_not_issue_or_issued_for_other_filters() {
    String token = list(ListSigningPlatformsCommand.builder().context(CALLER).maxResults(1).build()).nextToken();

    assertThat(grants.signingPlatforms().list(ListSigningPlatformsCommand.builder().context(CALLER)
        .nextToken("not-a-token").build()).getLeft()).isEqualTo(new GrantsError.InvalidPageToken("not-a-token"));
    assertThat(grants.signingPlatforms().list(ListSigningPlatformsCommand.builder().context(CALLER)
        .partner("AmazonFreeRTOS").nextToken(token).build()).getLeft())
        .isEqualTo(new GrantsError.InvalidPageToken(token));
  }

  private Page<SigningPlatform> list(ListSigningPlatformsCommand command) {
    return grants.signingPlatforms().list(command).get();
  }
}
