package dev.grants.ports.service;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Partition;
import dev.grants.domain.signer.SignerTags;
import dev.grants.domain.signer.SigningProfile;
import dev.grants.domain.signer.SigningProfileArn;
import dev.grants.domain.validation.MemberRule;
import dev.grants.domain.validation.Violation;
import dev.grants.ports.in.CallContext;
import dev.grants.ports.in.SignerListTagsForResourceCommand;
import dev.grants.ports.in.SignerTagResourceCommand;
import dev.grants.ports.in.SignerUntagResourceCommand;
import dev.grants.ports.in.SigningProfileTags;
import dev.grants.ports.out.SigningProfileRepository;
import io.vavr.control.Either;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link SigningProfileTags} on the profile repository: the tags are part of the profile, so a change is one
 * compare-and-set of the whole profile (all tags or none), retried when another change came first. Built by
 * {@link Grants}; thread-safe when its ports are.
 */
public final class SigningProfileTagService implements SigningProfileTags {
  /** {@code resourceArn}: required (a path label, so never absent on the wire). */
  static final MemberRule RESOURCE_ARN = MemberRule.required("resourceArn");
  /** {@code tags} of TagResource: required. */
  static final MemberRule TAGS = MemberRule.required("tags");
  /** A signing profile's ARN, without a version. */
  private static final Pattern PROFILE_ARN = Pattern.compile(
      "arn:(aws|aws-cn|aws-us-gov|aws-iso|aws-iso-b):signer:([a-z0-9-]+):(\\d{12}):/signing-profiles/([a-zA-Z0-9_]{2,64})");

  private final SigningProfileRepository profiles;
  private final SigningProfileLookup lookup;
  private final int maxAttempts;

  /** The tags of the profiles in {@code profiles}, a change tried at most {@code maxAttempts} times. */
  SigningProfileTagService(SigningProfileRepository profiles, int maxAttempts) {
    this.lookup = new SigningProfileLookup(profiles);
    this.profiles = profiles;
    this.maxAttempts = maxAttempts;
  }

  @Override
  public Either<GrantsError, Map<String, String>> tag(SignerTagResourceCommand command) {
    Map<String, String> added = command.tags();
    List<Violation> found = new java.util.ArrayList<>(RESOURCE_ARN.check(command.resourceArn()));
    found.addAll(added == null ? TAGS.check(null) : SignerTags.violations("tags", added));
    return PortFailures.contained(() -> Requests.violations(found)
        .flatMap(valid -> profileArn(command.context(), command.resourceArn()))
        .flatMap(arn -> change(arn, current -> SignerTags.merged(current, added))));
  }

  @Override
  public Either<GrantsError, Map<String, String>> untag(SignerUntagResourceCommand command) {
    List<Violation> found = new java.util.ArrayList<>(RESOURCE_ARN.check(command.resourceArn()));
    found.addAll(SignerTags.TAG_KEYS.checkList(command.tagKeys()));
    return PortFailures.contained(() -> Requests.violations(found)
        .flatMap(valid -> profileArn(command.context(), command.resourceArn()))
        .flatMap(arn -> change(arn, current -> SignerTags.without(current, command.tagKeys()))));
  }

  @Override
  public Either<GrantsError, Map<String, String>> list(SignerListTagsForResourceCommand command) {
    return PortFailures.contained(() -> Requests.violations(RESOURCE_ARN.check(command.resourceArn()))
        .flatMap(valid -> profileArn(command.context(), command.resourceArn()))
        .flatMap(lookup::existing)
        .map(SigningProfile::tags));
  }

  /**
   * The profile {@code raw} names, if it is the caller's own in the call's region: a profile of another account or
   * region is not found, as the caller cannot tell it from one that does not exist.
   */
  private static Either<GrantsError, SigningProfileArn> profileArn(CallContext context, String raw) {
    Matcher parts = PROFILE_ARN.matcher(raw);
    if (!parts.matches()) {
      return Either.left(new GrantsError.InvalidSignerResourceArn(raw));
    }
    SigningProfileArn named = new SigningProfileArn(Partition.of(parts.group(1)), parts.group(2),
        AccountId.of(parts.group(3)), parts.group(4));
    SigningProfileArn own = SigningProfileLookup.own(context, named.name());
    return own.equals(named) ? Either.right(own) : Either.left(new GrantsError.SigningProfileNotFound(named));
  }

  /** Replaces the tags of profile {@code arn} by {@code next} of its current ones; the tags after. */
  private Either<GrantsError, Map<String, String>> change(
      SigningProfileArn arn, UnaryOperator<Map<String, String>> next) {
    return CompareAndSet.<Either<GrantsError, Map<String, String>>>retry(maxAttempts, () -> {
      Either<GrantsError, SigningProfile> found = lookup.existing(arn);
      if (found.isLeft()) {
        return CompareAndSet.done(found.map(SigningProfile::tags));
      }
      SigningProfile current = found.get();
      Map<String, String> tags = next.apply(current.tags());
      if (tags.size() > SignerTags.MAX_PER_PROFILE) {
        return CompareAndSet.done(Either.left(new GrantsError.TooManySignerTags(arn, SignerTags.MAX_PER_PROFILE)));
      }
      SigningProfile changed = current.withTags(tags);
      if (changed.equals(current)) {
        return CompareAndSet.done(Either.right(current.tags()));
      }
      // A replace whose outcome is unknown is read back: the tags either are the new ones or not.
      return PortFailures.outcomeOf(() -> profiles.replace(current, changed),
              () -> profiles.find(arn).filter(changed::equals).map(stored -> true))
          ? CompareAndSet.done(Either.right(changed.tags()))
          : CompareAndSet.again();
    }).getOrElseGet(lost -> Either.left(new GrantsError.ConcurrentModification(arn.arn(), maxAttempts)));
  }
}
