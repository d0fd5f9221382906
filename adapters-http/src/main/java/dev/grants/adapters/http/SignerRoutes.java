package dev.grants.adapters.http;

import dev.grants.adapters.json.SignerCodec;
import dev.grants.adapters.json.WireResponse;
import dev.grants.ports.in.SigningProfilePermissions;
import dev.grants.ports.in.SigningProfiles;
import dev.grants.ports.service.Grants;

/**
 * The Signer paths under {@code /signing-profiles/}: each matched by method and shape, decoded by the codec,
 * run through the inbound port, and answered by the codec. The signing name of the credential scope tells
 * nothing the path does not, so it is not read.
 */
final class SignerRoutes {
  static final String PREFIX = "/signing-profiles/";

  private final SignerCodec codec = SignerCodec.create();
  private final SigningProfiles profiles;
  private final SigningProfilePermissions permissions;

  SignerRoutes(Grants grants) {
    this.profiles = grants.signingProfiles();
    this.permissions = grants.signingProfilePermissions();
  }

  SignerCodec codec() {
    return codec;
  }

  boolean owns(String rawPath) {
    return rawPath.startsWith(PREFIX) || rawPath.equals("/signing-profiles");
  }

  WireResponse handle(EndpointRequest request) {
    // "/signing-profiles/{profileName}[/permissions[/{statementId}]]"
    String[] segments = request.rawPath().split("/", -1);
    int length = segments.length;
    if (length < 3 || length > 5 || (length >= 4 && !segments[3].equals("permissions"))) {
      return unknown(request);
    }
    String name = PercentDecoding.segment(segments[2]);
    String method = request.method();
    if (length == 3 && method.equals("PUT")) {
      return codec.decodePutSigningProfile(request.context(), name, request.body())
          .fold(refused -> refused, command -> profiles.put(command).fold(codec::encodeError, codec::encodePut));
    }
    if (length == 3 && method.equals("GET")) {
      return codec.decodeGetSigningProfile(request.context(), name, request.query())
          .fold(refused -> refused, command -> profiles.get(command).fold(codec::encodeError, codec::encodeProfile));
    }
    if (length == 3 && method.equals("DELETE")) {
      return codec.decodeCancelSigningProfile(request.context(), name)
          .fold(refused -> refused, command -> profiles.cancel(command)
              .fold(codec::encodeError, codec::encodeCanceled));
    }
    if (length == 4 && method.equals("POST")) {
      return codec.decodeAddProfilePermission(request.context(), name, request.body())
          .fold(refused -> refused, command -> permissions.add(command)
              .fold(codec::encodeError, codec::encodeAdded));
    }
    if (length == 4 && method.equals("GET")) {
      return codec.decodeListProfilePermissions(request.context(), name, request.query())
          .fold(refused -> refused, command -> permissions.list(command)
              .fold(codec::encodeError, codec::encodeList));
    }
    if (length == 5 && method.equals("DELETE")) {
      String statementId = PercentDecoding.segment(segments[4]);
      return codec.decodeRemoveProfilePermission(request.context(), name, statementId, request.query())
          .fold(refused -> refused, command -> permissions.remove(command)
              .fold(codec::encodeError, codec::encodeRemoved));
    }
    return unknown(request);
  }

  WireResponse unknown(EndpointRequest request) {
    return codec.unknownOperation(request.method(), request.rawPath());
  }
}
