package dev.grants.ports.service;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.event.GrantsEvent;
import dev.grants.domain.layer.LayerName;
import dev.grants.domain.layer.LayerPermission;
import dev.grants.domain.layer.LayerVersionNumber;
import dev.grants.domain.policy.Statement;
import dev.grants.domain.policy.StatementId;
import dev.grants.domain.principal.Arn;
import dev.grants.domain.revision.ExpectedRevision;
import dev.grants.domain.validation.Violation;
import dev.grants.ports.in.AddLayerVersionPermissionCommand;
import dev.grants.ports.in.AddLayerVersionPermissionResult;
import dev.grants.ports.in.GetLayerVersionPolicyCommand;
import dev.grants.ports.in.GetLayerVersionPolicyResult;
import dev.grants.ports.in.LayerVersionPermissions;
import dev.grants.ports.in.RemoveLayerVersionPermissionCommand;
import dev.grants.ports.in.RemoveLayerVersionPermissionResult;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;

/**
 * {@link LayerVersionPermissions} on the outbound ports, in the contract's order of checks: model
 * constraints, then rules between members, then the caller's ownership (only the owner account reads or changes
 * a version's policy: a layer policy can grant nothing but {@code lambda:GetLayerVersion}), then the version's
 * existence, then the policy's own checks (conflict, revision, size). Built by {@link Grants}; thread-safe when
 * its ports are.
 */
public final class LayerVersionPermissionService implements LayerVersionPermissions {
  private static final String ADD = "lambda:AddLayerVersionPermission";
  private static final String GET_POLICY = "lambda:GetLayerVersionPolicy";
  private static final String REMOVE = "lambda:RemoveLayerVersionPermission";

  private final LayerVersionLookup versions;
  private final PolicyEditor policies;

  LayerVersionPermissionService(LayerVersionLookup versions, PolicyEditor policies) {
    this.versions = versions;
    this.policies = policies;
  }

  @Override
  public Either<GrantsError, AddLayerVersionPermissionResult> add(AddLayerVersionPermissionCommand command) {
    return PortFailures.contained(() -> {
      Validation<Seq<Violation>, LayerName> name = LayerName.validate(command.layerName());
      Validation<Seq<Violation>, LayerPermission> asked = LayerPermission.validate(
          command.statementId(), command.action(), command.principal(), command.organizationId());
      // Both valid is the common case: it skips combining the two validations, which only the error case needs.
      Either<GrantsError, Tuple2<LayerName, LayerPermission>> members = name.isValid() && asked.isValid()
          ? Either.right(Tuple.of(name.get(), asked.get()))
          : Requests.validAll(name.combine(asked).ap(Tuple::of));
      return members
          .flatMap(valid -> LayerVersionNumber.check(command.versionNumber())
              .flatMap(number -> valid._2.checkOrganization())
              .flatMap(permission -> versions.withPolicy(valid._1, command.versionNumber(), command.context(), ADD)
                  .flatMap(found -> {
                    // The version's ARN, built once: the policy's key, and (as text) the statement's resource.
                    Arn resource = found.policy().resource();
                    Statement statement = permission.toStatement(found.version());
                    ExpectedRevision expected = ExpectedRevision.fromRequest(command.revisionId());
                    return policies.edit(
                            found.policy(),
                            (current, next) -> current.add(statement, expected, next),
                            policy -> new GrantsEvent.PermissionAdded(resource, statement, policy.revision().get()))
                        .map(policy -> new AddLayerVersionPermissionResult(statement, policy.revision().get()));
                  })));
    });
  }

  @Override
  public Either<GrantsError, GetLayerVersionPolicyResult> getPolicy(GetLayerVersionPolicyCommand command) {
    return PortFailures.contained(() -> Requests.layerName(command.layerName())
        .flatMap(name -> LayerVersionNumber.check(command.versionNumber())
            .flatMap(number -> versions.withPolicy(name, number, command.context(), GET_POLICY)))
        .flatMap(found -> found.policy().readable())
        .map(GetLayerVersionPolicyResult::new));
  }

  @Override
  public Either<GrantsError, RemoveLayerVersionPermissionResult> remove(RemoveLayerVersionPermissionCommand command) {
    return PortFailures.contained(() -> {
      Validation<Seq<Violation>, LayerName> name = LayerName.validate(command.layerName());
      Validation<Seq<Violation>, String> sid = LayerPermission.STATEMENT_ID.validate(command.statementId());
      Either<GrantsError, Tuple2<LayerName, String>> members = name.isValid() && sid.isValid()
          ? Either.right(Tuple.of(name.get(), sid.get()))
          : Requests.validAll(name.combine(sid).ap(Tuple::of));
      return members
          .flatMap(valid -> LayerVersionNumber.check(command.versionNumber())
              .flatMap(number -> versions.withPolicy(valid._1, number, command.context(), REMOVE))
              .flatMap(found -> {
                Arn resource = found.policy().resource();
                StatementId removed = StatementId.of(valid._2);
                ExpectedRevision expected = ExpectedRevision.fromRequest(command.revisionId());
                return policies.edit(
                        found.policy(),
                        (current, next) -> current.remove(removed, expected, next),
                        policy -> new GrantsEvent.PermissionRemoved(resource, removed, policy.revision().get()))
                    .map(policy -> new RemoveLayerVersionPermissionResult(policy.revision().get()));
              }));
    });
  }
}
