package dev.grants.ports.service;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.layer.LayerArn;
import dev.grants.domain.layer.LayerName;
import dev.grants.domain.layer.LayerVersion;
import dev.grants.domain.layer.LayerVersionArn;
import dev.grants.domain.layer.LayerVersionDraft;
import dev.grants.domain.layer.LayerVersionNumber;
import dev.grants.domain.policy.Action;
import dev.grants.domain.principal.Arn;
import dev.grants.ports.in.CallContext;
import dev.grants.ports.in.DeleteLayerVersionCommand;
import dev.grants.ports.in.DeleteLayerVersionResult;
import dev.grants.ports.in.GetLayerVersionByArnCommand;
import dev.grants.ports.in.GetLayerVersionCommand;
import dev.grants.ports.in.LayerVersions;
import dev.grants.ports.in.ListLayerVersionsCommand;
import dev.grants.ports.in.ListLayersCommand;
import dev.grants.ports.in.Page;
import dev.grants.ports.in.PublishLayerVersionCommand;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;

/**
 * {@link LayerVersions} on the outbound ports. A caller publishes and deletes only its own account's layer
 * versions, and reads another account's exactly where that version's policy grants it {@code lambda:GetLayerVersion}.
 * Built by {@link Grants}; thread-safe when its ports are.
 */
public final class LayerVersionService implements LayerVersions {
  private static final String PUBLISH = "lambda:PublishLayerVersion";
  private static final String DELETE = "lambda:DeleteLayerVersion";

  private final LayerVersionLookup lookup;
  private final PolicyEditor policies;
  private final Clock clock;
  private final LayerListings listings;

  LayerVersionService(LayerVersionLookup lookup, PolicyEditor policies, Clock clock, LayerListings listings) {
    this.lookup = lookup;
    this.policies = policies;
    this.clock = clock;
    this.listings = listings;
  }

  @Override
  public Either<GrantsError, LayerVersion> publish(PublishLayerVersionCommand command) {
    return PortFailures.contained(() -> Requests.validAll(
            LayerName.validate(command.layerName())
                .combine(LayerVersionDraft.violations(
                    command.description(), command.content(), command.compatibleRuntimes(),
                    command.licenseInfo(), command.compatibleArchitectures()))
                .ap((name, valid) -> name))
        .flatMap(name -> LayerVersionDraft.validate(
                command.description(), command.content(), command.compatibleRuntimes(), command.licenseInfo(),
                command.compatibleArchitectures())
            .flatMap(draft -> {
              LayerArn layer = LayerVersionLookup.resolve(name, command.context());
              return AccountBoundary.owned(command.context(), layer.account(), layer.arn(), PUBLISH, () -> {
                Instant now = clock.instant();
                return Either.right(
                    lookup.versions().publishNext(layer, number -> draft.publishAs(layer.version(number), now)));
              });
            })));
  }

  @Override
  public Either<GrantsError, LayerVersion> get(GetLayerVersionCommand command) {
    return PortFailures.contained(() -> Requests.layerName(command.layerName())
        .flatMap(name -> LayerVersionNumber.check(command.versionNumber())
            .map(number -> LayerVersionLookup.resolve(name, command.context()).version(number)))
        .flatMap(arn -> read(arn, command.context())));
  }

  @Override
  public Either<GrantsError, LayerVersion> getByArn(GetLayerVersionByArnCommand command) {
    return PortFailures.contained(() -> Requests.valid(LayerVersionArn.validate(command.arn()))
        .flatMap(named -> LayerVersionNumber.check(named.number()).map(named.layer()::version))
        .flatMap(arn -> read(arn, command.context())));
  }

  /** Version {@code arn} as {@code context} may read it: its own account's, or another's where the policy grants. */
  private Either<GrantsError, LayerVersion> read(LayerVersionArn arn, CallContext context) {
    if (context.isAccount(arn.layer().account())) {
      return lookup.existing(arn);
    }
    // Another account's version: readable exactly where its policy grants the caller GetLayerVersion, and
    // refused alike when it does not exist.
    return AccountBoundary.readGranted(context, policies.read(arn.arn()),
        context.asking(Action.LAMBDA_GET_LAYER_VERSION), lookup.versions().find(arn));
  }

  @Override
  public Either<GrantsError, Page<LayerVersion>> listLayers(ListLayersCommand command) {
    return PortFailures.contained(() -> listings.layers(command));
  }

  @Override
  public Either<GrantsError, Page<LayerVersion>> listVersions(ListLayerVersionsCommand command) {
    return PortFailures.contained(() -> listings.versions(command));
  }

  @Override
  public Either<GrantsError, DeleteLayerVersionResult> delete(DeleteLayerVersionCommand command) {
    return PortFailures.contained(() -> Requests.layerName(command.layerName()).flatMap(name -> {
      LayerArn layer = LayerVersionLookup.resolve(name, command.context());
      // The resource named is the version, as for every version operation; a number below 1 still names it.
      Arn resource = Arn.of(layer.partition(), "lambda", layer.region(), layer.account().value(),
          "layer:" + layer.name() + ':' + command.versionNumber());
      return AccountBoundary.owned(command.context(), layer.account(), resource, DELETE, () -> {
        if (command.versionNumber() < 1) {
          return Either.right(new DeleteLayerVersionResult(false)); // no such version can exist
        }
        LayerVersionArn arn = layer.version(command.versionNumber());
        // The version goes first, so no reader ever sees a version without its policy (every read of a policy
        // checks its version first). If the delete fails, its outcome is unknown: when the version is gone after
        // all, its policy goes too, or it would be left behind for good.
        boolean deleted = PortFailures.repairing(() -> lookup.versions().delete(arn), () -> {
          if (lookup.versions().find(arn).isEmpty()) {
            PortFailures.idempotent(() -> policies.forget(arn.arn()));
          }
        });
        // Forgetting is idempotent: a transient failure is tried again at once; a lasting one is an internal
        // failure, and the caller's retry of this (idempotent) delete forgets the policy.
        PortFailures.idempotent(() -> policies.forget(arn.arn()));
        return Either.right(new DeleteLayerVersionResult(deleted));
      });
    }));
  }
}
