package dev.grants.adapters.http;

import static dev.grants.adapters.json.signer.SignerCodec.PROFILE_NAME;
import static dev.grants.adapters.json.signer.SignerCodec.STATEMENT_ID;
import static dev.grants.adapters.json.signer.SignerOperation.ADD_PROFILE_PERMISSION;
import static dev.grants.adapters.json.signer.SignerOperation.CANCEL_SIGNING_PROFILE;
import static dev.grants.adapters.json.signer.SignerOperation.GET_SIGNING_PLATFORM;
import static dev.grants.adapters.json.signer.SignerOperation.GET_SIGNING_PROFILE;
import static dev.grants.adapters.json.signer.SignerOperation.LIST_SIGNING_PLATFORMS;
import static dev.grants.adapters.json.signer.SignerOperation.LIST_SIGNING_PROFILES;
import static dev.grants.adapters.json.signer.SignerOperation.LIST_TAGS_FOR_RESOURCE;
import static dev.grants.adapters.json.signer.SignerOperation.LIST_PROFILE_PERMISSIONS;
import static dev.grants.adapters.json.signer.SignerOperation.PUT_SIGNING_PROFILE;
import static dev.grants.adapters.json.signer.SignerOperation.REMOVE_PROFILE_PERMISSION;
import static dev.grants.adapters.json.signer.SignerOperation.REVOKE_SIGNING_PROFILE;
import static dev.grants.adapters.json.signer.SignerOperation.TAG_RESOURCE;
import static dev.grants.adapters.json.signer.SignerOperation.UNTAG_RESOURCE;

import dev.grants.adapters.json.signer.SignerCodec;
import dev.grants.adapters.json.signer.SignerOperation;
import dev.grants.adapters.json.signer.SignerPlatformCodec;
import dev.grants.adapters.json.signer.SignerProfileListCodec;
import dev.grants.adapters.json.signer.SignerTagCodec;
import java.util.List;
import dev.grants.ports.in.SigningPlatforms;
import dev.grants.ports.in.SigningProfilePermissions;
import dev.grants.ports.in.SigningProfileTags;
import dev.grants.ports.in.SigningProfiles;

/**
 * The Signer paths under {@code /signing-profiles}, {@code /signing-platforms} and {@code /tags}: each operation ({@link SignerOperation}) routed once to the
 * codec and the inbound port. The signing name of the credential scope tells nothing the path does not, so it is
 * not read.
 */
final class SignerFamily {
  private SignerFamily() {}

  /** The family, in front of the inbound ports of profiles, their permissions, their tags and the platforms. */
  static Family create(SigningProfiles profiles, SigningProfilePermissions permissions, SigningProfileTags tags,
      SigningPlatforms platforms) {
    SignerCodec codec = SignerCodec.create();
    SignerPlatformCodec platformCodec = SignerPlatformCodec.create();
    SignerProfileListCodec profileListCodec = SignerProfileListCodec.create();
    SignerTagCodec tagCodec = SignerTagCodec.create();
    RouteTable<SignerOperation> routes =
        RouteTable.builder(SignerOperation.class, (operation, error) ->
            operation.isTagOperation() ? tagCodec.encodeError(error) : codec.encodeError(error))
            .on(PUT_SIGNING_PROFILE,
                call -> codec.decodePutSigningProfile(call.context(), call.label(PROFILE_NAME), call.body()),
                profiles::put, codec::encodePut)
            .on(LIST_SIGNING_PROFILES,
                call -> profileListCodec.decodeListSigningProfiles(call.context(), call.query()),
                profiles::list, profileListCodec::encodeProfiles)
            .on(GET_SIGNING_PROFILE,
                call -> codec.decodeGetSigningProfile(call.context(), call.label(PROFILE_NAME), call.query()),
                profiles::get, codec::encodeProfile)
            .on(CANCEL_SIGNING_PROFILE,
                call -> codec.decodeCancelSigningProfile(call.context(), call.label(PROFILE_NAME)),
                profiles::cancel, codec::encodeCanceled)
            .on(REVOKE_SIGNING_PROFILE,
                call -> codec.decodeRevokeSigningProfile(call.context(), call.label(PROFILE_NAME), call.body()),
                profiles::revoke, codec::encodeRevoked)
            .on(ADD_PROFILE_PERMISSION,
                call -> codec.decodeAddProfilePermission(call.context(), call.label(PROFILE_NAME), call.body()),
                permissions::add, codec::encodeAdded)
            .on(LIST_PROFILE_PERMISSIONS,
                call -> codec.decodeListProfilePermissions(call.context(), call.label(PROFILE_NAME), call.query()),
                permissions::list, codec::encodeList)
            .on(REMOVE_PROFILE_PERMISSION,
                call -> codec.decodeRemoveProfilePermission(call.context(), call.label(PROFILE_NAME),
                    call.label(STATEMENT_ID), call.query()),
                permissions::remove, codec::encodeRemoved)
            .on(GET_SIGNING_PLATFORM,
                call -> platformCodec.decodeGetSigningPlatform(call.context(), call.label(SignerPlatformCodec.PLATFORM_ID)),
                platforms::get, platformCodec::encodePlatform)
            .on(LIST_SIGNING_PLATFORMS,
                call -> platformCodec.decodeListSigningPlatforms(call.context(), call.query()),
                platforms::list, platformCodec::encodePlatforms)
            .on(TAG_RESOURCE,
                call -> tagCodec.decodeTagResource(call.context(), call.label(SignerTagCodec.RESOURCE_ARN), call.body()),
                tags::tag, tagCodec::encodeChanged)
            .on(UNTAG_RESOURCE,
                call -> tagCodec.decodeUntagResource(call.context(), call.label(SignerTagCodec.RESOURCE_ARN),
                    call.query()),
                tags::untag, tagCodec::encodeChanged)
            .on(LIST_TAGS_FOR_RESOURCE,
                call -> tagCodec.decodeListTagsForResource(call.context(), call.label(SignerTagCodec.RESOURCE_ARN)),
                tags::list, tagCodec::encodeTags)
            .build();
    Family.Faults faults = new Family.Faults(() -> codec.internalError(Family.INTERNAL_ERROR), codec::tooManyRequests,
        codec::invalidRequestContent, codec::requestTooLarge);
    return new RestFamily<>(List.of("/signing-profiles", "/signing-platforms", "/tags"), SignerOperation.class, routes, codec::unknownOperation, faults);
  }
}
