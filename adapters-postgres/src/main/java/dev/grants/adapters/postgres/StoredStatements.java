package dev.grants.adapters.postgres;

import dev.grants.domain.policy.Action;
import dev.grants.domain.policy.Condition;
import dev.grants.domain.policy.Effect;
import dev.grants.domain.policy.Statement;
import dev.grants.domain.policy.StatementId;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Arn;
import dev.grants.domain.principal.Partition;
import dev.grants.domain.principal.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The statements of a resource policy as the {@code statements} column keeps them: a JSON array, one object per
 * statement in the policy's order, each principal tagged with its kind so that it reads back as the very
 * principal it was (an IAM document cannot tell an account's root ARN written as an account from the same text
 * written as another AWS principal):
 *
 * <pre>{@code
 * [{"sid":"xaccount","effect":"Allow","principals":[["account","aws","223456789012"]],
 *   "actions":["lambda:GetLayerVersion"],"resources":["arn:aws:lambda:us-east-2:123456789012:layer:my-layer:1"],
 *   "conditions":[["StringEquals","aws:PrincipalOrgID",["o-a1b2c3d4e5"]]]}]
 * }</pre>
 *
 * Principal kinds: {@code ["account", partition, id]}, {@code ["role", arn]}, {@code ["any"]},
 * {@code ["named", type, value]}. {@code conditions} is left out when there are none.
 */
final class StoredStatements {
  private StoredStatements() {}

  /** The column value of {@code statements}. */
  static String encode(List<Statement> statements) {
    StringBuilder out = new StringBuilder(64 + statements.size() * 200);
    out.append('[');
    for (int i = 0; i < statements.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      statement(out, statements.get(i));
    }
    return out.append(']').toString();
  }

  private static void statement(StringBuilder out, Statement statement) {
    out.append("{\"sid\":");
    StoredJson.string(out, statement.sid().value());
    out.append(",\"effect\":");
    StoredJson.string(out, statement.effect().policyValue());
    out.append(",\"principals\":[");
    List<Principal> principals = statement.principals();
    for (int i = 0; i < principals.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      principal(out, principals.get(i));
    }
    out.append("],\"actions\":[");
    List<Action> actions = statement.actions();
    for (int i = 0; i < actions.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      StoredJson.string(out, actions.get(i).value());
    }
    out.append("],\"resources\":");
    StoredJson.stringArray(out, statement.resources());
    if (!statement.conditions().isEmpty()) {
      out.append(",\"conditions\":[");
      List<Condition> conditions = statement.conditions();
      for (int i = 0; i < conditions.size(); i++) {
        Condition condition = conditions.get(i);
        if (i > 0) {
          out.append(',');
        }
        out.append('[');
        StoredJson.string(out, condition.operator()).append(',');
        StoredJson.string(out, condition.key()).append(',');
        StoredJson.stringArray(out, condition.values()).append(']');
      }
      out.append(']');
    }
    out.append('}');
  }

  private static void principal(StringBuilder out, Principal principal) {
    if (principal instanceof Principal.Account account) {
      out.append("[\"account\",");
      StoredJson.string(out, account.partition().name()).append(',');
      StoredJson.string(out, account.id().value()).append(']');
    } else if (principal instanceof Principal.Role role) {
      out.append("[\"role\",");
      StoredJson.string(out, role.arn().toString()).append(']');
    } else if (principal instanceof Principal.Named named) {
      out.append("[\"named\",");
      StoredJson.string(out, named.type()).append(',');
      StoredJson.string(out, named.value()).append(']');
    } else {
      out.append("[\"any\"]");
    }
  }

  /** The statements the column value {@code stored} holds, in order. */
  static List<Statement> decode(String stored) {
    List<Object> items = StoredJson.list(StoredJson.parse(stored));
    List<Statement> statements = new ArrayList<>(items.size());
    Statement previous = null;
    for (Object item : items) {
      Map<String, Object> fields = StoredJson.map(item);
      StatementId sid = StatementId.of(StoredJson.string(fields.get("sid")));
      Effect effect = effect(StoredJson.string(fields.get("effect")));
      List<Principal> principals = new ArrayList<>(1);
      for (Object principal : StoredJson.list(fields.get("principals"))) {
        principals.add(principal(StoredJson.list(principal)));
      }
      List<Action> actions = new ArrayList<>(1);
      for (Object action : StoredJson.list(fields.get("actions"))) {
        actions.add(Action.of(StoredJson.string(action)));
      }
      List<String> resources = new ArrayList<>(1);
      for (Object resource : StoredJson.list(fields.get("resources"))) {
        resources.add(StoredJson.string(resource));
      }
      List<Condition> conditions = new ArrayList<>(0);
      Object storedConditions = fields.get("conditions");
      if (storedConditions != null) {
        for (Object condition : StoredJson.list(storedConditions)) {
          List<Object> parts = StoredJson.list(condition);
          if (parts.size() != 3) {
            throw new IllegalStateException("corrupt stored statement: a condition has three parts");
          }
          List<String> values = new ArrayList<>();
          for (Object value : StoredJson.list(parts.get(2))) {
            values.add(StoredJson.string(value));
          }
          conditions.add(new Condition(StoredJson.string(parts.get(0)), StoredJson.string(parts.get(1)), values));
        }
      }
      // Statements of one policy usually share all but their id and principals: build from the previous one
      // then, as the domain allows, rather than checking the same resource text again.
      Statement statement = previous != null && previous.effect() == effect && previous.actions().equals(actions)
          && previous.resources().equals(resources) && previous.conditions().equals(conditions)
          ? previous.withSidAndPrincipals(sid, principals)
          : Statement.of(sid, effect, principals, actions, resources, conditions);
      statements.add(statement);
      previous = statement;
    }
    return statements;
  }

  private static Effect effect(String value) {
    for (Effect effect : Effect.values()) {
      if (effect.policyValue().equals(value)) {
        return effect;
      }
    }
    throw new IllegalStateException("corrupt stored statement: effect " + value);
  }

  private static Principal principal(List<Object> parts) {
    String kind = parts.isEmpty() ? "" : StoredJson.string(parts.get(0));
    switch (kind) {
      case "account":
        requireParts(parts, 3);
        return Principal.account(AccountId.of(StoredJson.string(parts.get(2))),
            Partition.of(StoredJson.string(parts.get(1))));
      case "role":
        requireParts(parts, 2);
        return Principal.role(Arn.parse(StoredJson.string(parts.get(1)))
            .getOrElseThrow(() -> new IllegalStateException("corrupt stored principal: a role ARN")));
      case "any":
        requireParts(parts, 1);
        return Principal.any();
      case "named":
        requireParts(parts, 3);
        return Principal.named(StoredJson.string(parts.get(1)), StoredJson.string(parts.get(2)));
      default:
        throw new IllegalStateException("corrupt stored principal: kind " + kind);
    }
  }

  private static void requireParts(List<Object> parts, int count) {
    if (parts.size() != count) {
      throw new IllegalStateException("corrupt stored principal: " + parts);
    }
  }
}
