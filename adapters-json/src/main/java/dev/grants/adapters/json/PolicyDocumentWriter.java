package dev.grants.adapters.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.grants.domain.policy.Action;
import dev.grants.domain.policy.ResourcePolicy;
import dev.grants.domain.policy.Statement;
import dev.grants.domain.principal.Principal;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Writes resource policies and statements in the canonical compact IAM JSON form: keys in the order
 * {@code Version, Id, Statement} and {@code Sid, Effect, Principal, Action, Resource, Condition}; a single
 * principal, action or resource as a string, several as an array; no whitespace. The output is exactly
 * {@link ResourcePolicy#compactJsonLength()} (or {@link Statement#compactJsonLength()}) UTF-8 bytes.
 *
 * <pre>{@code
 * PolicyDocumentWriter.write(policy);
 * // {"Version":"2012-10-17","Id":"default","Statement":[{"Sid":"xaccount","Effect":"Allow",...}]}
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class PolicyDocumentWriter {
  /** {@code Version}. */
  public static final String VERSION = "Version";
  /** {@code Id}. */
  public static final String ID = "Id";
  /** {@code Statement}. */
  public static final String STATEMENT = "Statement";
  /** {@code Sid}. */
  public static final String SID = "Sid";
  /** {@code Effect}. */
  public static final String EFFECT = "Effect";
  /** {@code Principal}. */
  public static final String PRINCIPAL = "Principal";
  /** {@code AWS}, the principal type of accounts and roles. */
  public static final String AWS = "AWS";
  /** {@code Action}. */
  public static final String ACTION = "Action";
  /** {@code Resource}. */
  public static final String RESOURCE = "Resource";
  /** {@code Condition}. */
  public static final String CONDITION = "Condition";

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private PolicyDocumentWriter() {}

  /** The compact JSON document of {@code policy}. */
  public static String write(ResourcePolicy policy) {
    return new String(writeBytes(policy), StandardCharsets.UTF_8);
  }

  /** The compact JSON document of {@code policy}, as UTF-8 bytes. */
  public static byte[] writeBytes(ResourcePolicy policy) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(policy.compactJsonLength());
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField(VERSION, ResourcePolicy.VERSION);
      json.writeStringField(ID, ResourcePolicy.ID);
      json.writeArrayFieldStart(STATEMENT);
      for (Statement statement : policy.statements()) {
        writeStatement(statement, json);
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    return out.toByteArray();
  }

  /**
   * The compact JSON of a document as read: its {@code Version} and {@code Id} when it has them, then its
   * statements, always as an array.
   */
  public static String write(PolicyDocument document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.writeStartObject();
      if (document.version() != null) {
        json.writeStringField(VERSION, document.version());
      }
      if (document.id() != null) {
        json.writeStringField(ID, document.id());
      }
      json.writeArrayFieldStart(STATEMENT);
      for (Statement statement : document.statements()) {
        writeStatement(statement, json);
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The compact JSON of one statement. */
  public static String write(Statement statement) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(statement.compactJsonLength());
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      writeStatement(statement, json);
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Writes one statement as the next value of {@code json}. */
  public static void writeStatement(Statement statement, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField(SID, statement.sid().value());
    json.writeStringField(EFFECT, statement.effect().policyValue());
    json.writeFieldName(PRINCIPAL);
    if (statement.principals().get(0) == Principal.any()) {
      json.writeString("*");
    } else if (statement.principals().size() == 1) {
      // The common case, without the grouping map.
      Principal only = statement.principals().get(0);
      json.writeStartObject();
      json.writeStringField(only.policyType(), only.policyValue());
      json.writeEndObject();
    } else {
      json.writeStartObject();
      for (Map.Entry<String, List<String>> type : statement.principalBlock().entrySet()) {
        json.writeFieldName(type.getKey());
        writeStringOrArray(type.getValue(), json);
      }
      json.writeEndObject();
    }
    json.writeFieldName(ACTION);
    List<Action> actions = statement.actions();
    if (actions.size() == 1) {
      json.writeString(actions.get(0).value());
    } else {
      json.writeStartArray();
      for (Action action : actions) {
        json.writeString(action.value());
      }
      json.writeEndArray();
    }
    json.writeFieldName(RESOURCE);
    writeStringOrArray(statement.resources(), json);
    if (!statement.conditions().isEmpty()) {
      json.writeObjectFieldStart(CONDITION);
      for (Map.Entry<String, Map<String, List<String>>> operator : statement.conditionBlock().entrySet()) {
        json.writeObjectFieldStart(operator.getKey());
        for (Map.Entry<String, List<String>> key : operator.getValue().entrySet()) {
          json.writeFieldName(key.getKey());
          writeStringOrArray(key.getValue(), json);
        }
        json.writeEndObject();
      }
      json.writeEndObject();
    }
    json.writeEndObject();
  }

  private static void writeStringOrArray(List<String> values, JsonGenerator json) throws IOException {
    if (values.size() == 1) {
      json.writeString(values.get(0));
      return;
    }
    json.writeStartArray();
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }
}
