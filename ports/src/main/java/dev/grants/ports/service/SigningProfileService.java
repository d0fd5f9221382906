package dev.grants.ports.service;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.policy.AccessRequest;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.signer.ProfileName;
import dev.grants.domain.signer.ProfilePermission;
import dev.grants.domain.signer.SignerAction;
import dev.grants.domain.signer.SigningProfile;
import dev.grants.domain.signer.SigningProfileArn;
import dev.grants.domain.signer.SigningProfileDraft;
import dev.grants.domain.validation.Constraint;
import dev.grants.domain.validation.MemberRule;
import dev.grants.domain.validation.Violation;
import dev.grants.ports.in.CallContext;
import dev.grants.ports.in.CancelSigningProfileCommand;
import dev.grants.ports.in.GetSigningProfileCommand;
import dev.grants.ports.in.ListSigningProfilesCommand;
import dev.grants.ports.in.Page;
import dev.grants.ports.in.PutSigningProfileCommand;
import dev.grants.ports.in.RevokeSigningProfileCommand;
import dev.grants.ports.in.SigningProfiles;
import dev.grants.ports.out.IdGenerator;
import dev.grants.ports.out.SigningProfileRepository;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link SigningProfiles} on the outbound ports. Put and cancel name a profile of the caller's own account (they take
 * no owner); get reads another account's profile ({@code profileOwner}) exactly where its policy grants the caller
 * {@code signer:GetSigningProfile}. Built by {@link Grants}; thread-safe when its ports are.
 */
public final class SigningProfileService implements SigningProfiles {
  /** {@code profileVersion} of RevokeSigningProfile: 10 letters or digits. */
  static final MemberRule PROFILE_VERSION =
      MemberRule.required("profileVersion").minLength(10).maxLength(10).pattern("^[a-zA-Z0-9]{10}$");
  /** {@code reason} of RevokeSigningProfile: 1 to 500 characters. */
  static final MemberRule REASON = MemberRule.required("reason").minLength(1).maxLength(500);

  private final SigningProfileRepository profiles;
  private final SigningProfileLookup lookup;
  private final PolicyEditor policies;
  private final IdGenerator ids;
  private final Clock clock;
  private final int maxAttempts;
  private final SigningProfileListings listings;

  SigningProfileService(SigningProfileRepository profiles, SigningProfileLookup lookup, PolicyEditor policies,
      IdGenerator ids, Clock clock, int maxAttempts, SignedPageTokens tokens) {
    this.profiles = profiles;
    this.listings = new SigningProfileListings(profiles, tokens);
    this.lookup = lookup;
    this.policies = policies;
    this.ids = ids;
    // Only a revocation reads the time: when it was revoked.
    this.clock = java.util.Objects.requireNonNull(clock, "clock");
    this.maxAttempts = maxAttempts;
  }

  @Override
  public Either<GrantsError, SigningProfile> put(PutSigningProfileCommand command) {
    return PortFailures.contained(() -> Requests.after(ProfileName.RULE.check(command.profileName()),
            SigningProfileDraft.validate(
                command.platformId(),
                command.signingMaterial() != null,
                command.signingMaterial() == null ? null : command.signingMaterial().certificateArn(),
                command.signatureValidityValue(),
                command.signatureValidityType(),
                command.overrides(),
                command.signingParameters(),
                command.tags()))
        .flatMap(draft -> store(SigningProfileLookup.own(command.context(), command.profileName()), draft)));
  }

  private Either<GrantsError, SigningProfile> store(SigningProfileArn arn, SigningProfileDraft draft) {
    return CompareAndSet.<Either<GrantsError, SigningProfile>>retry(maxAttempts, () -> {
      SigningProfile next = draft.createAs(arn, ids.newProfileVersion());
      Option<SigningProfile> current = profiles.find(arn);
      if (current.isEmpty()) {
        if (profiles.insert(next)) {
          return CompareAndSet.done(Either.right(next));
        }
      } else if (!current.get().isActive()) {
        return CompareAndSet.done(Either.left(new GrantsError.ProfileNameNotReusable(arn, current.get().status())));
      } else if (profiles.replace(current.get(), next)) {
        return CompareAndSet.done(Either.right(next));
      }
      return CompareAndSet.again();
    }).getOrElseGet(lost -> Either.left(new GrantsError.ConcurrentModification(arn.arn(), maxAttempts)));
  }

  @Override
  public Either<GrantsError, SigningProfile> get(GetSigningProfileCommand command) {
    return PortFailures.<SigningProfile>contained(() -> Requests.validAll(ProfileName.RULE.validate(command.profileName())
            .combine(ProfileName.PROFILE_OWNER.validate(command.profileOwner()))
            .ap((name, owner) -> name))
        .flatMap(name -> {
          CallContext context = command.context();
          AccountId owner = command.profileOwner() == null ? context.account() : AccountId.of(command.profileOwner());
          SigningProfileArn arn = SigningProfileArn.of(context.region(), owner, name);
          if (context.isAccount(owner)) {
            return lookup.existing(arn);
          }
          // Another account's profile: readable exactly where its policy grants the caller GetSigningProfile (a
          // grant may be limited to the current profile version); an unknown one is refused alike.
          Option<SigningProfile> found = profiles.find(arn);
          AccessRequest request = context.asking(SignerAction.GET_SIGNING_PROFILE.action());
          if (found.isDefined()) {
            request = request.withContext(ProfilePermission.PROFILE_VERSION_KEY, found.get().profileVersion());
          }
          return AccountBoundary.readGranted(context, policies.read(arn.arn()), request, found);
        }));
  }

