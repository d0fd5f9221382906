package dev.grants.adapters.json.policy;

import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Arn;
import dev.grants.domain.principal.Partition;
import dev.grants.domain.principal.Principal;

/**
 * How an entry of a document's {@code Principal} object becomes one of the domain's principals; both readers
 * use it, so they agree on it.
 */
final class DocumentPrincipals {
  private DocumentPrincipals() {}

  /** Whether the entry is {@code "AWS":"*"}: anyone, whatever else the object lists. */
  static boolean isAnyone(String type, String value) {
    return value.equals("*") && type.equals(Principal.AWS);
  }

  /**
   * Under {@code AWS}: an account (12 digits, in the {@code aws} partition, or a root ARN), a role ARN, or a
   * {@link Principal.Named} for any other value; a {@link Principal.Named} under any other type.
   *
   * @throws IllegalArgumentException if the domain refuses the principal
   */
  static Principal principal(String type, String value) {
    if (!type.equals(Principal.AWS)) {
      return Principal.named(type, value);
    }
    if (AccountId.isAccountId(value)) {
      return Principal.account(AccountId.of(value), Partition.AWS);
    }
    Arn arn = Arn.parse(value).getOrNull();
    if (arn != null && arn.service().equals("iam") && arn.accountId().isDefined()) {
      if (arn.resource().equals("root")) {
        return Principal.account(arn.accountId().get(), arn.partition());
      }
      if (arn.resource().startsWith("role/") && arn.region().isEmpty()) {
        return Principal.role(arn);
      }
    }
    return Principal.named(type, value);
  }
}
