package dev.grants.domain.policy;

import dev.grants.domain.principal.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One statement of a resource policy. Its compact IAM JSON form has its keys in the order
 * {@code Sid, Effect, Principal, Action, Resource, Condition}; a single principal, action or resource is a
 * string, several an array; {@code *} is the bare principal {@code "*"}, the others are grouped by their type
 * ({@code "AWS"}, {@code "Service"}, ...) in the order first given;
 * conditions are grouped by operator in the order first given. The length of that form is computed once,
 * here, so a policy knows its size without writing it.
 *
 * <pre>{@code
 * Statement s = Statement.allow(StatementId.of("xaccount"),
 *     Principal.account(AccountId.of("223456789012"), Partition.AWS),
 *     Action.LAMBDA_GET_LAYER_VERSION,
 *     "arn:aws:lambda:us-east-2:123456789012:layer:my-layer:1");
 * // {"Sid":"xaccount","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::223456789012:root"},
 * //  "Action":"lambda:GetLayerVersion","Resource":"arn:aws:lambda:us-east-2:123456789012:layer:my-layer:1"}
 * }</pre>
 *
 * <p>Immutable and thread-safe. Every string in it is printable ASCII without quote or backslash; the
 * factories throw {@link IllegalArgumentException} otherwise (the family rules never produce such values).
 */
public final class Statement {
  private final StatementId sid;
  private final Effect effect;
  private final List<Principal> principals;
  private final List<Action> actions;
  private final List<String> resources;
  private final List<Condition> conditions;
  private final int compactJsonLength;

  private Statement(
      StatementId sid,
      Effect effect,
      List<Principal> principals,
      List<Action> actions,
      List<String> resources,
      List<Condition> conditions) {
    this.sid = Objects.requireNonNull(sid, "sid");
    this.effect = Objects.requireNonNull(effect, "effect");
    this.principals = principalsInDocumentOrder(principals);
    this.actions = List.copyOf(actions);
    this.resources = List.copyOf(resources);
    this.conditions = inDocumentOrder(conditions);
    if (this.actions.isEmpty() || this.resources.isEmpty()) {
      throw new IllegalArgumentException("a statement has at least one principal, action and resource");
    }
    requireValidPrincipals(this.principals);
    this.resources.forEach(resource -> JsonSafe.require("resource", resource));
    if (this.conditions.size() > 1
        && this.conditions.stream().map(c -> c.operator() + '\u0000' + c.key()).distinct().count()
            != this.conditions.size()) {
      throw new IllegalArgumentException("a condition key appears once per operator");
    }
    this.compactJsonLength = computeLength();
  }

  /** {@link #withSidAndPrincipals}: the shared parts were checked when {@code shared} was built. */
  private Statement(Statement shared, StatementId sid, List<Principal> principals) {
    this.sid = Objects.requireNonNull(sid, "sid");
    this.effect = shared.effect;
    this.principals = principalsInDocumentOrder(principals);
    this.actions = shared.actions;
    this.resources = shared.resources;
    this.conditions = shared.conditions;
    requireValidPrincipals(this.principals);
    this.compactJsonLength = computeLength();
  }

  private static void requireValidPrincipals(List<Principal> principals) {
    if (principals.isEmpty()) {
      throw new IllegalArgumentException("a statement has at least one principal, action and resource");
    }
    if (principals.size() > 1 && principals.contains(Principal.any())) {
      throw new IllegalArgumentException("the principal * stands alone");
    }
    for (Principal principal : principals) {
      // An account's root ARN is digits and a checked partition name, and * is *: safe by construction.
      if (!(principal instanceof Principal.Account) && principal != Principal.any()) {
        JsonSafe.require("principal", principal.policyValue());
      }
    }
  }

  /**
   * A statement from all its parts.
   *
   * @throws IllegalArgumentException if a list that must not be empty is, {@code *} is not alone, a condition
   *     key repeats under one operator, or a value is not policy-safe ASCII
   */
  public static Statement of(
      StatementId sid,
      Effect effect,
      List<Principal> principals,
      List<Action> actions,
      List<String> resources,
      List<Condition> conditions) {
    return new Statement(sid, effect, principals, actions, resources, conditions);
  }

  /** An {@code Allow} statement for one principal, action and resource, without conditions. */
  public static Statement allow(StatementId sid, Principal principal, Action action, String resource) {
    return new Statement(sid, Effect.ALLOW, List.of(principal), List.of(action), List.of(resource), List.of());
  }

  /**
   * A statement with this one's effect, actions, resources and conditions, and {@code sid} and
   * {@code principals}: what the statements of one resource's policy usually share. Equal to
   * {@link #of} with the same parts; the shared parts are not checked again (a policy reader builds many
   * statements that repeat the previous one's resource, and checking its text each time was a sixth of a read).
   *
   * @throws IllegalArgumentException if {@code principals} is empty, {@code *} is not alone, or a principal is
   *     not policy-safe ASCII
   */
  public Statement withSidAndPrincipals(StatementId sid, List<Principal> principals) {
    return new Statement(this, sid, principals);
  }

  /** This statement with one more condition. */
  public Statement withCondition(Condition condition) {
    List<Condition> more = new ArrayList<>(conditions);
    more.add(condition);
    return new Statement(sid, effect, principals, actions, resources, more);
  }

  /** The statement id ({@code Sid}). */
  public StatementId sid() {
    return sid;
  }

  /** Allow or deny. */
  public Effect effect() {
    return effect;
  }

  /**
   * The principals in document order: grouped by type ({@code AWS}, {@code Service}, ...), types in the order
   * first given; at least one; {@code *} only alone.
   */
  public List<Principal> principals() {
    return principals;
  }

