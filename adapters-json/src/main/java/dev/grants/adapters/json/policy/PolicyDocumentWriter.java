package dev.grants.adapters.json.policy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.grants.adapters.json.policy.TextPieces.Glue;
import dev.grants.domain.policy.Action;
import dev.grants.domain.policy.Condition;
import dev.grants.domain.policy.Effect;
import dev.grants.domain.policy.ResourcePolicy;
import dev.grants.domain.policy.Statement;
import dev.grants.domain.principal.Partition;
import dev.grants.domain.principal.Principal;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Writes resource policies and statements in the canonical compact IAM JSON form: keys in the order
 * {@code Version, Id, Statement} and {@code Sid, Effect, Principal, Action, Resource, Condition}; a single
 * principal, action or resource as a string, several as an array; no whitespace. The output is exactly
 * {@link ResourcePolicy#compactJsonLength()} (or {@link Statement#compactJsonLength()}) UTF-8 bytes.
 *
 * <p>Policies and statements are written without a JSON generator: every value in them is policy-safe ASCII
 * (the domain refuses anything else), so none needs escaping, and the text is the values with constant
 * punctuation between them, joined once into the result ({@link TextPieces}). A document read from elsewhere
 * ({@link #write(PolicyDocument)}) may have any {@code Version} and {@code Id}: its envelope goes through
 * Jackson.
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

  // The canonical layout as the glue between values; each glue opens the quote (or array) of what follows.
  private static final String ENVELOPE =
      "{\"" + VERSION + "\":\"" + ResourcePolicy.VERSION + "\",\"" + ID + "\":\"" + ResourcePolicy.ID + "\",\""
          + STATEMENT + "\":[";
  private static final Glue EMPTY_POLICY = Glue.of(ENVELOPE + "]}");
  private static final Glue FIRST_STATEMENT = Glue.of(ENVELOPE + "{\"" + SID + "\":\"");
  private static final Glue NEXT_STATEMENT = Glue.of("},{\"" + SID + "\":\"");
  private static final Glue LAST_STATEMENT_END = Glue.of("}]}");
  private static final Glue LONE_STATEMENT = Glue.of("{\"" + SID + "\":\"");
  private static final Glue LONE_STATEMENT_END = Glue.of("}");
  // After the Sid: the effect and the principal's start, by Effect ordinal. Grants' own grants (anyone, an
  // account in a named partition) have their principal, and what follows it up to the next value, in one
  // piece: the join copies piece by piece, so the fewer the faster.
  private static final Partition[] NAMED_PARTITIONS = {Partition.AWS, Partition.AWS_CN, Partition.AWS_US_GOV};
  private static final Glue[][] ANYONE_THEN_ACTION = byEffect(effect -> stringOrArray(
      effect + "\"" + PRINCIPAL + "\":\"*\",\"" + ACTION + "\":"));
  private static final Glue[][] ACCOUNT_IN_NAMED_PARTITION = byEffect(effect -> Arrays.stream(NAMED_PARTITIONS)
      .map(partition -> Glue.of(effect + "\"" + PRINCIPAL + "\":{\"" + AWS + "\":\"arn:" + partition.name() + ":iam::"))
      .toArray(Glue[]::new));
  private static final Glue[] ACCOUNT =
      byEffect(effect -> Glue.of(effect + "\"" + PRINCIPAL + "\":{\"" + AWS + "\":\"arn:"));
  private static final Glue[] PRINCIPALS = byEffect(effect -> Glue.of(effect + "\"" + PRINCIPAL + "\":{\""));
  private static final Glue IAM = Glue.of(":iam::");
  // The Action member after an account's ARN, after a principal object; [0] one action, [1] an array.
  private static final Glue[] ROOT_THEN_ACTION = stringOrArray(":root\"},\"" + ACTION + "\":");
  private static final Glue[] OBJECT_THEN_ACTION = stringOrArray("},\"" + ACTION + "\":");
  private static final Glue[] THEN_RESOURCE = stringOrArray(",\"" + RESOURCE + "\":");
  private static final Glue THEN_CONDITION = Glue.of(",\"" + CONDITION + "\":{\"");
  /** Lambda's one condition, a grant to anyone within an organization, as one piece. */
  private static final Glue THEN_ORGANIZATION = Glue.of(",\"" + CONDITION + "\":{\"" + Condition.STRING_EQUALS
      + "\":{\"" + Condition.PRINCIPAL_ORG_ID + "\":\"");
  private static final Glue[] MEMBER_VALUE = stringOrArray(":");
  private static final Glue OPERATOR_BLOCK = Glue.of(":{\"");
  private static final Glue NEXT_OPERATOR = Glue.of("},\"");
  private static final Glue NEXT_MEMBER = Glue.of(",\"");
  private static final Glue ELEMENT = Glue.of(",\"");

  /**
   * What writeStatement and the glue before it write for Grants' own grants (an account, or anyone within an
   * organization) when the action and resource are the previous statement's (one piece then, see
   * TextPieces.repeatable): the expected count, exact for a policy of such grants on one resource.
   */
  private static final int PIECES_PER_STATEMENT = 6;
  /** The end of the document, and the action and resource written apart the first time. */
  private static final int PIECES_PER_POLICY = 3;

  private PolicyDocumentWriter() {}

  /** The compact JSON document of {@code policy}. */
  public static String write(ResourcePolicy policy) {
    return pieces(policy).joined(policy.compactJsonLength());
  }

  /** The compact JSON document of {@code policy}, as UTF-8 bytes. */
  public static byte[] writeBytes(ResourcePolicy policy) {
    return pieces(policy).bytes(policy.compactJsonLength());
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
    TextPieces out = new TextPieces(PIECES_PER_POLICY + PIECES_PER_STATEMENT);
    out.glue(LONE_STATEMENT);
    writeStatement(statement, out, new TextPieces.Run());
    out.glue(LONE_STATEMENT_END);
    return out.joined(statement.compactJsonLength());
  }

  /** Writes one statement as the next value of {@code json}. */
  public static void writeStatement(Statement statement, JsonGenerator json) throws IOException {
    json.writeRawValue(write(statement));
  }

  private static TextPieces pieces(ResourcePolicy policy) {
    List<Statement> statements = policy.statements();
    TextPieces out = new TextPieces(PIECES_PER_POLICY + PIECES_PER_STATEMENT * statements.size());
    if (statements.isEmpty()) {
      out.glue(EMPTY_POLICY);
    } else {
      TextPieces.Run actionAndResource = new TextPieces.Run();
      for (int i = 0; i < statements.size(); i++) {
        out.glue(i == 0 ? FIRST_STATEMENT : NEXT_STATEMENT);
        writeStatement(statements.get(i), out, actionAndResource);
      }
      out.glue(LAST_STATEMENT_END);
    }
    return out;
  }

  /**
   * From the Sid's value to the statement's last value; the caller writes what opens and closes it. A policy's
   * statements mostly share their action and resource: {@code actionAndResource} remembers them.
   */
  private static void writeStatement(Statement statement, TextPieces out, TextPieces.Run actionAndResource) {
    out.value(statement.sid().value());
    int effect = statement.effect().ordinal();
    List<Principal> principals = statement.principals();
    int actions = statement.actions().size() == 1 ? 0 : 1;
    if (principals.get(0) == Principal.any()) {
      out.glue(ANYONE_THEN_ACTION[effect][actions]);
    } else if (principals.size() == 1 && principals.get(0) instanceof Principal.Account account) {
      // The common grant, its root ARN written from its parts rather than built.
      int partition = namedPartition(account.partition());
      if (partition >= 0) {
        out.glue(ACCOUNT_IN_NAMED_PARTITION[effect][partition]);
      } else {
        out.glue(ACCOUNT[effect]);
        out.part(account.partition().name());
        out.glue(IAM);
      }
      out.part(account.id().value());
      out.glue(ROOT_THEN_ACTION[actions]);
    } else {
      out.glue(PRINCIPALS[effect]);
      writePrincipalTypes(principals, out);
      out.glue(OBJECT_THEN_ACTION[actions]);
    }
    List<Action> actionList = statement.actions();
    if (actionList.size() == 1 && statement.resources().size() == 1) {
      out.repeatable(actionAndResource, actionList.get(0).value(), THEN_RESOURCE[0], statement.resources().get(0));
    } else {
      writeActionsAndResources(statement, out);
    }
    if (!statement.conditions().isEmpty()) {
      writeConditions(statement.conditions(), out);
    }
  }

  private static void writeActionsAndResources(Statement statement, TextPieces out) {
    List<Action> actionList = statement.actions();
    for (int i = 0; i < actionList.size(); i++) {
      if (i > 0) {
        out.glue(ELEMENT);
      }
      out.value(actionList.get(i).value());
    }
    if (actionList.size() > 1) {
      out.closeArray();
    }
    out.glue(THEN_RESOURCE[statement.resources().size() == 1 ? 0 : 1]);
    writeStrings(statement.resources(), out);
  }

  // "type":value-or-array for each type; the statement keeps its principals grouped by type, in document order.
  private static void writePrincipalTypes(List<Principal> principals, TextPieces out) {
    int from = 0;
    while (from < principals.size()) {
      String type = principals.get(from).policyType();
      int to = from + 1;
      while (to < principals.size() && principals.get(to).policyType().equals(type)) {
        to++;
      }
      if (from > 0) {
        out.glue(NEXT_MEMBER);
      }
      out.value(type);
      out.glue(MEMBER_VALUE[to - from == 1 ? 0 : 1]);
      for (int i = from; i < to; i++) {
        if (i > from) {
          out.glue(ELEMENT);
        }
        writePrincipalValue(principals.get(i), out);
      }
      if (to - from > 1) {
        out.closeArray();
      }
      from = to;
    }
  }

  private static void writePrincipalValue(Principal principal, TextPieces out) {
    if (principal instanceof Principal.Account account) {
      out.part("arn:");
      out.part(account.partition().name());
      out.part(":iam::");
      out.part(account.id().value());
      out.value(":root");
    } else {
      out.value(principal.policyValue());
    }
  }

  // "Condition":{"operator":{"key":value-or-array,...},...}; the statement keeps them grouped by operator.
  private static void writeConditions(List<Condition> conditions, TextPieces out) {
    if (isOrganizationOnly(conditions)) {
      out.glue(THEN_ORGANIZATION);
      out.value(conditions.get(0).values().get(0));
      out.closeConditionBlock();
      return;
    }
    out.glue(THEN_CONDITION);
    String operator = null;
    for (Condition condition : conditions) {
      if (condition.operator().equals(operator)) {
        out.glue(NEXT_MEMBER);
      } else {
        if (operator != null) {
          out.glue(NEXT_OPERATOR);
        }
        operator = condition.operator();
        out.value(operator);
        out.glue(OPERATOR_BLOCK);
      }
      out.value(condition.key());
      out.glue(MEMBER_VALUE[condition.values().size() == 1 ? 0 : 1]);
      writeStrings(condition.values(), out);
    }
    out.closeConditionBlock();
  }

  private static boolean isOrganizationOnly(List<Condition> conditions) {
    if (conditions.size() != 1) {
      return false;
    }
    Condition only = conditions.get(0);
    return only.values().size() == 1 && only.operator().equals(Condition.STRING_EQUALS)
        && only.key().equals(Condition.PRINCIPAL_ORG_ID);
  }

  private static int namedPartition(Partition partition) {
    for (int i = 0; i < NAMED_PARTITIONS.length; i++) {
      if (NAMED_PARTITIONS[i].equals(partition)) {
        return i;
      }
    }
    return -1;
  }

  private static void writeStrings(List<String> values, TextPieces out) {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.glue(ELEMENT);
      }
      out.value(values.get(i));
    }
    if (values.size() > 1) {
      out.closeArray();
    }
  }

  /** What {@code glue} makes of the text {@code ,"Effect":"Allow",} for each Effect, by ordinal. */
  private static <T> T[] byEffect(Function<String, T> glue) {
    List<T> byOrdinal = new ArrayList<>();
    for (Effect effect : Effect.values()) {
      byOrdinal.add(glue.apply(",\"" + EFFECT + "\":\"" + effect.policyValue() + "\","));
    }
    @SuppressWarnings("unchecked")
    T[] array = (T[]) Array.newInstance(byOrdinal.get(0).getClass(), byOrdinal.size());
    return byOrdinal.toArray(array);
  }

  private static Glue[] stringOrArray(String before) {
    return new Glue[] {Glue.of(before + '"'), Glue.of(before + "[\"")};
  }
}
