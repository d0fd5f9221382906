package dev.grants.ports.service;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.layer.LayerArn;
import dev.grants.domain.layer.LayerName;
import dev.grants.domain.layer.LayerVersion;
import dev.grants.domain.layer.LayerVersionArn;
import dev.grants.domain.policy.ResourcePolicy;
import dev.grants.ports.in.CallContext;
import dev.grants.ports.out.LayerVersionRepository;
import dev.grants.ports.out.ResourcePolicyRepository;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * How the Lambda operations find the layer version a request names, and the one place that answers when it is not
 * found. Shared by the layer-version and layer-permission services, so that neither asks the other.
 */
final class LayerVersionLookup {
  private final LayerVersionRepository versions;
  private final ResourcePolicyRepository policies;

  LayerVersionLookup(LayerVersionRepository versions, ResourcePolicyRepository policies) {
    this.versions = versions;
    this.policies = policies;
  }

  /** Where the versions are kept. */
  LayerVersionRepository versions() {
    return versions;
  }

  /** Layer {@code name} as the caller names it: a bare name is one of the caller's own account and region. */
  static LayerArn resolve(LayerName name, CallContext context) {
    return name.resolve(context.region(), context.account());
  }

  /** Version {@code arn} as stored, or LayerVersionNotFound. */
  Either<GrantsError, LayerVersion> existing(LayerVersionArn arn) {
    return versions.find(arn).toEither(() -> notFound(arn));
  }

  /**
   * The caller's own version {@code number} of {@code name} and its policy, if the version exists; another
   * account's is refused first. One read of the store where it keeps both ({@link LayerVersionRepository#findPolicy}).
   */
  Either<GrantsError, VersionPolicy> withPolicy(LayerName name, long number, CallContext context, String action) {
    LayerVersionArn arn = resolve(name, context).version(number);
    // AccountBoundary.owned, unrolled: the refusal's ARN is built only for a refusal (this runs on every call).
    if (!context.isAccount(arn.layer().account())) {
      return Either.left(AccountBoundary.denied(context, arn.arn(), action, false));
    }
    Option<ResourcePolicy> policy = versions.findPolicy(arn, policies);
    return policy.isDefined()
        ? Either.right(new VersionPolicy(arn, policy.get()))
        : Either.left(notFound(arn));
  }

  private static GrantsError notFound(LayerVersionArn arn) {
    return new GrantsError.LayerVersionNotFound(arn);
  }

  /** An existing layer version and its policy as just read. */
  record VersionPolicy(LayerVersionArn version, ResourcePolicy policy) {}
}