  /** The actions, at least one. */
  public List<Action> actions() {
    return actions;
  }

  /** The resources, at least one. */
  public List<String> resources() {
    return resources;
  }

  /**
   * The conditions in document order: grouped by operator, operators and keys in the order first given;
   * possibly none. Two statements that write the same document are equal.
   */
  public List<Condition> conditions() {
    return conditions;
  }

  /**
   * The conditions as the document groups them: operator to (key to values), both in first-given order.
   */
  public Map<String, Map<String, List<String>>> conditionBlock() {
    Map<String, Map<String, List<String>>> block = new LinkedHashMap<>();
    for (Condition condition : conditions) {
      block.computeIfAbsent(condition.operator(), operator -> new LinkedHashMap<>())
          .put(condition.key(), condition.values());
    }
    return block;
  }

  /**
   * The principals as the document's {@code Principal} object groups them: type to values, both in
   * first-given order (empty for {@code *}, which is written bare).
   */
  public Map<String, List<String>> principalBlock() {
    Map<String, List<String>> block = new LinkedHashMap<>();
    if (principals.get(0) != Principal.any()) {
      for (Principal principal : principals) {
        block.computeIfAbsent(principal.policyType(), type -> new ArrayList<>(1)).add(principal.policyValue());
      }
    }
    return block;
  }

  /** The exact UTF-8 byte length of this statement's compact JSON form. */
  public int compactJsonLength() {
    return compactJsonLength;
  }

  /** Whether this statement applies to {@code request}: principal, action and every condition. */
  boolean appliesTo(AccessRequest request) {
    return principals.stream().anyMatch(principal -> principal.covers(request.caller()))
        && actions.stream().anyMatch(action -> action.matches(request.action()))
        && conditions.stream().allMatch(condition -> condition.holds(request.lowercaseContext()));
  }

  // {"Sid":s,"Effect":e,"Principal":p,"Action":a,"Resource":r[,"Condition":c]}
  private int computeLength() {
    int length = 2; // { }
    length += member("Sid") + JsonSafe.stringLength(sid.value());
    length += 1 + member("Effect") + JsonSafe.stringLength(effect.policyValue());
    int principal;
    if (principals.get(0) == Principal.any()) {
      principal = JsonSafe.stringLength("*");
    } else if (principals.size() == 1) {
      Principal only = principals.get(0);
      principal = 2 + member(only.policyType()) + only.policyValueLength() + 2; // {"type":"value"}
    } else {
      principal = 2;
      boolean firstType = true;
      for (Map.Entry<String, List<String>> type : principalBlock().entrySet()) {
        principal += (firstType ? 0 : 1) + member(type.getKey()) + stringOrArray(type.getValue());
        firstType = false;
      }
    }
    length += 1 + member("Principal") + principal;
    length += 1 + member("Action")
        + (actions.size() == 1 ? JsonSafe.stringLength(actions.get(0).value())
            : stringOrArray(actions.stream().map(Action::value).toList()));
    length += 1 + member("Resource") + stringOrArray(resources);
    if (!conditions.isEmpty()) {
      length += 1 + member("Condition") + conditionBlockLength();
    }
    return length;
  }

  // {"op1":{"k1":v,"k2":v},"op2":{...}}: the conditions are already grouped by operator, in document order,
  // so one pass measures the block without building conditionBlock()'s maps.
  private int conditionBlockLength() {
    int block = 2;
    String operator = null;
    for (Condition condition : conditions) {
      if (condition.operator().equals(operator)) {
        block += 1; // the comma before this key
      } else {
        block += (operator == null ? 0 : 1) + member(condition.operator()) + 2;
        operator = condition.operator();
      }
      block += member(condition.key()) + stringOrArray(condition.values());
    }
    return block;
  }

  private static List<Principal> principalsInDocumentOrder(List<Principal> given) {
    if (given.size() == 1) {
      return List.copyOf(given); // the same list when it is already unmodifiable
    }
    Map<String, List<Principal>> byType = new LinkedHashMap<>();
    for (Principal principal : given) {
      byType.computeIfAbsent(principal.policyType(), type -> new ArrayList<>(2)).add(principal);
    }
    List<Principal> ordered = new ArrayList<>(given.size());
    byType.values().forEach(ordered::addAll);
    return List.copyOf(ordered);
  }

  private static List<Condition> inDocumentOrder(List<Condition> given) {
    if (given.size() <= 1) {
      return List.copyOf(given);
    }
    Map<String, List<Condition>> byOperator = new LinkedHashMap<>();
    for (Condition condition : given) {
      byOperator.computeIfAbsent(condition.operator(), operator -> new ArrayList<>(2)).add(condition);
    }
    List<Condition> ordered = new ArrayList<>(given.size());
    byOperator.values().forEach(ordered::addAll);
    return List.copyOf(ordered);
  }

  /** {@code "name":} */
  private static int member(String name) {
    return JsonSafe.stringLength(name) + 1;
  }

  /** {@code "v"} or {@code ["v1","v2"]} */
  private static int stringOrArray(List<String> values) {
    if (values.size() == 1) {
      return JsonSafe.stringLength(values.get(0));
    }
    int length = 2 + values.size() - 1;
    for (String value : values) {
      length += JsonSafe.stringLength(value);
    }
    return length;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Statement that
        && sid.equals(that.sid)
        && effect == that.effect
        && principals.equals(that.principals)
        && actions.equals(that.actions)
        && resources.equals(that.resources)
        && conditions.equals(that.conditions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sid, effect, principals, actions, resources, conditions);
  }

  @Override
  public String toString() {
    return "Statement[" + sid + ' ' + effect + ' ' + principals + ' ' + actions + ' ' + resources + ' '
        + conditions + ']';
  }
}
