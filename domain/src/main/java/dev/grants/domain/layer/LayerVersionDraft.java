package dev.grants.domain.layer;

import dev.grants.domain.Nullable;
import dev.grants.domain.error.GrantsError;
import dev.grants.domain.validation.Constraint;
import dev.grants.domain.validation.MemberRule;
import dev.grants.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A layer version about to be published: everything {@code PublishLayerVersion} gives except the layer
 * name, checked against the model.
 *
 * <pre>{@code
 * LayerVersionDraft draft = LayerVersionDraft.validate(
 *     "shared code", LayerArchiveInput.ofZipFile(zip), List.of("java17"), null, List.of("arm64")).get();
 * LayerVersion published = draft.publishAs(layerArn.version(1), clock.instant());
 * }</pre>
 *
 * @param description the description, {@code null} when absent
 * @param archive the archive bytes (not copied: do not change them)
 * @param compatibleRuntimes the compatible runtimes, possibly empty
 * @param licenseInfo the license, {@code null} when absent
 * @param compatibleArchitectures the compatible architectures, possibly empty
 */
public record LayerVersionDraft(
    @Nullable String description,
    byte[] archive,
    List<String> compatibleRuntimes,
    @Nullable String licenseInfo,
    List<String> compatibleArchitectures) {

  /** The runtimes of the service model's {@code Runtime} enum, in the model's order. */
  public static final List<String> RUNTIMES = List.of(
      "nodejs", "nodejs4.3", "nodejs6.10", "nodejs8.10", "nodejs10.x", "nodejs12.x", "nodejs14.x", "nodejs16.x",
      "java8", "java8.al2", "java11", "python2.7", "python3.6", "python3.7", "python3.8", "python3.9",
      "dotnetcore1.0", "dotnetcore2.0", "dotnetcore2.1", "dotnetcore3.1", "dotnet6", "dotnet8", "nodejs4.3-edge",
      "go1.x", "ruby2.5", "ruby2.7", "provided", "provided.al2", "nodejs18.x", "python3.10", "java17", "ruby3.2",
      "ruby3.3", "ruby3.4", "python3.11", "nodejs20.x", "provided.al2023", "python3.12", "java21", "python3.13",
      "nodejs22.x", "nodejs24.x", "python3.14", "java25", "dotnet10", "ruby4.0");

  /** The architectures of the model's {@code Architecture} enum. */
  public static final List<String> ARCHITECTURES = List.of("x86_64", "arm64");

  /** {@code Description}: at most 256 characters. */
  public static final MemberRule DESCRIPTION = MemberRule.optional("description").minLength(0).maxLength(256);
  /** {@code Content}: required. */
  public static final MemberRule CONTENT = MemberRule.required("content");
  /** {@code Content.S3Bucket}: 3 to 63 characters of the model's pattern. */
  public static final MemberRule S3_BUCKET =
      MemberRule.optional("content.s3Bucket").minLength(3).maxLength(63).pattern("[0-9A-Za-z\\.\\-_]*(?<!\\.)");
  /** {@code Content.S3Key}: 1 to 1024 characters. */
  public static final MemberRule S3_KEY = MemberRule.optional("content.s3Key").minLength(1).maxLength(1024);
  /** {@code Content.S3ObjectVersion}: 1 to 1024 characters. */
  public static final MemberRule S3_OBJECT_VERSION =
      MemberRule.optional("content.s3ObjectVersion").minLength(1).maxLength(1024);
  /** {@code CompatibleRuntimes}: at most 15, each of {@link #RUNTIMES}. */
  public static final MemberRule COMPATIBLE_RUNTIMES =
      MemberRule.optional("compatibleRuntimes").with(Constraint.maxItems(15)).oneOf(RUNTIMES);
  /** {@code LicenseInfo}: at most 512 characters. */
  public static final MemberRule LICENSE_INFO = MemberRule.optional("licenseInfo").minLength(0).maxLength(512);
  /** {@code CompatibleArchitectures}: at most 2, each of {@link #ARCHITECTURES}. */
  public static final MemberRule COMPATIBLE_ARCHITECTURES =
      MemberRule.optional("compatibleArchitectures").with(Constraint.maxItems(2)).oneOf(ARCHITECTURES);

  /** Checks the parts are present and copies the lists. */
  public LayerVersionDraft {
    Objects.requireNonNull(archive, "archive");
    compatibleRuntimes = List.copyOf(compatibleRuntimes);
    compatibleArchitectures = List.copyOf(compatibleArchitectures);
  }

  /**
   * The draft the raw members ask for. Model constraints first, every violation in the request's member order
   * (description, content, compatibleRuntimes, licenseInfo, compatibleArchitectures); then the content must be
   * archive bytes.
   *
   * @return the draft, or {@link GrantsError.InvalidRequest} with every violation, or
   *     {@link GrantsError.UnsupportedLayerContent}
   */
  public static Either<GrantsError, LayerVersionDraft> validate(
      @Nullable String description,
      @Nullable LayerArchiveInput content,
      @Nullable List<String> compatibleRuntimes,
      @Nullable String licenseInfo,
      @Nullable List<String> compatibleArchitectures) {
    return violations(description, content, compatibleRuntimes, licenseInfo, compatibleArchitectures)
        .toEither()
        .<GrantsError>mapLeft(found -> new GrantsError.InvalidRequest(found.toJavaList()))
        .flatMap(valid -> content.zipFile() != null
            ? Either.right(new LayerVersionDraft(
                description, content.zipFile(), orEmpty(compatibleRuntimes), licenseInfo,
                orEmpty(compatibleArchitectures)))
            : Either.left(new GrantsError.UnsupportedLayerContent(
                content.s3Bucket() != null || content.s3Key() != null ? "S3 location" : "no content")));
  }

  /** Every model-constraint violation of the raw members, or valid when there is none. */
  public static Validation<Seq<Violation>, Boolean> violations(
      @Nullable String description,
      @Nullable LayerArchiveInput content,
      @Nullable List<String> compatibleRuntimes,
      @Nullable String licenseInfo,
      @Nullable List<String> compatibleArchitectures) {
    List<Violation> found = new ArrayList<>(0);
    found.addAll(DESCRIPTION.check(description));
    if (content == null) {
      found.addAll(CONTENT.check(null));
    } else {
      found.addAll(S3_BUCKET.check(content.s3Bucket()));
      found.addAll(S3_KEY.check(content.s3Key()));
      found.addAll(S3_OBJECT_VERSION.check(content.s3ObjectVersion()));
    }
    found.addAll(COMPATIBLE_RUNTIMES.checkList(compatibleRuntimes));
    found.addAll(LICENSE_INFO.check(licenseInfo));
    found.addAll(COMPATIBLE_ARCHITECTURES.checkList(compatibleArchitectures));
    return found.isEmpty() ? Validation.valid(true) : Validation.invalid(io.vavr.collection.List.ofAll(found));
  }

  /** The layer version this draft becomes when published as {@code arn} at {@code createdDate}. */
  public LayerVersion publishAs(LayerVersionArn arn, Instant createdDate) {
    return new LayerVersion(
        arn, description, createdDate, LayerContent.ofArchive(archive), compatibleRuntimes, licenseInfo,
        compatibleArchitectures);
  }

  private static List<String> orEmpty(@Nullable List<String> values) {
    return values == null ? List.of() : values;
  }
}
