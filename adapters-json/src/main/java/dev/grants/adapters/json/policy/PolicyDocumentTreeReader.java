package dev.grants.adapters.json.policy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.grants.adapters.json.wire.WellFormed;
import dev.grants.domain.policy.Action;
import dev.grants.domain.policy.Condition;
import dev.grants.domain.policy.Effect;
import dev.grants.domain.policy.Statement;
import dev.grants.domain.policy.StatementId;
import dev.grants.domain.principal.Principal;
import io.vavr.control.Either;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The general reader behind {@link PolicyDocumentReader}: Jackson reads the whole text into a tree, then each
 * statement is converted. It decides every document {@link PolicyDocumentScanner} declines, and so gives
 * every refusal and its reason.
 */
final class PolicyDocumentTreeReader {
  /** What Jackson refuses beyond the JSON grammar: the scanner declines whatever comes near these limits. */
  static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder().maxNestingDepth(32).build();

  private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .streamReadConstraints(CONSTRAINTS)
      .build());

  private PolicyDocumentTreeReader() {}

  /** The document {@code json}, or why it cannot be read. */
  static Either<InvalidPolicyDocument, PolicyDocument> read(String json) {
    JsonNode root;
    try (JsonParser parser = MAPPER.createParser(json)) {
      root = MAPPER.readTree(parser);
      if (parser.nextToken() != null) {
        return invalid("Unexpected content after the document");
      }
    } catch (JsonProcessingException e) {
      return invalid("Not JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      return invalid("Not JSON: " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      return invalid("A policy document is a JSON object");
    }
    try {
      String version = optionalText(root, "Version", "the document");
      String id = optionalText(root, "Id", "the document");
      JsonNode statementNode = root.get("Statement");
      if (statementNode == null) {
        return invalid("Statement is missing");
      }
      List<JsonNode> nodes = new ArrayList<>();
      if (statementNode.isArray()) {
        statementNode.forEach(nodes::add);
      } else if (statementNode.isObject()) {
        nodes.add(statementNode);
      } else {
        return invalid("Statement must be an object or an array of objects");
      }
      List<Statement> statements = new ArrayList<>(nodes.size());
      for (int i = 0; i < nodes.size(); i++) {
        statements.add(statement(nodes.get(i), "statement " + (i + 1)));
      }
      List<StatementId> ids = statements.stream().map(Statement::sid).toList();
      if (ids.stream().distinct().count() != ids.size()) {
        return invalid("Two statements share a Sid");
      }
      return Either.right(new PolicyDocument(version, id, statements));
    } catch (Unreadable e) {
      return invalid(e.getMessage());
    }
  }

  private static Statement statement(JsonNode node, String where) throws Unreadable {
    if (!node.isObject()) {
      throw new Unreadable(where + " must be an object");
    }
    for (String unsupported : List.of("NotPrincipal", "NotAction", "NotResource")) {
      if (node.has(unsupported)) {
        throw new Unreadable(where + ": " + unsupported + " is not supported");
      }
    }
    String sid = optionalText(node, "Sid", where);
    if (sid == null) {
      throw new Unreadable(where + " has no Sid");
    }
    String effect = optionalText(node, "Effect", where);
    if (effect == null || !(effect.equals("Allow") || effect.equals("Deny"))) {
      throw new Unreadable(where + ": Effect must be Allow or Deny");
    }
    try {
      return Statement.of(
          StatementId.of(sid),
          effect.equals("Allow") ? Effect.ALLOW : Effect.DENY,
          principals(node.get("Principal"), where),
          strings(node.get("Action"), where + ": Action").stream().map(Action::of).toList(),
          strings(node.get("Resource"), where + ": Resource"),
          conditions(node.get("Condition"), where));
    } catch (IllegalArgumentException notAllowed) {
      throw new Unreadable(where + ": " + notAllowed.getMessage());
    }
  }

  private static List<Principal> principals(JsonNode node, String where) throws Unreadable {
    if (node == null) {
      throw new Unreadable(where + ": Principal is missing");
    }
    if (node.isTextual() && node.textValue().equals("*")) {
      return List.of(Principal.any());
    }
    if (!node.isObject() || node.size() == 0) {
      throw new Unreadable(where + ": Principal must be \"*\" or an object of principal types");
    }
    List<Principal> principals = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> types = node.fields(); types.hasNext(); ) {
      Map.Entry<String, JsonNode> type = types.next();
      for (String value : strings(type.getValue(), where + ": Principal " + type.getKey())) {
        if (DocumentPrincipals.isAnyone(type.getKey(), value)) {
          return List.of(Principal.any()); // {"AWS":"*"} is anyone, whatever else is listed
        }
        principals.add(DocumentPrincipals.principal(type.getKey(), value));
      }
    }
    return principals;
  }

  private static List<Condition> conditions(JsonNode node, String where) throws Unreadable {
    if (node == null) {
      return List.of();
    }
    if (!node.isObject()) {
      throw new Unreadable(where + ": Condition must be an object");
    }
    List<Condition> conditions = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> operators = node.fields(); operators.hasNext(); ) {
      Map.Entry<String, JsonNode> operator = operators.next();
      if (!operator.getValue().isObject()) {
        throw new Unreadable(where + ": Condition " + operator.getKey() + " must be an object");
      }
      for (Iterator<Map.Entry<String, JsonNode>> keys = operator.getValue().fields(); keys.hasNext(); ) {
        Map.Entry<String, JsonNode> key = keys.next();
        conditions.add(new Condition(operator.getKey(), key.getKey(),
            scalars(key.getValue(), where + ": Condition " + operator.getKey() + ' ' + key.getKey())));
      }
    }
    return conditions;
  }

  private static List<String> strings(JsonNode node, String what) throws Unreadable {
    if (node == null) {
      throw new Unreadable(what + " is missing");
    }
    if (node.isTextual()) {
      return List.of(node.textValue());
    }
    if (node.isArray() && node.size() > 0) {
      List<String> values = new ArrayList<>(node.size());
      for (JsonNode item : node) {
        if (!item.isTextual()) {
          throw new Unreadable(what + " must hold strings");
        }
        values.add(item.textValue());
      }
      return values;
    }
    throw new Unreadable(what + " must be a string or a non-empty array of strings");
  }

  private static List<String> scalars(JsonNode node, String what) throws Unreadable {
    List<JsonNode> items = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(items::add);
    } else {
      items.add(node);
    }
    if (items.isEmpty()) {
      throw new Unreadable(what + " has no value");
    }
    List<String> values = new ArrayList<>(items.size());
    for (JsonNode item : items) {
      if (!item.isValueNode() || item.isNull()) {
        throw new Unreadable(what + " must hold strings, numbers or booleans");
      }
      values.add(item.asText());
    }
    return values;
  }

  private static String optionalText(JsonNode node, String member, String where) throws Unreadable {
    JsonNode value = node.get(member);
    if (value == null) {
      return null;
    }
    if (!value.isTextual()) {
      throw new Unreadable(where + ": " + member + " must be a string");
    }
    return value.textValue();
  }

  private static Either<InvalidPolicyDocument, PolicyDocument> invalid(String reason) {
    return Either.left(new InvalidPolicyDocument(WellFormed.text(reason)));
  }

  /** A reason to stop reading, carried out of the recursive descent. */
  private static final class Unreadable extends Exception {
    Unreadable(String reason) {
      super(reason, null, false, false);
    }
  }
}
