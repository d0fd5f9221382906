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
    return Requests.layerName(command.layerName())
        .flatMap(name -> LayerVersionNumber.check(command.versionNumber())
            .map(number -> resolve(name, command.context()).version(number)))
        .flatMap(arn -> versions.find(arn).toEither(() -> new GrantsError.LayerVersionNotFound(arn)));
  }

  @Override
  public Either<GrantsError, DeleteLayerVersionResult> delete(DeleteLayerVersionCommand command) {
    return Requests.layerName(command.layerName()).map(name -> {
      if (command.versionNumber() < 1) {
        return new DeleteLayerVersionResult(false); // no such version can exist
      }
      LayerVersionArn arn = resolve(name, command.context()).version(command.versionNumber());
      // The version goes first: a policy left behind by a failure in between belongs to a number that is
      // never reused, so it can never be read.
      boolean deleted = versions.delete(arn);
      policies.forget(arn.arn());
      return new DeleteLayerVersionResult(deleted);
    });
  }

  static LayerArn resolve(LayerName name, CallContext context) {
    return name.resolve(context.region(), context.account());
  }
}
