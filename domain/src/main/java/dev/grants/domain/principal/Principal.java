package dev.grants.domain.principal;

import java.util.Objects;

/**
 * Who a policy statement grants to, or who asks: an account, an IAM role, anyone ({@code *}), or any other
 * principal a policy document may name ({@link Named}: an IAM user, a service, a federated identity). A grant
 * to anyone may be narrowed to one organization by a condition of its statement ({@code aws:PrincipalOrgID}),
 * not by the principal itself: that is how IAM writes it.
 *
 * <pre>{@code
 * Principal account = Principal.account(AccountId.of("223456789012"), Partition.AWS);
 * account.policyValue(); // "arn:aws:iam::223456789012:root"
 * Principal.any().policyValue(); // "*"
 * }</pre>
 */
public sealed interface Principal {

  /** The string that stands for this principal in a policy document. */
  String policyValue();

  /**
   * The length of {@link #policyValue()}, without building it where it is derived (an account's root ARN):
   * a statement measures its compact JSON when it is created, and that is on every add and every read.
   */
  default int policyValueLength() {
    return policyValue().length();
  }

  /**
   * The key this principal is listed under in a document's {@code Principal} object: {@code AWS} for accounts
   * and roles, the named type for {@link Named}; {@code *} for anyone, which is written bare.
   */
  String policyType();

  /** Whether a statement naming this principal applies to {@code caller}. */
  boolean covers(Principal caller);

  /** The account's root principal in {@code partition}. */
  static Account account(AccountId account, Partition partition) {
    return new Account(account, partition);
  }

  /** The IAM role {@code roleArn}. */
  static Role role(Arn roleArn) {
    return new Role(roleArn);
  }

  /** Anyone: {@code *}. */
  static Any any() {
    return Any.INSTANCE;
  }

  /** Another principal: {@code type} is the document's key ({@code AWS}, {@code Service}, ...). */
  static Named named(String type, String value) {
    return new Named(type, value);
  }

  /** The principal type of accounts, roles and other IAM identities. */
  String AWS = "AWS";

  /**
   * An account, written as its root ARN. It covers the account itself and every role in it.
   *
   * @param id the account id
   * @param partition the partition its root ARN is written in
   */
  record Account(AccountId id, Partition partition) implements Principal {
    /** Checks both parts are present. */
    public Account {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(partition, "partition");
    }

    @Override
    public String policyValue() {
      return "arn:" + partition.name() + ":iam::" + id.value() + ":root";
    }

    @Override
    public int policyValueLength() {
      return "arn:".length() + partition.name().length() + ":iam::".length() + id.value().length()
          + ":root".length();
    }

    @Override
    public String policyType() {
      return AWS;
    }

    @Override
    public boolean covers(Principal caller) {
      if (caller instanceof Account other) {
        return id.equals(other.id) && partition.equals(other.partition);
      }
      if (caller instanceof Role role) {
        return role.arn().partition().equals(partition) && role.arn().account().equals(id.value());
      }
      return false;
    }
  }

  /**
   * An IAM role, written as its ARN; it covers exactly that role.
   *
   * @param arn the role's ARN ({@code arn:aws:iam::123456789012:role/name})
   */
  record Role(Arn arn) implements Principal {
    /** Checks the ARN is an IAM role ARN. */
    public Role {
      Objects.requireNonNull(arn, "arn");
      if (!arn.service().equals("iam") || !arn.resource().startsWith("role/")) {
        throw new IllegalArgumentException("not an IAM role ARN: " + arn);
      }
    }

    @Override
    public String policyValue() {
      return arn.toString();
    }

    @Override
    public String policyType() {
      return AWS;
    }

    @Override
    public boolean covers(Principal caller) {
      return caller instanceof Role other && arn.equals(other.arn);
    }
  }

  /** Anyone, {@code *}; it covers every caller. */
  enum Any implements Principal {
    /** The only instance. */
    INSTANCE;

    @Override
    public String policyValue() {
      return "*";
    }

    @Override
    public String policyType() {
      return "*";
    }

    @Override
    public boolean covers(Principal caller) {
      return true;
    }
  }

  /**
   * Any other principal a document names, kept as written: an IAM user or assumed-role ARN under {@code AWS},
   * a service under {@code Service}, an identity provider under {@code Federated}, a canonical user under
   * {@code CanonicalUser}. It covers exactly an equal principal.
   *
   * @param type the document key, letters only
   * @param value the value, non-empty
   */
  record Named(String type, String value) implements Principal {
    /** Checks the type is letters and the value non-empty and not {@code *}. */
    public Named {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(value, "value");
      if (type.isEmpty() || !type.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
        throw new IllegalArgumentException("a principal type is letters: " + type);
      }
      if (value.isEmpty() || value.equals("*")) {
        throw new IllegalArgumentException("a named principal has a value other than *");
      }
    }

    @Override
    public String policyValue() {
      return value;
    }

    @Override
    public String policyType() {
      return type;
    }

    @Override
    public boolean covers(Principal caller) {
      return equals(caller);
    }
  }
}
