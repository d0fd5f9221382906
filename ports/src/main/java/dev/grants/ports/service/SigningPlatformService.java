package dev.grants.ports.service;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.signer.SigningPlatform;
import dev.grants.domain.validation.Constraint;
import dev.grants.domain.validation.MemberRule;
import dev.grants.ports.in.GetSigningPlatformCommand;
import dev.grants.ports.in.ListSigningPlatformsCommand;
import dev.grants.ports.in.Page;
import dev.grants.ports.in.SigningPlatforms;
import io.vavr.control.Either;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * {@link SigningPlatforms} from the platforms Grants knows: no store is read, so no store can fail it. Built by
 * {@link Grants}; thread-safe.
 */
public final class SigningPlatformService implements SigningPlatforms {
  /** {@code platformId} of GetSigningPlatform: a path label, so never absent on the wire. */
  static final MemberRule PLATFORM_ID = MemberRule.required("platformId");
  /** {@code maxResults} of ListSigningPlatforms: 1 to 25. */
  static final MemberRule MAX_RESULTS =
      MemberRule.optional("maxResults").with(Constraint.minValue(1)).with(Constraint.maxValue(25));
  /** How many platforms a page holds when {@code maxResults} is not given: the model's maximum. */
  static final int DEFAULT_MAX_RESULTS = 25;

  private final SignedPageTokens tokens;

  SigningPlatformService(SignedPageTokens tokens) {
    this.tokens = tokens;
  }

  @Override
  public Either<GrantsError, SigningPlatform> get(GetSigningPlatformCommand command) {
    return PortFailures.contained(() -> Requests.after(PLATFORM_ID.check(command.platformId()),
            Either.<GrantsError, String>right(command.platformId()))
        .flatMap(id -> SigningPlatform.parse(id)
            .<Either<GrantsError, SigningPlatform>>map(Either::right)
            .getOrElse(() -> Either.left(new GrantsError.SigningPlatformNotFound(id)))));
  }

  @Override
  public Either<GrantsError, Page<SigningPlatform>> list(ListSigningPlatformsCommand command) {
    Integer maxResults = command.maxResults();
    return PortFailures.contained(() -> Requests.after(MAX_RESULTS.check(maxResults == null ? null : String.valueOf(maxResults)),
        Either.<GrantsError, List<SigningPlatform>>right(Arrays.stream(SigningPlatform.values())
            .filter(platform -> passes(command.category(), platform.facts().category())
                && passes(command.partner(), platform.facts().partner())
                && passes(command.target(), platform.facts().target()))
            .toList()))
        // The token is bound to the filters: a page of one filtering does not go on in another.
        .flatMap(matching -> tokens.page("platforms|" + command.category() + '|' + command.partner() + '|'
            + command.target(), matching, maxResults == null ? DEFAULT_MAX_RESULTS : maxResults,
            command.nextToken())));
  }

  /** Whether {@code actual} passes the filter {@code wanted} (none: every value does). */
  private static boolean passes(String wanted, String actual) {
    return wanted == null || Objects.equals(wanted, actual);
  }
}
