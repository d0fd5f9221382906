package dev.grants.testkit.behaviour;

import dev.grants.domain.error.GrantsError;
import dev.grants.domain.event.GrantsEvent;
import dev.grants.domain.policy.Action;
import dev.grants.domain.policy.Condition;
import dev.grants.domain.policy.ResourcePolicy;
import dev.grants.domain.policy.Statement;
import dev.grants.domain.policy.StatementId;
import dev.grants.domain.principal.Arn;
import dev.grants.domain.principal.Principal;
import dev.grants.domain.revision.ExpectedRevision;
import dev.grants.domain.revision.RevisionId;
import dev.grants.domain.signer.SigningProfileArn;
import dev.grants.domain.validation.Violation;
import dev.grants.ports.in.AddProfilePermissionCommand;
import dev.grants.ports.in.AddProfilePermissionResult;
import dev.grants.ports.in.ListProfilePermissionsCommand;
import dev.grants.ports.in.ListProfilePermissionsResult;
import dev.grants.ports.in.RemoveProfilePermissionCommand;
import dev.grants.ports.in.RemoveProfilePermissionResult;
import dev.grants.ports.service.Grants;
import dev.grants.testkit.Fixtures;
import dev.grants.testkit.fake.SequentialIds;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What the parts of {@link SigningProfilePermissionsBehaviour} share: the suite whose wiring they test, the
 * constants of the Signer examples, and the steps the tests take.
 */
abstract class ProfilePermissionCases {
  static final SigningProfileArn PROFILE = Fixtures.signingProfileArn();
  static final Arn RESOURCE = PROFILE.arn();
  static final String START_SIGNING_JOB = "signer:StartSigningJob";
  static final String SIGN_PAYLOAD = "signer:SignPayload";
  static final String GET_SIGNING_PROFILE = "signer:GetSigningProfile";
  static final String REVOKE_SIGNATURE = "signer:RevokeSignature";
  static final List<String> ALL_ACTIONS =
      List.of(START_SIGNING_JOB, SIGN_PAYLOAD, GET_SIGNING_PROFILE, REVOKE_SIGNATURE);
  static final String ROLE = "arn:aws:iam::223456789012:role/signer";
  static final String VERSION = "a1B2c3D4e5";
  static final String ENVELOPE_START = "{\"Version\":\"2012-10-17\",\"Id\":\"default\",\"Statement\":[";
  static final String ENVELOPE_END = "]}";

  private final WiringBehaviour suite;

  ProfilePermissionCases(WiringBehaviour suite) {
    this.suite = suite;
  }

  /** The wiring under test. */
  final Grants grants() {
    return suite.grants;
  }

  /** Every event the wiring announced, in order. */
  final List<GrantsEvent> events() {
    return suite.events;
  }

  /** The {@code n}-th revision id the wiring took in this test (the example profile's version took the first). */
  final RevisionId takenId(long n) {
    return suite.takenId(n);
  }

  void putProfile(String name, String platform) {
    grants().signingProfiles().put(Fixtures.putSigningProfile().profileName(name).platformId(platform).build()).get();
  }

  void cancel() {
    grants().signingProfiles().cancel(Fixtures.cancelSigningProfile().build()).get();
  }

  /** Adds {@code count} permissions {@code p000}, {@code p001}, ...; returns their ids in order. */
  List<String> addNumbered(int count) {
    List<String> sids = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String sid = String.format("p%03d", i);
      add(Fixtures.addProfilePermission().statementId(sid).build()).get();
      sids.add(sid);
    }
    return sids;
  }

  static String versionedStatementJson() {
    return "{\"Sid\":\"versioned\",\"Effect\":\"Allow\","
        + "\"Principal\":{\"AWS\":\"arn:aws:iam::223456789012:role/signer\"},"
        + "\"Action\":\"signer:GetSigningProfile\","
        + "\"Resource\":\"arn:aws:signer:us-east-2:123456789012:/signing-profiles/MyProfile\","
        + "\"Condition\":{\"StringEquals\":{\"signer:ProfileVersion\":\"a1B2c3D4e5\"}}}";
  }

  static Statement statement(String sid, Principal principal, String action) {
    return Statement.allow(StatementId.of(sid), principal, Action.of(action), PROFILE.toString());
  }

  static ResourcePolicy policyOf(Statement... statements) {
    ResourcePolicy policy = ResourcePolicy.none(RESOURCE);
    long n = 0;
    for (Statement statement : statements) {
      policy = policy.add(statement, ExpectedRevision.any(), SequentialIds.revision(++n)).get();
    }
    return policy;
  }

  static int utf8Length(String json) {
    return json.getBytes(StandardCharsets.UTF_8).length;
  }

  Either<GrantsError, AddProfilePermissionResult> add(AddProfilePermissionCommand command) {
    return grants().signingProfilePermissions().add(command);
  }

  Either<GrantsError, RemoveProfilePermissionResult> remove(RemoveProfilePermissionCommand command) {
    return grants().signingProfilePermissions().remove(command);
  }

  Either<GrantsError, ListProfilePermissionsResult> list() {
    return list(Fixtures.listProfilePermissions().build());
  }

  Either<GrantsError, ListProfilePermissionsResult> list(ListProfilePermissionsCommand command) {
    return grants().signingProfilePermissions().list(command);
  }

  static <T> Either<GrantsError, T> invalid(Violation... violations) {
    return WiringBehaviour.invalid(violations);
  }
}
