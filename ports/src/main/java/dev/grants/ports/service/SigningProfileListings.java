package dev.grants.ports.service;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.signer.SigningProfile;
import dev.grants.domain.signer.SigningProfileStatus;
import dev.grants.domain.validation.MemberRule;
import dev.grants.domain.validation.Violation;
import dev.grants.ports.in.CallContext;
import dev.grants.ports.in.ListSigningProfilesCommand;
import dev.grants.ports.in.Page;
import dev.grants.ports.out.SigningProfileRepository;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code ListSigningProfiles}: the caller's own profiles in its region, by profile name, paged by key (the last name
 * of a page, signed with the listing and its filters), so that a profile put between two pages neither repeats nor
 * skips one.
 *
 * @param profiles where the profiles are kept
 * @param tokens what signs and checks the page tokens
 */
record SigningProfileListings(SigningProfileRepository profiles, SignedPageTokens tokens) {
  /** {@code statuses}: each one of the model's {@code SigningProfileStatus}. */
  static final MemberRule STATUSES = MemberRule.optional("statuses")
      .oneOf(Arrays.stream(SigningProfileStatus.values()).map(SigningProfileStatus::wireName).toList());

  Either<GrantsError, Page<SigningProfile>> list(ListSigningProfilesCommand command) {
    Integer maxResults = command.maxResults();
    List<Violation> found = new ArrayList<>(
        // The model's one MaxResults shape, as ListSigningPlatforms checks it.
        SigningPlatformService.MAX_RESULTS.check(maxResults == null ? null : String.valueOf(maxResults)));
    found.addAll(STATUSES.checkList(command.statuses()));
    return Requests.violations(found).flatMap(valid -> {
      CallContext context = command.context();
      // The token is bound to the caller, its region and the filters: a page of one listing does not go on in another.
      String listing = "signing-profiles|" + context.region().partition().name() + '|' + context.region().name() + '|'
          + context.account().value() + '|' + command.includeCanceled() + '|' + command.platformId() + '|'
          + command.statuses();
      return after(listing, command.nextToken()).map(after -> {
        List<SigningProfile> matching = profiles
            .ownedBy(context.region().partition(), context.region().name(), context.account()).stream()
            .filter(profile -> profile.arn().name().compareTo(after) > 0 && passes(command, profile))
            .toList();
        int limit = maxResults == null ? SigningPlatformService.DEFAULT_MAX_RESULTS : maxResults;
        if (matching.size() <= limit) {
          return new Page<>(matching, null);
        }
        List<SigningProfile> shown = matching.subList(0, limit);
        return new Page<>(shown, tokens.writePosition(listing,
            shown.get(limit - 1).arn().name().getBytes(StandardCharsets.UTF_8)));
      });
    });
  }

  /**
   * [decided] Canceled profiles only with {@code includeCanceled} (the model: "only profiles with an ACTIVE status
   * unless includeCanceled"; Revoked ones stay listed, as RevokeSigningProfile's documentation says), even when
   * {@code statuses} names Canceled: the statuses narrow what includeCanceled lets through.
   */
  private static boolean passes(ListSigningProfilesCommand command, SigningProfile profile) {
    SigningProfileStatus status = profile.status();
    return (command.includeCanceled() || status != SigningProfileStatus.CANCELED)
        && (command.platformId() == null || command.platformId().equals(profile.platform().platformId()))
        && (command.statuses().isEmpty() || command.statuses().contains(status.wireName()));
  }

  /** The last profile name of the previous page; the empty name (before every name) without a token. */
  private Either<GrantsError, String> after(String listing, String token) {
    if (token == null || token.isEmpty()) {
      return Either.right("");
    }
    return tokens.readPosition(listing, token).map(position -> new String(position, StandardCharsets.UTF_8));
  }
}
