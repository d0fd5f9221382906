package dev.grants.ports.service;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.event.GrantsEvent;
import dev.grants.domain.layer.LayerName;
import dev.grants.domain.layer.LayerPermission;
import dev.grants.domain.layer.LayerVersionArn;
import dev.grants.domain.layer.LayerVersionNumber;
import dev.grants.domain.policy.ResourcePolicy;
import dev.grants.domain.policy.Statement;
import dev.grants.domain.policy.StatementId;
import dev.grants.domain.principal.Arn;
import dev.grants.domain.revision.ExpectedRevision;
import dev.grants.domain.validation.Violation;
import dev.grants.ports.in.AddLayerVersionPermissionCommand;
import dev.grants.ports.in.AddLayerVersionPermissionResult;
import dev.grants.ports.in.CallContext;
import dev.grants.ports.in.GetLayerVersionPolicyCommand;
import dev.grants.ports.in.GetLayerVersionPolicyResult;
import dev.grants.ports.in.LayerVersionPermissions;
import dev.grants.ports.in.RemoveLayerVersionPermissionCommand;
import dev.grants.ports.in.RemoveLayerVersionPermissionResult;
import dev.grants.ports.out.LayerVersionRepository;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
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

  private final LayerVersionRepository versions;
  private final PolicyEditor policies;

  LayerVersionPermissionService(LayerVersionRepository versions, PolicyEditor policies) {
    this.versions = versions;
    this.policies = policies;
  }

  @Override
  public Either<GrantsError, AddLayerVersionPermissionResult> add(AddLayerVersionPermissionCommand command) {
    return PortFailures.contained(() -> addOrThrow(command));
  }

  private Either<GrantsError, AddLayerVersionPermissionResult> addOrThrow(AddLayerVersionPermissionCommand command) {
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
            .flatMap(permission -> existing(valid._1, command.versionNumber(), command.context(), ADD)
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
  }

  @Override
  public Either<GrantsError, GetLayerVersionPolicyResult> getPolicy(GetLayerVersionPolicyCommand command) {
    return PortFailures.contained(() -> getPolicyOrThrow(command));
  }

  private Either<GrantsError, GetLayerVersionPolicyResult> getPolicyOrThrow(GetLayerVersionPolicyCommand command) {
    return Requests.layerName(command.layerName())
        .flatMap(name -> LayerVersionNumber.check(command.versionNumber())
            .flatMap(number -> existing(name, number, command.context(), GET_POLICY)))
        .flatMap(found -> found.policy().readable())
        .map(GetLayerVersionPolicyResult::new);
  }

  @Override
  public Either<GrantsError, RemoveLayerVersionPermissionResult> remove(RemoveLayerVersionPermissionCommand command) {
    return PortFailures.contained(() -> removeOrThrow(command));
  }

  private Either<GrantsError, RemoveLayerVersionPermissionResult> removeOrThrow(
      RemoveLayerVersionPermissionCommand command) {
    Validation<Seq<Violation>, LayerName> name = LayerName.validate(command.layerName());
    Validation<Seq<Violation>, String> sid = LayerPermission.STATEMENT_ID.validate(command.statementId());
    Either<GrantsError, Tuple2<LayerName, String>> members = name.isValid() && sid.isValid()
        ? Either.right(Tuple.of(name.get(), sid.get()))
        : Requests.validAll(name.combine(sid).ap(Tuple::of));
    return members
        .flatMap(valid -> LayerVersionNumber.check(command.versionNumber())
            .flatMap(number -> existing(valid._1, number, command.context(), REMOVE))
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
  }

  /**
   * The caller's own version {@code number} of {@code name} and its policy, if the version exists; another
   * account's is refused first. One read of the store where it keeps both ({@link LayerVersionRepository#findPolicy}).
   */
  private Either<GrantsError, VersionPolicy> existing(LayerName name, long number, CallContext context, String action) {
    LayerVersionArn arn = LayerVersionService.resolve(name, context).version(number);
    // AccountBoundary.owned, unrolled: the refusal's ARN is built only for a refusal (this runs on every call).
    if (!context.isAccount(arn.layer().account())) {
      return Either.left(AccountBoundary.denied(context, arn.arn(), action, false));
    }
    Option<ResourcePolicy> policy = versions.findPolicy(arn, policies.repository());
    return policy.isDefined()
        ? Either.right(new VersionPolicy(arn, policy.get()))
        : Either.left(new GrantsError.LayerVersionNotFound(arn));
  }

  /** An existing layer version and its policy as just read. */
  private record VersionPolicy(LayerVersionArn version, ResourcePolicy policy) {}
}
