package dev.grants.adapters.json.signer;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.grants.adapters.json.wire.JsonWriting;
import dev.grants.adapters.json.wire.Query;
import dev.grants.adapters.json.wire.WireResponse;
import dev.grants.domain.signer.SigningPlatform;
import dev.grants.domain.signer.SigningPlatformFacts;
import dev.grants.ports.in.CallContext;
import dev.grants.ports.in.GetSigningPlatformCommand;
import dev.grants.ports.in.ListSigningPlatformsCommand;
import dev.grants.ports.in.Page;
import io.vavr.control.Either;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The Signer platform operations on the wire: {@code GET /signing-platforms/{platformId}} and
 * {@code GET /signing-platforms?category=&partner=&target=&maxResults=&nextToken=} to commands, platforms to their
 * exact JSON. Errors are {@link SignerCodec}'s.
 *
 * <pre>{@code
 * SignerPlatformCodec codec = SignerPlatformCodec.create();
 * codec.encodePlatform(SigningPlatform.AWS_LAMBDA_SHA384_ECDSA); // {"platformId":"AWSLambda-SHA384-ECDSA",...}
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class SignerPlatformCodec {
  /** {@code platformId}, the path label of GetSigningPlatform. */
  public static final String PLATFORM_ID = SignerCodec.PLATFORM_ID;
  /** {@code displayName}. */
  public static final String DISPLAY_NAME = "displayName";
  /** {@code partner}. */
  public static final String PARTNER = "partner";
  /** {@code target}. */
  public static final String TARGET = "target";
  /** {@code category}. */
  public static final String CATEGORY = "category";
  /** {@code encryptionAlgorithmOptions}. */
  public static final String ENCRYPTION_ALGORITHM_OPTIONS = "encryptionAlgorithmOptions";
  /** {@code hashAlgorithmOptions}. */
  public static final String HASH_ALGORITHM_OPTIONS = "hashAlgorithmOptions";
  /** {@code allowedValues}. */
  public static final String ALLOWED_VALUES = "allowedValues";
  /** {@code defaultValue}. */
  public static final String DEFAULT_VALUE = "defaultValue";
  /** {@code supportedFormats}. */
  public static final String SUPPORTED_FORMATS = "supportedFormats";
  /** {@code defaultFormat}. */
  public static final String DEFAULT_FORMAT = "defaultFormat";
  /** {@code maxSizeInMB}. */
  public static final String MAX_SIZE_IN_MB = "maxSizeInMB";
  /** {@code revocationSupported}. */
  public static final String REVOCATION_SUPPORTED = "revocationSupported";
  /** {@code platforms}. */
  public static final String PLATFORMS = "platforms";
  /** {@code maxResults}. */
  public static final String MAX_RESULTS = "maxResults";

  private SignerPlatformCodec() {}

  /** The codec. */
  public static SignerPlatformCodec create() {
    return new SignerPlatformCodec();
  }

  /** {@code GET /signing-platforms/{platformId}}. */
  public Either<WireResponse, GetSigningPlatformCommand> decodeGetSigningPlatform(
      CallContext context, String platformId) {
    return Either.right(GetSigningPlatformCommand.builder().context(context).platformId(platformId).build());
  }

  /** {@code GET /signing-platforms} with its query. */
  public Either<WireResponse, ListSigningPlatformsCommand> decodeListSigningPlatforms(
      CallContext context, Map<String, List<String>> query) {
    return maxResults(query).map(parsed -> ListSigningPlatformsCommand.builder()
        .context(context)
        .category(Query.first(query, CATEGORY))
        .partner(Query.first(query, PARTNER))
        .target(Query.first(query, TARGET))
        .maxResults(parsed)
        .nextToken(Query.first(query, SignerCodec.NEXT_TOKEN))
        .build());
  }

  /** The {@code maxResults} of a Signer listing's query: absent, or a whole number (its range is the service's). */
  static Either<WireResponse, Integer> maxResults(Map<String, List<String>> query) {
    String maxResults = Query.first(query, MAX_RESULTS);
    try {
      return Either.right(maxResults == null ? null : Integer.valueOf(maxResults));
    } catch (NumberFormatException notAnInt) {
      // [decided] The model's integer, as the service's validation message words a value of the wrong type.
      return Either.left(SignerCodec.validation("1 validation error detected: Value '" + maxResults
          + "' at 'maxResults' failed to satisfy constraint: Member must be a whole number"));
    }
  }

  /** The answer of {@code GetSigningPlatform}. */
  public WireResponse encodePlatform(SigningPlatform platform) {
    return WireResponse.json(SignerOperation.GET_SIGNING_PLATFORM.route().successStatus(), JsonWriting.json(out -> {
      out.writeStartObject();
      writeFields(out, platform);
      out.writeEndObject();
    }));
  }

  /** The answer of {@code ListSigningPlatforms}: {@code {"platforms":[...],"nextToken":...}}. */
  public WireResponse encodePlatforms(Page<SigningPlatform> page) {
    return WireResponse.json(SignerOperation.LIST_SIGNING_PLATFORMS.route().successStatus(), JsonWriting.json(out -> {
      out.writeStartObject();
      out.writeArrayFieldStart(PLATFORMS);
      for (SigningPlatform platform : page.items()) {
        out.writeStartObject();
        writeFields(out, platform);
        out.writeEndObject();
      }
      out.writeEndArray();
      JsonWriting.optional(out, SignerCodec.NEXT_TOKEN, page.nextToken());
      out.writeEndObject();
    }));
  }

  /** The members of a platform, in the model's order (the same in both answers). */
  private static void writeFields(JsonGenerator out, SigningPlatform platform) throws IOException {
    SigningPlatformFacts facts = platform.facts();
    out.writeStringField(PLATFORM_ID, platform.platformId());
    out.writeStringField(DISPLAY_NAME, platform.displayName());
    out.writeStringField(PARTNER, facts.partner());
    out.writeStringField(TARGET, facts.target());
    out.writeStringField(CATEGORY, facts.category());
    out.writeObjectFieldStart(SignerCodec.SIGNING_CONFIGURATION);
    writeOptions(out, ENCRYPTION_ALGORITHM_OPTIONS, ALLOWED_VALUES, DEFAULT_VALUE, facts.encryption());
    writeOptions(out, HASH_ALGORITHM_OPTIONS, ALLOWED_VALUES, DEFAULT_VALUE, facts.hash());
    out.writeEndObject();
    writeOptions(out, SignerCodec.SIGNING_IMAGE_FORMAT, SUPPORTED_FORMATS, DEFAULT_FORMAT, facts.imageFormat());
    out.writeNumberField(MAX_SIZE_IN_MB, facts.maxSizeInMB());
    out.writeBooleanField(REVOCATION_SUPPORTED, facts.revocationSupported());
  }

  private static void writeOptions(JsonGenerator out, String field, String allowedField, String defaultField,
      SigningPlatformFacts.Options options) throws IOException {
    out.writeObjectFieldStart(field);
    out.writeArrayFieldStart(allowedField);
    for (String value : options.allowed()) {
      out.writeString(value);
    }
    out.writeEndArray();
    out.writeStringField(defaultField, options.defaultValue());
    out.writeEndObject();
  }
}
