package dev.grants.adapters.json.wire;

import dev.grants.domain.error.GrantsError;

/** The IAM form every family's AccessDeniedException text starts with: who, what, on which resource. */
public final class AccessDeniedText {
  private AccessDeniedText() {}

  /**
   * {@code User: arn:<partition>:iam::<caller>:root is not authorized to perform: <action> on resource: <arn>}: the
   * caller is named by its account's root ARN, in the partition of the resource it asked for.
   */
  public static String of(GrantsError.AccessDenied denied) {
    return "User: arn:" + denied.resource().partition().name() + ":iam::" + denied.caller()
        + ":root is not authorized to perform: " + denied.action() + " on resource: " + denied.resource();
  }
}
