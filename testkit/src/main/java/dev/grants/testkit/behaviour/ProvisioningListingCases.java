package dev.grants.testkit.behaviour;

import static dev.grants.testkit.behaviour.PermissionSetsBehaviour.FORGED_TOKEN;
import static dev.grants.testkit.behaviour.PermissionSetsBehaviour.INSTANCE_ARN_PATTERN;
import static dev.grants.testkit.behaviour.PermissionSetsBehaviour.TOKEN_PATTERN;
import static dev.grants.testkit.behaviour.PermissionSetsBehaviour.UNKNOWN_INSTANCE;
import static dev.grants.testkit.behaviour.WiringBehaviour.invalid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.provisioning.Instance;
import dev.grants.domain.provisioning.PermissionSet;
import dev.grants.domain.provisioning.PermissionSetArn;
import dev.grants.domain.provisioning.ProvisioningRequest;
import dev.grants.domain.provisioning.ProvisioningStatus;
import dev.grants.domain.validation.Constraint;
import dev.grants.domain.validation.Violation;
import dev.grants.ports.in.Page;
import dev.grants.testkit.Fixtures;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The listings of provisioned accounts, permission sets and requests, their page tokens, and DescribePermissionSetProvisioningStatus. */
abstract class ProvisioningListingCases extends ProvisioningCases {
  ProvisioningListingCases(ProvisioningWiringBehaviour suite) {
    super(suite);
  }

  // --- ListAccountsForProvisionedPermissionSet and ListPermissionSetsProvisionedToAccount ---------------

  @Test
  void each_account_is_listed_once_in_order_of_first_provisioning() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");

    provisioned(instance, set, B, A, B, C, A);

