package dev.grants.ports.service;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.event.GrantsEvent;
import dev.grants.domain.policy.ResourcePolicy;
import dev.grants.domain.policy.Statement;
import dev.grants.domain.policy.StatementId;
import dev.grants.domain.revision.ExpectedRevision;
import dev.grants.domain.signer.ProfileName;
import dev.grants.domain.signer.ProfilePermission;
import dev.grants.domain.signer.SigningProfileArn;
import dev.grants.domain.validation.MemberRule;
import dev.grants.ports.in.AddProfilePermissionCommand;
import dev.grants.ports.in.AddProfilePermissionResult;
import dev.grants.ports.in.ListProfilePermissionsCommand;
import dev.grants.ports.in.ListProfilePermissionsResult;
import dev.grants.ports.in.RemoveProfilePermissionCommand;
import dev.grants.ports.in.RemoveProfilePermissionResult;
import dev.grants.ports.in.SigningProfilePermissions;
import io.vavr.Tuple;
import io.vavr.control.Either;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@link SigningProfilePermissions} on the outbound ports, through the same policy editor as Lambda's layer
 * permissions. Built by {@link Grants}; thread-safe when its ports are.
 */
public final class SigningProfilePermissionService implements SigningProfilePermissions {
  /** The most permissions one page of ListProfilePermissions holds. */
  public static final int PAGE_SIZE = 100;

  private static final MemberRule REMOVE_REVISION = MemberRule.required("revisionId");
  private static final MemberRule REMOVE_STATEMENT = MemberRule.required("statementId");
  private static final Pattern STATEMENT_ID = Pattern.compile("[a-zA-Z0-9_-]{1,64}");

  private final SigningProfileLookup profiles;
  private final PolicyEditor policies;

  SigningProfilePermissionService(SigningProfileLookup profiles, PolicyEditor policies) {
    this.profiles = profiles;
    this.policies = policies;
  }

  @Override
  public Either<GrantsError, AddProfilePermissionResult> add(AddProfilePermissionCommand command) {
    String name = command.profileName();
    return PortFailures.contained(() -> Requests.after(ProfileName.RULE.check(name), ProfilePermission.validate(
            command.statementId(), command.action(), command.principal(), command.profileVersion()))
        .flatMap(permission -> profiles.existing(SigningProfileLookup.own(command.context(), name))
            .flatMap(profile -> permission.allowedOn(profile.platform())
                .flatMap(action -> SigningProfileLookup.active(profile)
                    .map(active -> permission.toStatement(profile.arn(), action))))
            .flatMap(statement -> {
              SigningProfileArn arn = SigningProfileLookup.own(command.context(), name);
              ExpectedRevision expected = ExpectedRevision.fromRequest(command.revisionId());
              return policies.edit(arn.arn(),
                      // The status is checked again on every attempt: see SigningProfileService.cancel.
                      (current, next) -> profiles.existing(arn).flatMap(SigningProfileLookup::active)
                          .flatMap(active -> current.add(statement, expected, next)),
                      policy -> new GrantsEvent.PermissionAdded(arn.arn(), statement, policy.revision().get()))
                  .map(policy -> new AddProfilePermissionResult(policy.revision().get()));
            })));
  }

  @Override
  public Either<GrantsError, ListProfilePermissionsResult> list(ListProfilePermissionsCommand command) {
    return PortFailures.contained(() -> Requests.valid(ProfileName.RULE.validate(command.profileName()))
        .flatMap(name -> profiles.existing(SigningProfileLookup.own(command.context(), name)))
        .flatMap(profile -> policies.read(profile.arn().arn()).readable())
        .flatMap(policy -> page(policy, command.nextToken())));
  }

  private static Either<GrantsError, ListProfilePermissionsResult> page(ResourcePolicy policy, String token) {
    List<Statement> statements = policy.statements();
    Either<GrantsError, Integer> from = token == null || token.isEmpty()
        ? Either.right(0)
        : PolicyPageToken.read(token, policy.revision().get(), statements.size());
    return from.map(start -> {
      int end = Math.min(statements.size(), start + PAGE_SIZE);
      List<ProfilePermission> permissions =
          statements.subList(start, end).stream().map(ProfilePermission::fromStatement).toList();
      String next = end < statements.size() ? PolicyPageToken.write(policy.revision().get(), end) : null;
      return new ListProfilePermissionsResult(policy.revision().get(), policy.compactJsonLength(), permissions, next);
    });
  }

  @Override
  public Either<GrantsError, RemoveProfilePermissionResult> remove(RemoveProfilePermissionCommand command) {
    return PortFailures.contained(() -> Requests.validAll(ProfileName.RULE.validate(command.profileName())
            .combine(REMOVE_REVISION.validate(command.revisionId()))
            .combine(REMOVE_STATEMENT.validate(command.statementId()))
            .ap(Tuple::of))
        .flatMap(valid -> STATEMENT_ID.matcher(valid._3).matches()
            ? Either.<GrantsError, StatementId>right(StatementId.of(valid._3))
            : Either.<GrantsError, StatementId>left(new GrantsError.InvalidSignerStatementId(valid._3)))
        .flatMap(sid -> profiles.existing(SigningProfileLookup.own(command.context(), command.profileName()))
            .flatMap(SigningProfileLookup::active)
            .flatMap(profile -> {
              SigningProfileArn arn = profile.arn();
              ExpectedRevision expected = ExpectedRevision.fromRequest(command.revisionId());
              return policies.edit(arn.arn(),
                      (current, next) -> profiles.existing(arn).flatMap(SigningProfileLookup::active)
                          .flatMap(active -> current.remove(sid, expected, next)),
                      policy -> new GrantsEvent.PermissionRemoved(arn.arn(), sid, policy.revision().get()))
                  .map(policy -> new RemoveProfilePermissionResult(policy.revision().get()));
            })));
  }
}
