package dev.grants.adapters.json.signer;

import dev.grants.adapters.json.wire.JsonWriting;
import dev.grants.adapters.json.wire.Query;
import dev.grants.adapters.json.wire.WireResponse;
import dev.grants.domain.signer.SigningProfile;
import dev.grants.ports.in.CallContext;
import dev.grants.ports.in.ListSigningProfilesCommand;
import dev.grants.ports.in.Page;
import io.vavr.control.Either;
import java.util.List;
import java.util.Map;

/**
 * {@code ListSigningProfiles} on the wire: {@code GET /signing-profiles?includeCanceled=&platformId=&statuses=&
 * maxResults=&nextToken=} ({@code statuses} repeated, one value each) to its command, a page of profiles to
 * {@code {"profiles":[...],"nextToken":...}}. Errors are {@link SignerCodec}'s.
 *
 * <pre>{@code
 * SignerProfileListCodec codec = SignerProfileListCodec.create();
 * codec.encodeProfiles(new Page<>(List.of(), null)); // {"profiles":[]}
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class SignerProfileListCodec {
  /** {@code includeCanceled}. */
  public static final String INCLUDE_CANCELED = "includeCanceled";
  /** {@code statuses}, one query parameter per status. */
  public static final String STATUSES = "statuses";
  /** {@code profiles}. */
  public static final String PROFILES = "profiles";

  private SignerProfileListCodec() {}

  /** The codec. */
  public static SignerProfileListCodec create() {
    return new SignerProfileListCodec();
  }

  /** {@code GET /signing-profiles} with its query. */
  public Either<WireResponse, ListSigningProfilesCommand> decodeListSigningProfiles(
      CallContext context, Map<String, List<String>> query) {
    String includeCanceled = Query.first(query, INCLUDE_CANCELED);
    if (includeCanceled != null && !includeCanceled.equals("true") && !includeCanceled.equals("false")) {
      // [decided] The model's boolean, worded as the service's validation message words a value of the wrong type.
      return Either.left(SignerCodec.validation("1 validation error detected: Value '" + includeCanceled
          + "' at 'includeCanceled' failed to satisfy constraint: Member must be a boolean"));
    }
    List<String> statuses = query.getOrDefault(STATUSES, List.of());
    return SignerPlatformCodec.maxResults(query).map(maxResults -> ListSigningProfilesCommand.builder()
        .context(context)
        .includeCanceled(Boolean.parseBoolean(includeCanceled))
        .platformId(Query.first(query, SignerCodec.PLATFORM_ID))
        .statuses(statuses)
        .maxResults(maxResults)
        .nextToken(Query.first(query, SignerCodec.NEXT_TOKEN))
        .build());
  }

  /** The answer of {@code ListSigningProfiles}: each profile without its revocation record and overrides. */
  public WireResponse encodeProfiles(Page<SigningProfile> page) {
    return WireResponse.json(SignerOperation.LIST_SIGNING_PROFILES.route().successStatus(), JsonWriting.json(out -> {
      out.writeStartObject();
      out.writeArrayFieldStart(PROFILES);
      for (SigningProfile profile : page.items()) {
        SignerCodec.writeProfile(out, profile, false);
      }
      out.writeEndArray();
      JsonWriting.optional(out, SignerCodec.NEXT_TOKEN, page.nextToken());
      out.writeEndObject();
    }));
  }
}
