package dev.grants.adapters.json.signer;

import dev.grants.adapters.json.wire.BodyFormatException;
import dev.grants.adapters.json.wire.JsonBody;
import dev.grants.adapters.json.wire.JsonWriting;
import dev.grants.adapters.json.wire.ValidationMessages;
import dev.grants.adapters.json.wire.WireResponse;
import dev.grants.domain.error.GrantsError;
import dev.grants.ports.in.CallContext;
import dev.grants.ports.in.SignerListTagsForResourceCommand;
import dev.grants.ports.in.SignerTagResourceCommand;
import dev.grants.ports.in.SignerUntagResourceCommand;
import io.vavr.control.Either;
import java.util.List;
import java.util.Map;

/**
 * Signer's tag operations on the wire ({@code POST|DELETE|GET /tags/{resourceArn}}): requests to commands, tags to
 * {@code {"tags":{...}}}, and their refusals in the shapes the model gives these three operations and no other Signer
 * operation: {@code BadRequestException} (400) for an invalid request, {@code NotFoundException} (404) for a
 * profile that is not there; every other refusal as {@link SignerErrors} answers it.
 *
 * <pre>{@code
 * SignerTagCodec codec = SignerTagCodec.create();
 * codec.encodeTags(Map.of("team", "a")); // 200 {"tags":{"team":"a"}}
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class SignerTagCodec {
  /** {@code resourceArn}, the path label of the three operations. */
  public static final String RESOURCE_ARN = "resourceArn";
  /** {@code tags}. */
  public static final String TAGS = SignerCodec.TAGS;
  /** {@code tagKeys}, the query member of UntagResource (repeated). */
  public static final String TAG_KEYS = "tagKeys";

  private SignerTagCodec() {}

  /** The codec. */
  public static SignerTagCodec create() {
    return new SignerTagCodec();
  }

  /** {@code POST /tags/{resourceArn}} with its body. */
  public Either<WireResponse, SignerTagResourceCommand> decodeTagResource(
      CallContext context, String resourceArn, byte[] body) {
    try {
      return Either.right(SignerTagResourceCommand.builder().context(context).resourceArn(resourceArn)
          .tags(JsonBody.parse(body).stringMap(TAGS)).build());
    } catch (BodyFormatException e) {
      return Either.left(badRequest("Could not parse request body into json: " + e.getMessage()));
    }
  }

  /** {@code DELETE /tags/{resourceArn}?tagKeys=a&tagKeys=b}. */
  public Either<WireResponse, SignerUntagResourceCommand> decodeUntagResource(
      CallContext context, String resourceArn, Map<String, List<String>> query) {
    return Either.right(SignerUntagResourceCommand.builder().context(context).resourceArn(resourceArn)
        .tagKeys(query.get(TAG_KEYS)).build());
  }

  /** {@code GET /tags/{resourceArn}}. */
  public Either<WireResponse, SignerListTagsForResourceCommand> decodeListTagsForResource(
      CallContext context, String resourceArn) {
    return Either.right(SignerListTagsForResourceCommand.builder().context(context).resourceArn(resourceArn).build());
  }

  /** The answer of TagResource and UntagResource: 200 with an empty object, as their empty output shapes. */
  public WireResponse encodeChanged(Map<String, String> tags) {
    return WireResponse.json(SignerOperation.TAG_RESOURCE.route().successStatus(), JsonWriting.json(out -> {
      out.writeStartObject();
      out.writeEndObject();
    }));
  }

  /** The answer of ListTagsForResource: {@code {"tags":{...}}}, an empty object when the profile has none. */
  public WireResponse encodeTags(Map<String, String> tags) {
    return WireResponse.json(SignerOperation.LIST_TAGS_FOR_RESOURCE.route().successStatus(), JsonWriting.json(out -> {
      out.writeStartObject();
      out.writeObjectFieldStart(TAGS);
      for (Map.Entry<String, String> tag : tags.entrySet()) {
        out.writeStringField(tag.getKey(), tag.getValue());
      }
      out.writeEndObject();
      out.writeEndObject();
    }));
  }

  /** A refusal of a tag operation, in the shapes the model gives them. */
  public WireResponse encodeError(GrantsError error) {
    if (error instanceof GrantsError.InvalidRequest invalid) {
      return badRequest(ValidationMessages.of(invalid.violations()));
    }
    if (error instanceof GrantsError.SigningProfileNotFound missing) {
      // [decided] The model's NotFoundException; its text is not on record.
      return SignerCodec.error(404, "NotFoundException", "Resource " + missing.profile() + " does not exist.");
    }
    return SignerErrors.table().answer(null, error);
  }

  /** 400 BadRequestException with {@code message}. */
  static WireResponse badRequest(String message) {
    return SignerCodec.error(400, "BadRequestException", message);
  }
}
