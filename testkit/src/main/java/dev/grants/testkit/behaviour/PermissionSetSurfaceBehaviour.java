package dev.grants.testkit.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.principal.Arn;
import dev.grants.domain.provisioning.Instance;
import dev.grants.domain.provisioning.PermissionSet;
import dev.grants.domain.provisioning.PermissionSetArn;
import dev.grants.domain.provisioning.ProvisioningRules;
import dev.grants.domain.provisioning.Tag;
import dev.grants.domain.provisioning.TaggableArn;
import dev.grants.domain.validation.Constraint;
import dev.grants.domain.validation.Violation;
import dev.grants.ports.in.Page;
import dev.grants.ports.in.TagMember;
import dev.grants.testkit.Fixtures;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The behaviour of the permission-set surface of {@link dev.grants.ports.in.PermissionSets} that clients such as
 * Terraform's {@code aws_ssoadmin_permission_set} drive: ListPermissionSets, UpdatePermissionSet, DescribeInstance,
 * and the tags of instances and permission sets (TagResource, UntagResource, ListTagsForResource, and the tags a
 * create is given), refusals compared as {@link GrantsError} values, for any wiring:
 *
 * <pre>{@code
 * class MyWiringPermissionSetSurfaceTest extends PermissionSetSurfaceBehaviour {
 *   @Override
 *   protected Grants createGrants(Clock clock, IdGenerator ids, GrantsEventListener events,
 *       ProvisioningGateway gateway, Duration deadline) { ... }
 *
 *   @Override
 *   protected Grants restartGrants(Clock clock, IdGenerator ids, GrantsEventListener events,
 *       ProvisioningGateway gateway, Duration deadline) { ... }
 * }
 * }</pre>
 *
 * <p>Each test starts with no instance. The owner is {@value Fixtures#OWNER}; {@value Fixtures#OTHER_OWNER} is
 * another account with its own instance.
 */
public abstract class PermissionSetSurfaceBehaviour extends ProvisioningWiringBehaviour {
  private static final String TAG_PATTERN = ProvisioningRules.TAG_PATTERN;
  private static final String LATEST = "LATEST_PERMISSION_SET_PROVISIONED";
  private static final String STALE = "LATEST_PERMISSION_SET_NOT_PROVISIONED";

  /** Creates the suite. */
  protected PermissionSetSurfaceBehaviour() {}

  // --- ListPermissionSets ------------------------------------------------------------------------------

  @Test
  void the_permission_sets_of_an_instance_are_listed_in_creation_order_a_page_at_a_time() {
    Instance instance = instance();
    List<PermissionSetArn> created = Stream.of("First", "Second", "Third").map(name -> set(instance, name).arn())
        .toList();
    theirSet(otherInstance());

    Page<PermissionSetArn> page = listSets(Fixtures.listPermissionSets(instance.arn()).maxResults(2)).get();
    assertThat(page.items()).isEqualTo(created.subList(0, 2));
    assertThat(page.nextToken()).isNotNull();
    assertThat(listSets(Fixtures.listPermissionSets(instance.arn()).nextToken(page.nextToken())).get())
        .isEqualTo(new Page<>(created.subList(2, 3), null));
    assertThat(listSets(Fixtures.listPermissionSets(instance.arn())).get()).isEqualTo(new Page<>(created, null));
  }

  @Test
  void a_deleted_permission_set_is_no_longer_listed() {
    Instance instance = instance();
    PermissionSet kept = set(instance, "Kept");
    PermissionSet deleted = set(instance, "Deleted");

    grants.permissionSets().deletePermissionSet(Fixtures.deletePermissionSet(instance.arn(), deleted.arn()).build())
        .get();

    assertThat(listSets(Fixtures.listPermissionSets(instance.arn())).get().items()).containsExactly(kept.arn());
  }

  @Test
  void an_instance_with_no_permission_set_lists_none() {
    Instance instance = instance();

    assertThat(listSets(Fixtures.listPermissionSets(instance.arn())).get()).isEqualTo(new Page<>(List.of(), null));
  }

  @Test
  void list_permission_sets_refuses_tokens_it_did_not_sign_for_this_listing() {
    Instance instance = instance();
    set(instance, "First");
    set(instance, "Second");
    String instancesToken = grants.permissionSets().listInstances(Fixtures.listInstances().maxResults(1).build())
        .get().nextToken();
    String token = listSets(Fixtures.listPermissionSets(instance.arn()).maxResults(1)).get().nextToken();

    assertThat(listSets(Fixtures.listPermissionSets(instance.arn()).nextToken(PermissionSetsBehaviour.FORGED_TOKEN)))
        .isEqualTo(Either.left(new GrantsError.InvalidPageToken(PermissionSetsBehaviour.FORGED_TOKEN)));
    assertThat(token).isNotNull();
    assertThat(instancesToken).as("one instance fits one page").isNull();
    Instance theirs = otherInstance();
    theirSet(theirs);
    grants.permissionSets().createPermissionSet(Fixtures.createPermissionSet(theirs.arn())
        .context(Fixtures.otherContext()).name("B").build()).get();
    String theirToken = grants.permissionSets().listPermissionSets(Fixtures.listPermissionSets(theirs.arn())
        .context(Fixtures.otherContext()).maxResults(1).build()).get().nextToken();
    assertThat(listSets(Fixtures.listPermissionSets(instance.arn()).nextToken(theirToken)))
        .as("a token of another instance's listing")
        .isEqualTo(Either.left(new GrantsError.InvalidPageToken(theirToken)));
  }

  @Test
  void list_permission_sets_reports_every_model_violation_and_unknown_or_foreign_instances() {
    Instance theirs = otherInstance();

    assertThat(listSets(Fixtures.listPermissionSets(theirs.arn()).instanceArn(null).maxResults(0).nextToken("!")))
        .isEqualTo(invalid(new Violation("instanceArn", null, Constraint.notNull()),
            new Violation("maxResults", "0", Constraint.minValue(1)),
            new Violation("nextToken", "!", Constraint.pattern(PermissionSetsBehaviour.TOKEN_PATTERN))));
    assertThat(listSets(Fixtures.listPermissionSets(theirs.arn()).maxResults(101)))
        .isEqualTo(invalid(new Violation("maxResults", "101", Constraint.maxValue(100))));
    assertThat(listSets(Fixtures.listPermissionSets(PermissionSetsBehaviour.UNKNOWN_INSTANCE)))
        .isEqualTo(Either.left(new GrantsError.InstanceNotFound(PermissionSetsBehaviour.UNKNOWN_INSTANCE)));
    assertThat(listSets(Fixtures.listPermissionSets(theirs.arn())))
        .isEqualTo(deniedOn(theirs, "sso:ListPermissionSets"));
  }

  // --- UpdatePermissionSet -----------------------------------------------------------------------------

  @Test
  void an_update_changes_the_members_given_keeps_the_others_and_is_a_new_definition() {
    Instance instance = instance();
    PermissionSet created = grants.permissionSets().createPermissionSet(Fixtures.createPermissionSet(instance.arn())
        .description("before").relayState("https://example.com/before").build()).get();

    PermissionSet updated = update(Fixtures.updatePermissionSet(instance.arn(), created.arn())
        .sessionDuration("PT2H").relayState("https://example.com/after")).get();

    assertThat(updated).isEqualTo(new PermissionSet(created.arn(), created.name(), "before", "PT2H",
        "https://example.com/after", null, created.createdDate(), 2));
    assertThat(describe(instance, created.arn())).isEqualTo(Either.right(updated));
    PermissionSet again = update(Fixtures.updatePermissionSet(instance.arn(), created.arn()).description("after"))
        .get();
    assertThat(again.description()).isEqualTo("after");
    assertThat(again.sessionDuration()).isEqualTo("PT2H");
    assertThat(again.definitionVersion()).isEqualTo(3);
  }

  @Test
  void an_update_keeps_the_inline_policy() {
    Instance instance = instance();
    PermissionSet set = set(instance, "WithPolicy");
    grants.permissionSets().putInlinePolicy(Fixtures.putInlinePolicy(instance.arn(), set.arn()).build()).get();

    PermissionSet updated = update(Fixtures.updatePermissionSet(instance.arn(), set.arn()).description("d")).get();

    assertThat(updated.inlinePolicy()).isEqualTo(Fixtures.INLINE_POLICY);
    assertThat(updated.definitionVersion()).isEqualTo(3);
  }

  @Test
  void every_update_makes_the_accounts_it_is_provisioned_to_stale_until_provisioned_again() {
    Instance instance = instance();
    PermissionSet set = set(instance, "Provisioned");
    provision(instance, set, Fixtures.ACCOUNT_A);
    assertThat(accounts(instance, set, LATEST)).containsExactly(Fixtures.ACCOUNT_A);

    update(Fixtures.updatePermissionSet(instance.arn(), set.arn())).get();

    assertThat(accounts(instance, set, STALE)).as("an update with no member is a new definition too")
        .containsExactly(Fixtures.ACCOUNT_A);
    assertThat(accounts(instance, set, LATEST)).isEmpty();
    provision(instance, set, Fixtures.ACCOUNT_A);
    assertThat(accounts(instance, set, LATEST)).containsExactly(Fixtures.ACCOUNT_A);
  }

  @Test
  void an_update_breaking_the_model_reports_every_violation_and_changes_nothing() {
    Instance instance = instance();
    PermissionSet set = set(instance, "Unchanged");
    String longRelay = "a".repeat(241);

    assertThat(update(Fixtures.updatePermissionSet(instance.arn(), set.arn()).description("")
        .sessionDuration("1 hour").relayState(longRelay)))
        .isEqualTo(invalid(new Violation("description", "", Constraint.minLength(1)),
            new Violation("sessionDuration", "1 hour", Constraint.pattern(PermissionSetsBehaviour.DURATION_PATTERN)),
            new Violation("relayState", longRelay, Constraint.maxLength(240))));
    assertThat(update(Fixtures.updatePermissionSet(instance.arn(), set.arn()).permissionSetArn(null)))
        .isEqualTo(invalid(new Violation("permissionSetArn", null, Constraint.notNull())));
    assertThat(describe(instance, set.arn())).isEqualTo(Either.right(set));
  }

  @Test
  void an_update_of_an_unknown_or_foreign_permission_set_is_refused() {
    Strangers world = strangers();

    assertThat(update(Fixtures.updatePermissionSet(world.mine().arn(), world.unknown()).description("d")))
        .isEqualTo(Either.left(new GrantsError.PermissionSetNotFound(world.unknown())));
    assertThat(update(Fixtures.updatePermissionSet(world.theirs().arn(), world.their().arn()).description("d")))
        .isEqualTo(deniedOn(world.theirs(), "sso:UpdatePermissionSet"));
    assertThat(update(Fixtures.updatePermissionSet(PermissionSetsBehaviour.UNKNOWN_INSTANCE, world.unknown())))
        .isEqualTo(Either.left(new GrantsError.InstanceNotFound(PermissionSetsBehaviour.UNKNOWN_INSTANCE)));
  }

  // --- DescribeInstance --------------------------------------------------------------------------------

  @Test
  void describe_instance_reads_the_callers_instance() {
    Instance instance = grants.permissionSets().createInstance(Fixtures.createInstance().name("main").build()).get();

    assertThat(grants.permissionSets().describeInstance(Fixtures.describeInstance(instance.arn()).build()))
        .isEqualTo(Either.right(instance));
  }

  @Test
  void describe_instance_denies_an_unknown_instance_as_it_denies_another_accounts() {
    Instance theirs = otherInstance();

    assertThat(grants.permissionSets().describeInstance(Fixtures.describeInstance(theirs.arn()).build()))
        .isEqualTo(deniedOn(theirs, "sso:DescribeInstance"));
    assertThat(grants.permissionSets().describeInstance(
        Fixtures.describeInstance(PermissionSetsBehaviour.UNKNOWN_INSTANCE).build()))
        .isEqualTo(Either.left(new GrantsError.AccessDenied(Fixtures.OWNER,
            Arn.parse(PermissionSetsBehaviour.UNKNOWN_INSTANCE.toString()).get(), "sso:DescribeInstance")));
    assertThat(grants.permissionSets().describeInstance(Fixtures.describeInstance(theirs.arn()).instanceArn("x")
        .build())).isEqualTo(invalid(new Violation("instanceArn", "x", Constraint.minLength(10)),
            new Violation("instanceArn", "x", Constraint.pattern(PermissionSetsBehaviour.INSTANCE_ARN_PATTERN))));
  }

  // --- tags ---------------------------------------------------------------------------------------------

  @Test
  void the_tags_a_permission_set_and_an_instance_are_created_with_are_kept_and_listed_in_order() {
    Instance instance = grants.permissionSets().createInstance(Fixtures.createInstance()
        .tags(List.of(TagMember.of("env", "prod"), TagMember.of("owner", ""))).build()).get();
    PermissionSet set = grants.permissionSets().createPermissionSet(Fixtures.createPermissionSet(instance.arn())
        .tags(List.of(TagMember.of("b", "2"), TagMember.of("a", "1"))).build()).get();

    assertThat(tags(instance.arn())).containsExactly(new Tag("env", "prod"), new Tag("owner", ""));
    assertThat(tags(set.arn())).containsExactly(new Tag("b", "2"), new Tag("a", "1"));
    assertThat(tags(set(instance, "Untagged").arn())).isEmpty();
  }

  @Test
  void a_key_given_twice_keeps_its_first_place_and_its_last_value() {
    Instance instance = instance();
    PermissionSet set = grants.permissionSets().createPermissionSet(Fixtures.createPermissionSet(instance.arn())
        .tags(List.of(TagMember.of("a", "1"), TagMember.of("b", "2"), TagMember.of("a", "3"))).build()).get();

    assertThat(tags(set.arn())).containsExactly(new Tag("a", "3"), new Tag("b", "2"));
  }

  @Test
  void tag_resource_adds_new_keys_last_and_gives_existing_keys_their_new_value_in_place() {
    Instance instance = instance();
    PermissionSet set = grants.permissionSets().createPermissionSet(Fixtures.createPermissionSet(instance.arn())
        .tags(List.of(TagMember.of("a", "1"), TagMember.of("b", "2"))).build()).get();

    assertThat(tag(Fixtures.tagResource(set.arn()).instanceArn(instance.arn().toString())
        .tags(List.of(TagMember.of("c", "3"), TagMember.of("a", "one")))))
        .isEqualTo(Either.right(List.of(new Tag("a", "one"), new Tag("b", "2"), new Tag("c", "3"))));
    assertThat(tags(set.arn())).containsExactly(new Tag("a", "one"), new Tag("b", "2"), new Tag("c", "3"));
    assertThat(tag(Fixtures.tagResource(instance.arn())))
        .isEqualTo(Either.right(List.of(new Tag(Fixtures.TAG_KEY, Fixtures.TAG_VALUE))));
    assertThat(tags(instance.arn())).containsExactly(new Tag(Fixtures.TAG_KEY, Fixtures.TAG_VALUE));
    assertThat(tag(Fixtures.tagResource(set.arn()).tags(List.of()))).as("no tag at all changes nothing")
        .isEqualTo(Either.right(List.of(new Tag("a", "one"), new Tag("b", "2"), new Tag("c", "3"))));
  }

  @Test
  void untag_resource_removes_the_keys_it_has_and_skips_the_others() {
    Instance instance = instance();
    PermissionSet set = grants.permissionSets().createPermissionSet(Fixtures.createPermissionSet(instance.arn())
        .tags(List.of(TagMember.of("a", "1"), TagMember.of("b", "2"), TagMember.of("c", "3"))).build()).get();
    tag(Fixtures.tagResource(instance.arn())).get();

    assertThat(untag(Fixtures.untagResource(set.arn()).tagKeys(List.of("b", "absent"))))
        .isEqualTo(Either.right(List.of(new Tag("a", "1"), new Tag("c", "3"))));
    assertThat(untag(Fixtures.untagResource(instance.arn()).instanceArn(instance.arn().toString())))
        .isEqualTo(Either.right(List.of()));
    assertThat(untag(Fixtures.untagResource(instance.arn()))).as("removing again is no error")
        .isEqualTo(Either.right(List.of()));
    assertThat(tags(set.arn())).containsExactly(new Tag("a", "1"), new Tag("c", "3"));
  }

  @Test
  void tags_are_no_part_of_the_definition_so_provisioned_accounts_stay_current() {
    Instance instance = instance();
    PermissionSet set = set(instance, "Provisioned");
    provision(instance, set, Fixtures.ACCOUNT_A);

    tag(Fixtures.tagResource(set.arn())).get();
    untag(Fixtures.untagResource(set.arn())).get();

    assertThat(describe(instance, set.arn())).isEqualTo(Either.right(set));
    assertThat(accounts(instance, set, LATEST)).containsExactly(Fixtures.ACCOUNT_A);
  }

  @Test
  void a_resource_holds_at_most_fifty_tags_and_a_request_past_it_changes_nothing() {
    Instance instance = instance();
    PermissionSet set = grants.permissionSets().createPermissionSet(Fixtures.createPermissionSet(instance.arn())
        .tags(numbered("k", 0, 48)).build()).get();

    assertThat(tag(Fixtures.tagResource(set.arn()).tags(numbered("k", 48, 50))))
        .isEqualTo(Either.left(new GrantsError.TooManyTags(set.arn(), Tag.MAX_PER_RESOURCE)));
    assertThat(tags(set.arn())).hasSize(49);
    assertThat(tag(Fixtures.tagResource(set.arn()).tags(numbered("k", 0, 48))).map(List::size))
        .as("new values of its own keys").isEqualTo(Either.right(49));
    assertThat(tag(Fixtures.tagResource(set.arn()).tags(numbered("k", 49, 49))).map(List::size))
        .isEqualTo(Either.right(Tag.MAX_PER_RESOURCE));
    assertThat(tags(set.arn())).hasSize(Tag.MAX_PER_RESOURCE);
    assertThat(tag(Fixtures.tagResource(set.arn())))
        .isEqualTo(Either.left(new GrantsError.TooManyTags(set.arn(), Tag.MAX_PER_RESOURCE)));
    assertThat(tag(Fixtures.tagResource(instance.arn()).tags(numbered("k", 0, 50))))
        .isEqualTo(Either.left(new GrantsError.TooManyTags(instance.arn(), Tag.MAX_PER_RESOURCE)));
    assertThat(tags(instance.arn())).isEmpty();
  }

  @Test
  void a_create_with_more_than_fifty_tags_is_refused_and_creates_nothing() {
    Instance instance = instance();

    Either<GrantsError, PermissionSet> refused = grants.permissionSets().createPermissionSet(
        Fixtures.createPermissionSet(instance.arn()).tags(numbered("k", 0, 50)).build());

    assertThat(refused.getLeft()).isInstanceOf(GrantsError.TooManyTags.class);
    assertThat(((GrantsError.TooManyTags) refused.getLeft()).limit()).isEqualTo(Tag.MAX_PER_RESOURCE);
    assertThat(listSets(Fixtures.listPermissionSets(instance.arn())).get().items()).isEmpty();
    assertThat(grants.permissionSets().createInstance(Fixtures.createInstance().context(Fixtures.otherContext())
        .tags(numbered("k", 0, 50)).build()).getLeft()).isInstanceOf(GrantsError.TooManyTags.class);
    assertThat(grants.permissionSets().listInstances(Fixtures.listInstances().context(Fixtures.otherContext())
        .build()).get().items()).isEmpty();
  }

  @Test
  void tags_breaking_the_model_are_reported_each_by_its_place_and_nothing_is_tagged() {
    Instance instance = instance();
    String longKey = "k".repeat(129);
    String longValue = "v".repeat(257);

    assertThat(tag(Fixtures.tagResource(instance.arn()).tags(List.of(TagMember.of("", "ok"),
        TagMember.of(longKey, "bad!"), TagMember.of(null, longValue)))))
        .isEqualTo(invalid(new Violation("tags.1.member.key", "", Constraint.minLength(1)),
            new Violation("tags.2.member.key", longKey, Constraint.maxLength(128)),
            new Violation("tags.2.member.value", "bad!", Constraint.pattern(TAG_PATTERN)),
            new Violation("tags.3.member.key", null, Constraint.notNull()),
            new Violation("tags.3.member.value", longValue, Constraint.maxLength(256))));
    assertThat(tag(Fixtures.tagResource(instance.arn()).tags(null)))
        .isEqualTo(invalid(new Violation("tags", null, Constraint.notNull())));
    List<TagMember> tooMany = numbered("k", 0, 75);
    assertThat(tag(Fixtures.tagResource(instance.arn()).tags(tooMany)))
        .isEqualTo(invalid(new Violation("tags", tooMany.toString(), Constraint.maxItems(75))));
    assertThat(grants.permissionSets().createPermissionSet(Fixtures.createPermissionSet(instance.arn())
        .tags(List.of(TagMember.of("a", "é"), TagMember.of("b", null))).build()))
        .as("letters of any script are allowed; a value must be given")
        .isEqualTo(invalid(new Violation("tags.2.member.value", null, Constraint.notNull())));
    assertThat(tags(instance.arn())).isEmpty();
  }

  @Test
  void untag_and_list_report_every_model_violation() {
    Instance instance = instance();

    assertThat(untag(Fixtures.untagResource(instance.arn()).tagKeys(List.of())))
        .isEqualTo(invalid(new Violation("tagKeys", "[]", Constraint.minItems(1))));
    assertThat(untag(Fixtures.untagResource(instance.arn()).tagKeys(null).resourceArn("arn:aws:sso:::nothing")))
        .isEqualTo(invalid(new Violation("resourceArn", "arn:aws:sso:::nothing",
                Constraint.pattern(ProvisioningRules.RESOURCE_ARN_PATTERN)),
            new Violation("tagKeys", null, Constraint.notNull())));
    assertThat(untag(Fixtures.untagResource(instance.arn()).tagKeys(List.of("ok", "bad!"))))
        .isEqualTo(invalid(new Violation("tagKeys", "[ok, bad!]", Constraint.eachMember(Constraint.pattern(TAG_PATTERN)))));
    assertThat(grants.permissionSets().listTagsForResource(Fixtures.listTagsForResource(instance.arn())
        .resourceArn(null).instanceArn("x").nextToken("!").build()))
        .isEqualTo(invalid(new Violation("instanceArn", "x", Constraint.minLength(10)),
            new Violation("instanceArn", "x", Constraint.pattern(PermissionSetsBehaviour.INSTANCE_ARN_PATTERN)),
            new Violation("resourceArn", null, Constraint.notNull()),
            new Violation("nextToken", "!", Constraint.pattern(PermissionSetsBehaviour.TOKEN_PATTERN))));
  }

  @Test
  void list_tags_refuses_a_token_it_did_not_sign() {
    Instance instance = instance();

    assertThat(grants.permissionSets().listTagsForResource(Fixtures.listTagsForResource(instance.arn())
        .nextToken(PermissionSetsBehaviour.FORGED_TOKEN).build()))
        .isEqualTo(Either.left(new GrantsError.InvalidPageToken(PermissionSetsBehaviour.FORGED_TOKEN)));
    assertThat(grants.permissionSets().listTagsForResource(Fixtures.listTagsForResource(instance.arn())
        .nextToken("").build())).as("an empty token is the first page")
        .isEqualTo(Either.right(new Page<>(List.of(), null)));
  }

  @Test
  void tagging_a_resource_that_is_not_there_or_not_the_callers_is_refused() {
    Strangers world = strangers();
    Instance instance = world.mine();
    Instance theirs = world.theirs();
    PermissionSet their = world.their();
    PermissionSetArn unknown = world.unknown();
    String application = "arn:aws:sso::" + Fixtures.OWNER + ":application/" + instance.arn().id()
        + "/apl-1234567890abcdef";

    assertThat(tag(Fixtures.tagResource(unknown))).isEqualTo(Either.left(new GrantsError.PermissionSetNotFound(unknown)));
    assertThat(untag(Fixtures.untagResource(unknown))).isEqualTo(Either.left(new GrantsError.PermissionSetNotFound(unknown)));
    assertThat(grants.permissionSets().listTagsForResource(Fixtures.listTagsForResource(unknown).build()))
        .isEqualTo(Either.left(new GrantsError.PermissionSetNotFound(unknown)));
    assertThat(tag(Fixtures.tagResource(PermissionSetsBehaviour.UNKNOWN_INSTANCE)))
        .isEqualTo(Either.left(new GrantsError.InstanceNotFound(PermissionSetsBehaviour.UNKNOWN_INSTANCE)));
    assertThat(tag(Fixtures.tagResource(their.arn()))).isEqualTo(deniedOn(theirs, "sso:TagResource"));
    assertThat(untag(Fixtures.untagResource(theirs.arn()))).isEqualTo(deniedOn(theirs, "sso:UntagResource"));
    assertThat(grants.permissionSets().listTagsForResource(Fixtures.listTagsForResource(their.arn()).build()))
        .isEqualTo(deniedOn(theirs, "sso:ListTagsForResource"));
    assertThat(tag(Fixtures.tagResource(their.arn()).instanceArn(instance.arn().toString())))
        .as("a resource of another instance than the one named")
        .isEqualTo(Either.left(new GrantsError.PermissionSetNotFound(their.arn())));
    assertThat(tag(Fixtures.tagResource(instance.arn()).resourceArn(application)))
        .isEqualTo(Either.left(new GrantsError.TaggedResourceNotFound(application, "Application")));
    assertThat(grants.permissionSets().listTagsForResource(Fixtures.listTagsForResource(their.arn())
        .context(Fixtures.otherContext()).build()).get().items()).as("their set is untouched").isEmpty();
  }

  @Test
  void a_deleted_permission_set_takes_its_tags_with_it() {
    Instance instance = instance();
    PermissionSet set = set(instance, "Tagged");
    tag(Fixtures.tagResource(set.arn())).get();

    grants.permissionSets().deletePermissionSet(Fixtures.deletePermissionSet(instance.arn(), set.arn()).build()).get();

    assertThat(grants.permissionSets().listTagsForResource(Fixtures.listTagsForResource(set.arn()).build()))
        .isEqualTo(Either.left(new GrantsError.PermissionSetNotFound(set.arn())));
    assertThat(tag(Fixtures.tagResource(set.arn()))).isEqualTo(Either.left(new GrantsError.PermissionSetNotFound(set.arn())));
    PermissionSet again = set(instance, "Tagged");
    assertThat(tags(again.arn())).as("the name is free again, with no tag").isEmpty();
  }

  // --- helpers ----------------------------------------------------------------------------------------

  /** The owner's instance, another account's with a permission set, and a permission set no one has. */
  private record Strangers(Instance mine, Instance theirs, PermissionSet their, PermissionSetArn unknown) {}

  private Strangers strangers() {
    Instance mine = instance();
    Instance theirs = otherInstance();
    return new Strangers(mine, theirs, theirSet(theirs), PermissionSetArn.of(mine.arn(), "ps-000000000000dead"));
  }

  /** Tags {@code prefix + from} to {@code prefix + to}, both included, each with the value {@code v}. */
  private static List<TagMember> numbered(String prefix, int from, int to) {
    List<TagMember> tags = new ArrayList<>();
    IntStream.rangeClosed(from, to).forEach(n -> tags.add(TagMember.of(prefix + n, "v")));
    return tags;
  }

  private Either<GrantsError, Page<PermissionSetArn>> listSets(
      dev.grants.ports.in.ListPermissionSetsCommand.Builder command) {
    return grants.permissionSets().listPermissionSets(command.build());
  }

  private Either<GrantsError, PermissionSet> update(dev.grants.ports.in.UpdatePermissionSetCommand.Builder command) {
    return grants.permissionSets().updatePermissionSet(command.build());
  }

  private Either<GrantsError, PermissionSet> describe(Instance instance, PermissionSetArn set) {
    return grants.permissionSets().describePermissionSet(Fixtures.describePermissionSet(instance.arn(), set).build());
  }

  private Either<GrantsError, List<Tag>> tag(dev.grants.ports.in.TagResourceCommand.Builder command) {
    return grants.permissionSets().tagResource(command.build());
  }

  private Either<GrantsError, List<Tag>> untag(dev.grants.ports.in.UntagResourceCommand.Builder command) {
    return grants.permissionSets().untagResource(command.build());
  }

  private List<Tag> tags(TaggableArn resource) {
    return grants.permissionSets().listTagsForResource(Fixtures.listTagsForResource(resource).build()).get().items();
  }

  private void provision(Instance instance, PermissionSet set, String account) {
    gateway.answerAtOnce();
    grants.permissionSetProvisioning().provision(Fixtures.provisionToAccount(instance.arn(), set.arn(), account)
        .build()).get();
  }

  private List<String> accounts(Instance instance, PermissionSet set, String filter) {
    return grants.permissionSetProvisioning().listAccounts(Fixtures.listAccountsForProvisionedPermissionSet(
        instance.arn(), set.arn()).provisioningStatus(filter).build()).get().items();
  }
}
