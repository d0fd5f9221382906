package dev.grants.ports.service;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.provisioning.InstanceArn;
import dev.grants.domain.provisioning.PermissionSetArn;
import dev.grants.domain.provisioning.ProvisioningRules;
import dev.grants.domain.provisioning.Tag;
import dev.grants.domain.provisioning.TaggableArn;
import dev.grants.domain.validation.MemberRule;
import dev.grants.domain.validation.Violation;
import dev.grants.ports.in.TagMember;
import dev.grants.ports.in.TaggedResourceAddress;
import dev.grants.ports.out.PermissionSetRepository;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of Identity Center tags that every tagging operation and every create with tags share: the checks of a
 * {@code Tags} list, its keys made distinct, and which resource a {@code ResourceArn} names and whether the caller
 * may tag it. Stateless but for the directory it reads.
 */
final class ResourceTags {
  /** The kinds of taggable resource the model names that Grants keeps none of, and their names in messages. */
  private static final Pattern UNKEPT =
      Pattern.compile("arn:[^:]+:sso::\\d{12}:(application|trustedTokenIssuer)/.*");

  private final PermissionSetRepository directory;
  private final PermissionSetLookup lookup;

  ResourceTags(PermissionSetRepository directory, PermissionSetLookup lookup) {
    this.directory = directory;
    this.lookup = lookup;
  }

  /** Every violation of the list member {@code rule} and of each tag in it (named {@code tags.1.member.key}). */
  static List<Violation> check(MemberRule rule, List<TagMember> tags) {
    List<Violation> found = new ArrayList<>(0);
    if (tags == null) {
      found.addAll(rule.check(null));
      return found;
    }
    found.addAll(rule.checkList(tags.stream().map(TagMember::toString).toList()));
    for (int i = 0; i < tags.size(); i++) {
      TagMember tag = tags.get(i);
      found.addAll(ProvisioningRules.tag(rule.member(), i + 1,
          tag == null ? null : tag.key(), tag == null ? null : tag.value()));
    }
    return found;
  }

  /**
   * The checked {@code tags} as domain tags with distinct keys: a key given twice keeps its first place and its
   * last value, as if the tags were set one after another.
   */
  static List<Tag> distinct(List<TagMember> tags) {
    if (tags == null) {
      return List.of();
    }
    Map<String, String> byKey = new LinkedHashMap<>();
    tags.forEach(tag -> byKey.put(tag.key(), tag.value()));
    List<Tag> distinct = new ArrayList<>(byKey.size());
    byKey.forEach((key, value) -> distinct.add(new Tag(key, value)));
    return distinct;
  }

  /** Whether {@code tags} stay within the quota of one resource; TooManyTags for {@code resource} otherwise. */
  static Either<GrantsError, List<Tag>> withinQuota(TaggableArn resource, List<Tag> tags) {
    return tags.size() <= Tag.MAX_PER_RESOURCE
        ? Either.right(tags)
        : Either.left(new GrantsError.TooManyTags(resource, Tag.MAX_PER_RESOURCE));
  }

  /**
   * The resource {@code address} names, after the model constraints of its members and of {@code more}: its
   * instance must be the caller's (AccessDenied for {@code action} otherwise), the {@code InstanceArn}, when given,
   * that one, and the resource must exist.
   */
  Either<GrantsError, TaggableArn> resource(TaggedResourceAddress address, List<Violation> more, String action) {
    List<Violation> found = new ArrayList<>();
    found.addAll(ProvisioningRules.OPTIONAL_INSTANCE_ARN.check(address.instanceArn()));
    found.addAll(ProvisioningRules.RESOURCE_ARN.check(address.resourceArn()));
    found.addAll(more);
    return Requests.violations(found).flatMap(valid -> {
      String raw = address.resourceArn();
      Matcher unkept = UNKEPT.matcher(raw);
      if (unkept.matches()) {
        String kind = unkept.group(1);
        return Either.left(new GrantsError.TaggedResourceNotFound(raw,
            Character.toUpperCase(kind.charAt(0)) + kind.substring(1)));
      }
      TaggableArn resource = parse(raw);
      String instance = address.instanceArn() == null ? resource.instance().toString() : address.instanceArn();
      return lookup.ownedInstance(address.context(), instance, action).flatMap(owned -> {
        if (!owned.arn().equals(resource.instance())) {
          return Either.left(notFound(resource));
        }
        return Either.right(resource);
      });
    });
  }

  /** The tags of {@code resource}, or its not-found error. */
  Either<GrantsError, List<Tag>> tagsOf(TaggableArn resource) {
    return directory.tagsOf(resource).toEither(() -> notFound(resource));
  }

  /** The not-found error of {@code resource}, by its kind. */
  static GrantsError notFound(TaggableArn resource) {
    if (resource instanceof PermissionSetArn set) {
      return new GrantsError.PermissionSetNotFound(set);
    }
    return new GrantsError.InstanceNotFound((InstanceArn) resource);
  }

  private static TaggableArn parse(String raw) {
    // The pattern admits exactly these two kinds once the unkept ones are out.
    return PermissionSetArn.parse(raw).<TaggableArn>map(set -> set)
        .orElse(() -> InstanceArn.parse(raw).map(instance -> instance))
        .getOrElseThrow(() -> new IllegalStateException("not a taggable ARN: " + raw));
  }
}
