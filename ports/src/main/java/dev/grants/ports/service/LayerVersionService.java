package dev.grants.ports.service;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.layer.LayerArn;
import dev.grants.domain.layer.LayerName;
import dev.grants.domain.layer.LayerVersion;
import dev.grants.domain.layer.LayerVersionArn;
import dev.grants.domain.layer.LayerVersionDraft;
import dev.grants.domain.layer.LayerVersionNumber;
import dev.grants.ports.in.CallContext;
import dev.grants.ports.in.DeleteLayerVersionCommand;
import dev.grants.ports.in.DeleteLayerVersionResult;
import dev.grants.ports.in.GetLayerVersionCommand;
import dev.grants.ports.in.LayerVersions;
import dev.grants.ports.in.PublishLayerVersionCommand;
import dev.grants.ports.out.LayerVersionRepository;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;

/**
 * {@link LayerVersions} on the outbound ports. Built by {@link Grants}; thread-safe when its ports are.
 */
public final class LayerVersionService implements LayerVersions {
  private final LayerVersionRepository versions;
  private final PolicyEditor policies;
  private final Clock clock;

  LayerVersionService(LayerVersionRepository versions, PolicyEditor policies, Clock clock) {
    this.versions = versions;
    this.policies = policies;
    this.clock = clock;
  }

  @Override
  public Either<GrantsError, LayerVersion> publish(PublishLayerVersionCommand command) {
    return PortFailures.contained(() -> publishOrThrow(command));
  }

  private Either<GrantsError, LayerVersion> publishOrThrow(PublishLayerVersionCommand command) {
    return Requests.validAll(
            LayerName.validate(command.layerName())
                .combine(LayerVersionDraft.violations(
                    command.description(), command.content(), command.compatibleRuntimes(),
                    command.licenseInfo(), command.compatibleArchitectures()))
                .ap((name, valid) -> name))
        .flatMap(name -> LayerVersionDraft.validate(
                command.description(), command.content(), command.compatibleRuntimes(), command.licenseInfo(),
                command.compatibleArchitectures())
            .map(draft -> {
              LayerArn layer = resolve(name, command.context());
              Instant now = clock.instant();
              return versions.publishNext(layer, number -> draft.publishAs(layer.version(number), now));
            }));
  }

  @Override
  public Either<GrantsError, LayerVersion> get(GetLayerVersionCommand command) {
    return PortFailures.contained(() -> getOrThrow(command));
  }

  private Either<GrantsError, LayerVersion> getOrThrow(GetLayerVersionCommand command) {
    return Requests.layerName(command.layerName())
        .flatMap(name -> LayerVersionNumber.check(command.versionNumber())
            .map(number -> resolve(name, command.context()).version(number)))
        .flatMap(arn -> versions.find(arn).toEither(() -> new GrantsError.LayerVersionNotFound(arn)));
  }

  @Override
  public Either<GrantsError, DeleteLayerVersionResult> delete(DeleteLayerVersionCommand command) {
    return PortFailures.contained(() -> deleteOrThrow(command));
  }

  private Either<GrantsError, DeleteLayerVersionResult> deleteOrThrow(DeleteLayerVersionCommand command) {
    return Requests.layerName(command.layerName()).map(name -> {
      if (command.versionNumber() < 1) {
        return new DeleteLayerVersionResult(false); // no such version can exist
      }
      LayerVersionArn arn = resolve(name, command.context()).version(command.versionNumber());
      // The version goes first, so no reader ever sees a version without its policy (every read of a policy
      // checks its version first). If the delete fails, its outcome is unknown: when the version is gone after
      // all, its policy goes too, or it would be left behind for good.
      boolean deleted = PortFailures.repairing(() -> versions.delete(arn), () -> {
        if (versions.find(arn).isEmpty()) {
          PortFailures.idempotent(() -> policies.forget(arn.arn()));
        }
      });
      // Forgetting is idempotent: a transient failure is tried again at once; a lasting one is an internal
      // failure, and the caller's retry of this (idempotent) delete forgets the policy.
      PortFailures.idempotent(() -> policies.forget(arn.arn()));
      return new DeleteLayerVersionResult(deleted);
    });
  }

  static LayerArn resolve(LayerName name, CallContext context) {
    return name.resolve(context.region(), context.account());
  }
}
