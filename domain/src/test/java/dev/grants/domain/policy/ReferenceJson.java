package dev.grants.domain.policy;

import dev.grants.domain.principal.Principal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An independent writer of the compact IAM JSON that {@link Statement} and {@link ResourcePolicy} describe in
 * their Javadoc, built from their public accessors only (never from the production length computation), with
 * full JSON string escaping, so tests can compare documents as literal strings and sizes as UTF-8 byte counts.
 */
public final class ReferenceJson {
  private ReferenceJson() {}

  /** {@code {"Version":"2012-10-17","Id":"default","Statement":[...]}} */
  public static String policy(List<Statement> statements) {
    StringBuilder json = new StringBuilder("{\"Version\":\"2012-10-17\",\"Id\":\"default\",\"Statement\":[");
    for (int i = 0; i < statements.size(); i++) {
      if (i > 0) {
        json.append(',');
      }
      json.append(statement(statements.get(i)));
    }
    return json.append("]}").toString();
  }

  /** {@code {"Sid":..,"Effect":..,"Principal":..,"Action":..,"Resource":..[,"Condition":..]}} */
  public static String statement(Statement statement) {
    StringBuilder json = new StringBuilder("{");
    json.append("\"Sid\":").append(string(statement.sid().value()));
    json.append(",\"Effect\":").append(string(statement.effect() == Effect.ALLOW ? "Allow" : "Deny"));
    json.append(",\"Principal\":");
    List<Principal> principals = statement.principals();
    if (principals.size() == 1 && principals.get(0) instanceof Principal.Any) {
      json.append("\"*\"");
    } else {
      List<String> values = new ArrayList<>();
      for (Principal principal : principals) {
        values.add(principalValue(principal));
      }
      json.append("{\"AWS\":").append(stringOrArray(values)).append('}');
    }
    List<String> actions = new ArrayList<>();
    statement.actions().forEach(action -> actions.add(action.value()));
    json.append(",\"Action\":").append(stringOrArray(actions));
    json.append(",\"Resource\":").append(stringOrArray(statement.resources()));
    if (!statement.conditions().isEmpty()) {
      Map<String, Map<String, List<String>>> grouped = new LinkedHashMap<>();
      for (Condition condition : statement.conditions()) {
        grouped.computeIfAbsent(condition.operator(), unused -> new LinkedHashMap<>())
            .put(condition.key(), condition.values());
      }
      json.append(",\"Condition\":{");
      boolean firstOperator = true;
      for (Map.Entry<String, Map<String, List<String>>> operator : grouped.entrySet()) {
        if (!firstOperator) {
          json.append(',');
        }
        firstOperator = false;
        json.append(string(operator.getKey())).append(":{");
        boolean firstKey = true;
        for (Map.Entry<String, List<String>> key : operator.getValue().entrySet()) {
          if (!firstKey) {
            json.append(',');
          }
          firstKey = false;
          json.append(string(key.getKey())).append(':').append(stringOrArray(key.getValue()));
        }
        json.append('}');
      }
      json.append('}');
    }
    return json.append('}').toString();
  }

  /** The number of UTF-8 bytes of {@code json}. */
  public static int utf8Length(String json) {
    return json.getBytes(StandardCharsets.UTF_8).length;
  }

  private static String principalValue(Principal principal) {
    if (principal instanceof Principal.Account account) {
      return "arn:" + account.partition().name() + ":iam::" + account.id().value() + ":root";
    }
    if (principal instanceof Principal.Role role) {
      return role.arn().toString();
    }
    throw new IllegalArgumentException("* is written alone: " + principal);
  }

  private static String stringOrArray(List<String> values) {
    if (values.size() == 1) {
      return string(values.get(0));
    }
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        json.append(',');
      }
      json.append(string(values.get(i)));
    }
    return json.append(']').toString();
  }

  private static String string(String value) {
    StringBuilder json = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        json.append('\\').append(c);
      } else if (c < 0x20) {
        json.append(String.format("\\u%04x", (int) c));
      } else {
        json.append(c);
      }
    }
    return json.append('"').toString();
  }
}
