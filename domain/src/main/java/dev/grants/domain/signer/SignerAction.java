package dev.grants.domain.signer;

import dev.grants.domain.policy.Action;
import io.vavr.control.Option;

/**
 * The actions a Signer profile permission can grant, in the order the service lists them.
 *
 * <pre>{@code
 * SignerAction.parse("signer:SignPayload"); // Some(SIGN_PAYLOAD)
 * }</pre>
 */
public enum SignerAction {
  /** {@code signer:StartSigningJob}; not for container image platforms. */
  START_SIGNING_JOB("signer:StartSigningJob"),
  /** {@code signer:SignPayload}; not for AWS Lambda platforms. */
  SIGN_PAYLOAD("signer:SignPayload"),
  /** {@code signer:GetSigningProfile}. */
  GET_SIGNING_PROFILE("signer:GetSigningProfile"),
  /** {@code signer:RevokeSignature}. */
  REVOKE_SIGNATURE("signer:RevokeSignature");

  private final String wireName;

  SignerAction(String wireName) {
    this.wireName = wireName;
  }

  /** The action as written in requests and policies. */
  public String wireName() {
    return wireName;
  }

  /** The IAM action. */
  public Action action() {
    return Action.of(wireName);
  }

  /** The action named {@code text} exactly, if it is one. */
  public static Option<SignerAction> parse(String text) {
    for (SignerAction action : values()) {
      if (action.wireName.equals(text)) {
        return Option.some(action);
      }
    }
    return Option.none();
  }
}