    assertThat(accounts(instance, set, null)).containsExactly(B, A, C);
    assertThat(accounts(instance, set, LATEST)).containsExactly(B, A, C);
    assertThat(accounts(instance, set, NOT_LATEST)).isEmpty();
  }

  @Test
  void a_permission_set_provisioned_nowhere_lists_no_account() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    provision(instance, set, A);

    assertThat(listAccounts(Fixtures.listAccountsForProvisionedPermissionSet(instance.arn(), set.arn()).build()))
        .isEqualTo(Either.right(new Page<>(List.of(), null)));
  }

  @Test
  void each_permission_set_of_an_account_is_listed_once_with_the_filter() {
    Instance instance = instance();
    PermissionSet readOnly = set(instance, "ReadOnly");
    PermissionSet admin = set(instance, "Admin");
    PermissionSet unused = set(instance, "Unused");
    provisioned(instance, readOnly, A, A);
    provisioned(instance, admin, A, B);
    putInlinePolicy(instance, readOnly);

    assertThat(setsOf(instance, A, null)).containsExactly(readOnly.arn().toString(), admin.arn().toString());
    assertThat(setsOf(instance, A, LATEST)).containsExactly(admin.arn().toString());
    assertThat(setsOf(instance, A, NOT_LATEST)).containsExactly(readOnly.arn().toString());
    assertThat(setsOf(instance, B, null)).containsExactly(admin.arn().toString());
    assertThat(setsOf(instance, C, null)).isEmpty();
    assertThat(setsOf(instance, A, null)).doesNotContain(unused.arn().toString());
  }

  @Test
  void another_accounts_permission_sets_are_not_listed_for_an_account() {
    gateway().answerAtOnce();
    Instance mine = instance();
    Instance theirs = otherInstance();
    PermissionSet their = theirSet(theirs);
    assertThat(grants().permissionSetProvisioning().provision(Fixtures.provisionToAccount(theirs.arn(), their.arn(), A)
        .context(Fixtures.otherContext()).build()).get().status()).isEqualTo(ProvisioningStatus.SUCCEEDED);

    assertThat(setsOf(mine, A, null)).isEmpty();
    assertThat(listSets(Fixtures.listPermissionSetsProvisionedToAccount(theirs.arn(), A).build()))
        .isEqualTo(deniedOn(theirs, "sso:ListPermissionSetsProvisionedToAccount"));
    assertThat(listAccounts(Fixtures.listAccountsForProvisionedPermissionSet(theirs.arn(), their.arn()).build()))
        .isEqualTo(deniedOn(theirs, "sso:ListAccountsForProvisionedPermissionSet"));
    assertThat(listAccounts(Fixtures.listAccountsForProvisionedPermissionSet(mine.arn(), their.arn()).build()))
        .isEqualTo(Either.left(new GrantsError.PermissionSetNotFound(their.arn())));
  }

  @Test
  void the_account_listings_report_every_model_violation() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");

    assertThat(listAccounts(Fixtures.listAccountsForProvisionedPermissionSet(instance.arn(), set.arn())
        .provisioningStatus("LATEST").maxResults(0).nextToken("#").build()))
        .isEqualTo(invalid(new Violation("provisioningStatus", "LATEST", Constraint.oneOf(PROVISIONING_STATUSES)),
            new Violation("maxResults", "0", Constraint.minValue(1)),
            new Violation("nextToken", "#", Constraint.pattern(TOKEN_PATTERN))));
    assertThat(listAccounts(Fixtures.listAccountsForProvisionedPermissionSet(instance.arn(), set.arn())
        .instanceArn("arn:aws:sso:::instance/x").permissionSetArn(null).maxResults(101).build()))
        .isEqualTo(invalid(new Violation("instanceArn", "arn:aws:sso:::instance/x",
                Constraint.pattern(INSTANCE_ARN_PATTERN)),
            new Violation("permissionSetArn", null, Constraint.notNull()),
            new Violation("maxResults", "101", Constraint.maxValue(100))));
    assertThat(listSets(Fixtures.listPermissionSetsProvisionedToAccount(instance.arn(), "123")
        .provisioningStatus("latest").maxResults(101).build()))
        .isEqualTo(invalid(new Violation("accountId", "123", Constraint.minLength(12)),
            new Violation("accountId", "123", Constraint.pattern("\\d{12}")),
            new Violation("provisioningStatus", "latest", Constraint.oneOf(PROVISIONING_STATUSES)),
            new Violation("maxResults", "101", Constraint.maxValue(100))));
    assertThat(listSets(Fixtures.listPermissionSetsProvisionedToAccount(instance.arn(), A).instanceArn(null)
        .accountId(null).build()))
        .isEqualTo(invalid(new Violation("instanceArn", null, Constraint.notNull()),
            new Violation("accountId", null, Constraint.notNull())));
  }

  @Test
  void the_account_listings_of_an_unknown_instance_or_permission_set_are_not_found() {
    Instance instance = instance();
    PermissionSetArn unknownSet = PermissionSetArn.of(instance.arn(), "ps-000000000000dead");

    assertThat(listAccounts(Fixtures.listAccountsForProvisionedPermissionSet(instance.arn(), unknownSet).build()))
        .isEqualTo(Either.left(new GrantsError.PermissionSetNotFound(unknownSet)));
    assertThat(listAccounts(Fixtures.listAccountsForProvisionedPermissionSet(UNKNOWN_INSTANCE,
        PermissionSetArn.of(UNKNOWN_INSTANCE, "ps-000000000000dead")).build()))
        .isEqualTo(Either.left(new GrantsError.InstanceNotFound(UNKNOWN_INSTANCE)));
    assertThat(listSets(Fixtures.listPermissionSetsProvisionedToAccount(UNKNOWN_INSTANCE, A).build()))
        .isEqualTo(Either.left(new GrantsError.InstanceNotFound(UNKNOWN_INSTANCE)));
  }

  @Test
  void the_accounts_of_a_permission_set_are_paginated_with_tokens() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    List<String> all = List.of(A, B, C, "100000000001", "100000000002");
    provisioned(instance, set, all.toArray(String[]::new));

    List<Page<String>> pages = pages(token -> listAccounts(Fixtures.listAccountsForProvisionedPermissionSet(
        instance.arn(), set.arn()).maxResults(2).nextToken(token).build()).get());

    assertThat(pages).extracting(page -> page.items().size()).containsExactly(2, 2, 1);
    assertThat(pages.stream().flatMap(page -> page.items().stream()).toList()).isEqualTo(all);
    assertThat(pages.get(2).nextToken()).isNull();
    assertThat(listAccounts(Fixtures.listAccountsForProvisionedPermissionSet(instance.arn(), set.arn()).maxResults(5)
        .build()).get()).isEqualTo(new Page<>(all, null));
  }

  @Test
  void the_permission_sets_of_an_account_are_paginated_with_tokens() {
    gateway().answerAtOnce();
    Instance instance = instance();
    List<String> all = new ArrayList<>();
    for (String name : List.of("One", "Two", "Three")) {
      PermissionSet set = set(instance, name);
      provision(instance, set, A);
      all.add(set.arn().toString());
    }

    List<Page<String>> pages = pages(token -> listSets(Fixtures.listPermissionSetsProvisionedToAccount(
        instance.arn(), A).maxResults(1).nextToken(token).build()).get());

    assertThat(pages).extracting(page -> page.items().size()).containsExactly(1, 1, 1);
    assertThat(pages.stream().flatMap(page -> page.items().stream()).toList()).isEqualTo(all);
  }

  // --- ListPermissionSetProvisioningStatus ------------------------------------------------------------

  @Test
  void provisioning_requests_are_listed_oldest_first_and_filtered_by_status() {
    Instance instance = instance();
    PermissionSet readOnly = set(instance, "ReadOnly");
    PermissionSet admin = set(instance, "Admin");
    ProvisioningRequest first = provision(instance, readOnly, A).get();
    gateway().succeed(A);
    clock().advance(Duration.ofSeconds(1));
    ProvisioningRequest second = provision(instance, admin, A).get();
    gateway().fail(A, "Quota exceeded");
    clock().advance(Duration.ofSeconds(1));
    ProvisioningRequest third = provision(instance, readOnly, B).get();

    List<ProvisioningRequest> listed = listStatus(Fixtures.listProvisioningStatus(instance.arn()).build()).get().items();

    assertThat(listed).extracting(ProvisioningRequest::requestId)
        .containsExactly(first.requestId(), second.requestId(), third.requestId());
    assertThat(listed).extracting(ProvisioningRequest::status)
        .containsExactly(ProvisioningStatus.SUCCEEDED, ProvisioningStatus.FAILED, ProvisioningStatus.IN_PROGRESS);
    assertThat(listed).extracting(ProvisioningRequest::createdDate).containsExactly(Instant.parse(START),
        Instant.parse(START).plusSeconds(1), Instant.parse(START).plusSeconds(2));
    assertThat(filtered(instance, "SUCCEEDED")).containsExactly(first.requestId());
    assertThat(filtered(instance, "FAILED")).containsExactly(second.requestId());
    assertThat(filtered(instance, "IN_PROGRESS")).containsExactly(third.requestId());
  }

  @Test
  void an_instance_lists_only_its_own_provisioning_requests() {
    gateway().answerAtOnce();
    Instance mine = instance();
    Instance theirs = otherInstance();
    PermissionSet their = theirSet(theirs);
    ProvisioningRequest theirRequest = grants().permissionSetProvisioning().provision(Fixtures.provisionToAccount(
        theirs.arn(), their.arn(), A).context(Fixtures.otherContext()).build()).get();

    assertThat(listStatus(Fixtures.listProvisioningStatus(mine.arn()).build()))
        .isEqualTo(Either.right(new Page<>(List.of(), null)));
    assertThat(listStatus(Fixtures.listProvisioningStatus(theirs.arn()).build()))
        .isEqualTo(deniedOn(theirs, "sso:ListPermissionSetProvisioningStatus"));
    assertThat(describe(theirs, theirRequest.requestId()))
        .isEqualTo(deniedOn(theirs, "sso:DescribePermissionSetProvisioningStatus"));
    assertThat(describe(mine, theirRequest.requestId()))
        .isEqualTo(Either.left(new GrantsError.ProvisioningRequestNotFound(mine.arn(), theirRequest.requestId())));
  }

  @Test
  void the_status_listing_reports_every_model_violation() {
    Instance instance = instance();

    assertThat(listStatus(Fixtures.listProvisioningStatus(instance.arn()).maxResults(0).filterStatus("DONE").build()))
        .isEqualTo(invalid(new Violation("maxResults", "0", Constraint.minValue(1)),
            new Violation("filter.status", "DONE", Constraint.oneOf(STATUSES))));
    assertThat(listStatus(Fixtures.listProvisioningStatus(instance.arn()).instanceArn(null).maxResults(101)
        .nextToken("a b").build()))
        .isEqualTo(invalid(new Violation("instanceArn", null, Constraint.notNull()),
            new Violation("maxResults", "101", Constraint.maxValue(100)),
            new Violation("nextToken", "a b", Constraint.pattern(TOKEN_PATTERN))));
    assertThat(listStatus(Fixtures.listProvisioningStatus(UNKNOWN_INSTANCE).build()))
        .isEqualTo(Either.left(new GrantsError.InstanceNotFound(UNKNOWN_INSTANCE)));
  }

  @Test
  void max_results_one_and_one_hundred_are_accepted_and_one_hundred_is_the_default() {
    gateway().answerAtOnce();
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    for (int i = 0; i < 101; i++) {
      provision(instance, set, String.format("1%011d", i));
    }

    assertThat(listStatus(Fixtures.listProvisioningStatus(instance.arn()).maxResults(1).build()).get().items())
        .hasSize(1);
    Page<ProvisioningRequest> hundred = listStatus(Fixtures.listProvisioningStatus(instance.arn()).maxResults(100)
        .build()).get();
    assertThat(hundred.items()).hasSize(100);
    assertThat(hundred.nextToken()).isNotNull();
    Page<ProvisioningRequest> byDefault = listStatus(Fixtures.listProvisioningStatus(instance.arn()).build()).get();
    assertThat(byDefault.items()).isEqualTo(hundred.items());
    assertThat(listStatus(Fixtures.listProvisioningStatus(instance.arn()).nextToken(byDefault.nextToken()).build())
        .get().items()).hasSize(1);
  }

  @Test
  void provisioning_requests_are_paginated_with_tokens_and_the_filter() {
    Instance instance = instance();
    List<String> failedIds = new ArrayList<>();
    List<String> allIds = new ArrayList<>();
    PermissionSet set = set(instance, "ReadOnly");
    for (int i = 0; i < 5; i++) {
      ProvisioningRequest request = provision(instance, set, A).get();
      allIds.add(request.requestId());
      if (i % 2 == 0) {
        gateway().fail(A, "Quota exceeded");
        failedIds.add(request.requestId());
      } else {
        gateway().succeed(A);
      }
    }

    List<Page<ProvisioningRequest>> pages = pages(token -> listStatus(Fixtures.listProvisioningStatus(instance.arn())
        .maxResults(2).nextToken(token).build()).get());
    List<Page<ProvisioningRequest>> failedPages = pages(token -> listStatus(
        Fixtures.listProvisioningStatus(instance.arn()).filterStatus("FAILED").maxResults(2).nextToken(token).build())
        .get());

    assertThat(pages).extracting(page -> page.items().size()).containsExactly(2, 2, 1);
    assertThat(pages.stream().flatMap(page -> page.items().stream()).map(ProvisioningRequest::requestId).toList())
        .isEqualTo(allIds);
    assertThat(failedPages).extracting(page -> page.items().size()).containsExactly(2, 1);
    assertThat(failedPages.stream().flatMap(page -> page.items().stream()).map(ProvisioningRequest::requestId)
        .toList()).isEqualTo(failedIds);
  }

  // --- page tokens ------------------------------------------------------------------------------------

  @Test
  void a_forged_page_token_is_refused_by_every_listing() {
    Instance instance = instance();
    PermissionSet set = set(instance, "ReadOnly");
    GrantsError refused = new GrantsError.InvalidPageToken(FORGED_TOKEN);

    assertThat(listStatus(Fixtures.listProvisioningStatus(instance.arn()).nextToken(FORGED_TOKEN).build()))
        .isEqualTo(Either.left(refused));
    assertThat(listAccounts(Fixtures.listAccountsForProvisionedPermissionSet(instance.arn(), set.arn())
        .nextToken(FORGED_TOKEN).build())).isEqualTo(Either.left(refused));
    assertThat(listSets(Fixtures.listPermissionSetsProvisionedToAccount(instance.arn(), A).nextToken(FORGED_TOKEN)
        .build())).isEqualTo(Either.left(refused));
    for (String forged : List.of("AAAA", "bm90LWEtdG9rZW4", "A".repeat(2048))) {
      assertThat(listStatus(Fixtures.listProvisioningStatus(instance.arn()).nextToken(forged).build()))
          .as(forged).isEqualTo(Either.left(new GrantsError.InvalidPageToken(forged)));
    }
  }

  @Test
  void a_page_token_altered_in_any_one_character_is_refused() {
    Instance instance = instance();
    String token = requestsOverTwoPages(instance);
    List<String> accepted = new ArrayList<>();

    for (int position = 0; position < token.length(); position++) {
      for (char replacement : BASE64URL.toCharArray()) {
        if (replacement == token.charAt(position)) {
          continue;
        }
        String altered = token.substring(0, position) + replacement + token.substring(position + 1);
        Either<GrantsError, Page<ProvisioningRequest>> outcome =
            listStatus(Fixtures.listProvisioningStatus(instance.arn()).maxResults(1).nextToken(altered).build());
        if (!outcome.equals(Either.left(new GrantsError.InvalidPageToken(altered)))) {
          accepted.add(altered);
        }
      }
    }

    assertThat(accepted).as("altered tokens accepted instead of %s", token).isEmpty();
  }

  @Test
  void a_page_token_with_anything_added_or_removed_is_refused() {
    Instance instance = instance();
    String token = requestsOverTwoPages(instance);

    for (String altered : List.of(token + "=", token + "==", token + "A", token.substring(1),
        token.substring(0, token.length() - 1), "=" + token)) {
      assertThat(listStatus(Fixtures.listProvisioningStatus(instance.arn()).maxResults(1).nextToken(altered).build()))
          .as(altered).isEqualTo(Either.left(new GrantsError.InvalidPageToken(altered)));
    }
    assertThat(listStatus(Fixtures.listProvisioningStatus(instance.arn()).maxResults(1).nextToken(token).build())
        .isRight()).isTrue();
  }

  @Test
  void a_page_token_of_another_listing_is_refused() {
    gateway().answerAtOnce();
    Instance instance = instance();
    PermissionSet readOnly = set(instance, "ReadOnly");
    PermissionSet admin = set(instance, "Admin");
    provision(instance, readOnly, A);
    provision(instance, readOnly, B);
    provision(instance, admin, A);
    provision(instance, admin, B);
    String statusToken = listStatus(Fixtures.listProvisioningStatus(instance.arn()).maxResults(1).build()).get()
        .nextToken();
    String succeededToken = listStatus(Fixtures.listProvisioningStatus(instance.arn()).filterStatus("SUCCEEDED")
        .maxResults(1).build()).get().nextToken();
    String accountsToken = listAccounts(Fixtures.listAccountsForProvisionedPermissionSet(instance.arn(),
        readOnly.arn()).maxResults(1).build()).get().nextToken();
    String setsToken = listSets(Fixtures.listPermissionSetsProvisionedToAccount(instance.arn(), A).maxResults(1)
        .build()).get().nextToken();
    assertThat(List.of(statusToken, succeededToken, accountsToken, setsToken)).doesNotContainNull();

    assertThat(listStatus(Fixtures.listProvisioningStatus(instance.arn()).maxResults(1).nextToken(accountsToken)
        .build())).isEqualTo(Either.left(new GrantsError.InvalidPageToken(accountsToken)));
    assertThat(listStatus(Fixtures.listProvisioningStatus(instance.arn()).maxResults(1).nextToken(succeededToken)
        .build())).isEqualTo(Either.left(new GrantsError.InvalidPageToken(succeededToken)));
    assertThat(listStatus(Fixtures.listProvisioningStatus(instance.arn()).filterStatus("FAILED").maxResults(1)
        .nextToken(statusToken).build())).isEqualTo(Either.left(new GrantsError.InvalidPageToken(statusToken)));
    assertThat(listAccounts(Fixtures.listAccountsForProvisionedPermissionSet(instance.arn(), admin.arn())
        .maxResults(1).nextToken(accountsToken).build()))
        .isEqualTo(Either.left(new GrantsError.InvalidPageToken(accountsToken)));
    assertThat(listAccounts(Fixtures.listAccountsForProvisionedPermissionSet(instance.arn(), readOnly.arn())
        .provisioningStatus(LATEST).maxResults(1).nextToken(accountsToken).build()))
        .isEqualTo(Either.left(new GrantsError.InvalidPageToken(accountsToken)));
    assertThat(listSets(Fixtures.listPermissionSetsProvisionedToAccount(instance.arn(), B).maxResults(1)
        .nextToken(setsToken).build())).isEqualTo(Either.left(new GrantsError.InvalidPageToken(setsToken)));
    assertThat(listAccounts(Fixtures.listAccountsForProvisionedPermissionSet(instance.arn(), readOnly.arn())
        .maxResults(1).nextToken(setsToken).build()))
        .isEqualTo(Either.left(new GrantsError.InvalidPageToken(setsToken)));
    assertThat(grants().permissionSets().listInstances(Fixtures.listInstances().nextToken(statusToken).build()))
        .isEqualTo(Either.left(new GrantsError.InvalidPageToken(statusToken)));
    assertThat(listStatus(Fixtures.listProvisioningStatus(instance.arn()).maxResults(1).nextToken(statusToken)
        .build()).get().items()).hasSize(1);
  }

  // --- DescribePermissionSetProvisioningStatus --------------------------------------------------------

  @Test
  void an_unknown_request_id_is_not_found() {
    Instance instance = instance();
    String unknown = "00000000-0000-4000-8000-00000000dead";

    assertThat(describe(instance, unknown))
        .isEqualTo(Either.left(new GrantsError.ProvisioningRequestNotFound(instance.arn(), unknown)));
  }

  @Test
  void describe_reports_every_model_violation_and_an_unknown_instance() {
    Instance instance = instance();
    String upper = "00000000-0000-4000-8000-00000000DEAD";

    assertThat(describe(instance, "123")).isEqualTo(invalid(
        new Violation("provisionPermissionSetRequestId", "123", Constraint.minLength(36)),
        new Violation("provisionPermissionSetRequestId", "123", Constraint.pattern(UUID_PATTERN))));
    assertThat(describe(instance, upper)).isEqualTo(invalid(
        new Violation("provisionPermissionSetRequestId", upper, Constraint.pattern(UUID_PATTERN))));
    assertThat(grants().permissionSetProvisioning().describeStatus(Fixtures.describeProvisioningStatus(instance.arn(),
        null).instanceArn(null).build())).isEqualTo(invalid(
        new Violation("instanceArn", null, Constraint.notNull()),
        new Violation("provisionPermissionSetRequestId", null, Constraint.notNull())));
    assertThat(grants().permissionSetProvisioning().describeStatus(Fixtures.describeProvisioningStatus(UNKNOWN_INSTANCE,
        "00000000-0000-4000-8000-00000000dead").build()))
        .isEqualTo(Either.left(new GrantsError.InstanceNotFound(UNKNOWN_INSTANCE)));
  }
}