  @Override
  public Either<GrantsError, Page<SigningProfile>> list(ListSigningProfilesCommand command) {
    return PortFailures.contained(() -> listings.list(command));
  }

  @Override
  public Either<GrantsError, SigningProfile> cancel(CancelSigningProfileCommand command) {
    return PortFailures.contained(() -> Requests.valid(ProfileName.RULE.validate(command.profileName()))
        .flatMap(name -> {
          SigningProfileArn arn = SigningProfileLookup.own(command.context(), name);
          return CompareAndSet.retry(maxAttempts, () -> attemptCancel(arn))
              .getOrElseGet(lost -> Either.left(new GrantsError.ConcurrentModification(arn.arn(), maxAttempts)));
        }));
  }

  private Either<CompareAndSet.Lost, Either<GrantsError, SigningProfile>> attemptCancel(SigningProfileArn arn) {
    Either<GrantsError, SigningProfile> found = lookup.existing(arn);
    if (found.isLeft() || !found.get().isActive()) {
      return CompareAndSet.done(found);
    }
    SigningProfile canceled = found.get().cancel();
    // If the replace fails, whether it happened is read back: a cancel that took effect must still be followed by
    // the new policy revision below.
    if (PortFailures.outcomeOf(() -> profiles.replace(found.get(), canceled),
        () -> profiles.find(arn).filter(canceled::equals).map(stored -> true))) {
      // A new policy revision: a permission change that checked the status before the cancel loses its
      // compare-and-set, checks again, and is refused (SigningProfilePermissionService). Any new revision does, so
      // a failed attempt is made again at once.
      PortFailures.idempotent(() -> policies.edit(
          arn.arn(), (current, next) -> Either.right(current.touched(next)), policy -> null));
      return CompareAndSet.done(Either.right(canceled));
    }
    return CompareAndSet.again();
  }

  @Override
  public Either<GrantsError, SigningProfile> revoke(RevokeSigningProfileCommand command) {
    List<Violation> found = new ArrayList<>(ProfileName.RULE.check(command.profileName()));
    found.addAll(PROFILE_VERSION.check(command.profileVersion()));
    found.addAll(REASON.check(command.reason()));
    if (command.effectiveTime() == null) {
      found.add(new Violation("effectiveTime", null, Constraint.notNull()));
    }
    return PortFailures.contained(() -> Requests.violations(found).flatMap(valid -> {
      SigningProfileArn arn = SigningProfileLookup.own(command.context(), command.profileName());
      return CompareAndSet.<Either<GrantsError, SigningProfile>>retry(maxAttempts,
              () -> attemptRevoke(arn, command))
          .getOrElseGet(lost -> Either.left(new GrantsError.ConcurrentModification(arn.arn(), maxAttempts)));
    }));
  }

  private Either<CompareAndSet.Lost, Either<GrantsError, SigningProfile>> attemptRevoke(
      SigningProfileArn arn, RevokeSigningProfileCommand command) {
    Either<GrantsError, SigningProfile> found = lookup.existing(arn);
    if (found.isLeft()) {
      return CompareAndSet.done(found);
    }
    SigningProfile current = found.get();
    if (!current.isActive()) {
      return CompareAndSet.done(Either.left(new GrantsError.ProfileNotRevocable(arn, current.status())));
    }
    if (!current.profileVersion().equals(command.profileVersion())) {
      return CompareAndSet.done(Either.left(new GrantsError.ProfileVersionNotCurrent(arn, command.profileVersion())));
    }
    // Milliseconds: what the wire carries, and what every store keeps exactly.
    SigningProfile revoked = current.revoke(new SigningProfile.RevocationRecord(
        command.effectiveTime().truncatedTo(ChronoUnit.MILLIS), clock.instant().truncatedTo(ChronoUnit.MILLIS),
        revokedBy(command.context())));
    if (PortFailures.outcomeOf(() -> profiles.replace(current, revoked),
        () -> profiles.find(arn).filter(revoked::equals).map(stored -> true))) {
      // As after a cancel: a permission change that checked the status before the revoke loses its compare-and-set,
      // checks again, and is refused.
      PortFailures.idempotent(() -> policies.edit(
          arn.arn(), (policy, next) -> Either.right(policy.touched(next)), policy -> null));
      return CompareAndSet.done(Either.right(revoked));
    }
    return CompareAndSet.again();
  }

  /** [decided] The identity of the revoker: the caller's account root, as the service has no finer caller here. */
  private static String revokedBy(CallContext context) {
    return "arn:" + context.region().partition().name() + ":iam::" + context.account().value() + ":root";
  }
}
