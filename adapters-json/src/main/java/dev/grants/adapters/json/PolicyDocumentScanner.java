package dev.grants.adapters.json;

import dev.grants.domain.policy.Action;
import dev.grants.domain.policy.Condition;
import dev.grants.domain.policy.Effect;
import dev.grants.domain.policy.ResourcePolicy;
import dev.grants.domain.policy.Statement;
import dev.grants.domain.policy.StatementId;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Partition;
import dev.grants.domain.principal.Principal;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The fast path of {@link PolicyDocumentReader}: one pass over the text, straight into the domain, for
 * documents as policies are usually written: compact or indented, members in any order, {@code Statement} an
 * object or an array, principal entries, actions, resources and condition values each a string or an array of
 * strings. It declines everything else: an escape sequence, a number, boolean or null, an unknown member
 * ({@code NotPrincipal} too), a {@code *} inside a principal object, an empty condition operator, a
 * duplicate, a value the domain refuses, text that is not JSON or comes near Jackson's limits. Declined text
 * goes to {@link PolicyDocumentTreeReader}, so this class never decides a refusal or its reason, and whatever
 * it accepts the tree reader reads to the same document (PolicyDocumentReaderProperties checks both on
 * generated and broken documents).
 *
 * <p>A policy's statements mostly repeat their action, resource and condition: each is taken from the previous
 * statement when its text is the same, rather than copied and checked again. One instance per read.
 */
final class PolicyDocumentScanner {
  private static final int MAX_NAME_LENGTH = PolicyDocumentTreeReader.CONSTRAINTS.getMaxNameLength();
  private static final int MAX_STRING_LENGTH = PolicyDocumentTreeReader.CONSTRAINTS.getMaxStringLength();
  private static final int END = -1;
  /** Why the scanner stops: preallocated, without a stack trace, since declining is an ordinary outcome. */
  private static final Declined DECLINED = new Declined();

  private static final String[] DOCUMENT_MEMBERS = {"Version", "Id", "Statement"};
  private static final int VERSION = 0;
  private static final int ID = 1;
  private static final String[] STATEMENT_MEMBERS = {"Sid", "Effect", "Principal", "Action", "Resource", "Condition"};
  private static final int SID = 0;
  private static final int EFFECT = 1;
  private static final int PRINCIPAL = 2;
  private static final int ACTION = 3;
  private static final int RESOURCE = 4;
  private static final int REQUIRED_STATEMENT_MEMBERS = 0b11111; // all but Condition
  private static final List<Principal> ANYONE = List.of(Principal.any());
  private static final Partition[] NAMED_PARTITIONS = {Partition.AWS, Partition.AWS_CN, Partition.AWS_US_GOV};

  private final String json;
  private int at;
  // The previous statement's values, reused while the text repeats them.
  private List<Action> lastActions = List.of(Action.LAMBDA_GET_LAYER_VERSION);
  private List<String> lastResources;
  private Condition lastCondition;

  private PolicyDocumentScanner(String json) {
    this.json = json;
  }

  /** The document, or none when the text is not one the scanner reads. */
  static Option<PolicyDocument> read(String json) {
    if (json.indexOf('\\') >= 0) {
      // An escape sequence somewhere: rare, and the tree reader reads it. Without any, a string ends at the
      // next quote, which String.indexOf finds many characters at a time.
      return Option.none();
    }
    try {
      return Option.some(new PolicyDocumentScanner(json).document());
    } catch (Declined | IllegalArgumentException declined) { // the domain's refusals too
      return Option.none();
    }
  }

  private PolicyDocument document() {
    expect('{');
    String version = null;
    String id = null;
    List<Statement> statements = null;
    int seen = 0;
    do {
      int member = memberName(DOCUMENT_MEMBERS);
      seen = once(member, seen);
      if (member == VERSION) {
        version = anyText(ResourcePolicy.VERSION);
      } else if (member == ID) {
        id = anyText(ResourcePolicy.ID);
      } else {
        statements = statements();
      }
    } while (nextMember('}'));
    skipWhitespace();
    if (statements == null || at != json.length()) {
      throw DECLINED;
    }
    return new PolicyDocument(version, id, statements);
  }

  private List<Statement> statements() {
    if (peek() == '{') {
      return List.of(statement());
    }
    expect('[');
    List<Statement> statements = new ArrayList<>();
    if (peek() == ']') {
      at++;
      return statements;
    }
    do {
      statements.add(statement());
    } while (nextMember(']'));
    requireDistinctSids(statements);
    return statements;
  }

  private Statement statement() {
    expect('{');
    StatementId sid = null;
    Effect effect = null;
    List<Principal> principals = null;
    List<Action> actions = null;
    List<String> resources = null;
    List<Condition> conditions = List.of();
    int seen = 0;
    do {
      int member = memberName(STATEMENT_MEMBERS);
      seen = once(member, seen);
      switch (member) {
        case SID -> sid = StatementId.of(string(null));
        case EFFECT -> effect = effect();
        case PRINCIPAL -> principals = principals();
        case ACTION -> actions = actions();
        case RESOURCE -> resources = resources();
        default -> conditions = conditions();
      }
    } while (nextMember('}'));
    if ((seen & REQUIRED_STATEMENT_MEMBERS) != REQUIRED_STATEMENT_MEMBERS) {
      throw DECLINED;
    }
    return Statement.of(sid, effect, principals, actions, resources, conditions);
  }

  private Effect effect() {
    int start = openString();
    int end = closeString(start);
    if (sameText(start, end, Effect.ALLOW.policyValue())) {
      return Effect.ALLOW;
    }
    if (sameText(start, end, Effect.DENY.policyValue())) {
      return Effect.DENY;
    }
    throw DECLINED;
  }

  // "*" or {"type": value-or-array, ...}
  private List<Principal> principals() {
    if (peek() == '"') {
      int start = openString();
      int end = closeString(start);
      if (sameText(start, end, "*")) {
        return ANYONE;
      }
      throw DECLINED;
    }
    expect('{');
    List<Principal> principals = new ArrayList<>(2);
    List<String> types = new ArrayList<>(2);
    do {
      String type = name(Principal.AWS);
      if (types.contains(type)) {
        throw DECLINED;
      }
      types.add(type);
      boolean array = opensArray();
      do {
        int start = openString();
        int end = closeString(start);
        principals.add(principal(type, start, end));
      } while (array && nextMember(']'));
    } while (nextMember('}'));
    return principals;
  }

  private Principal principal(String type, int start, int end) {
    if (sameText(start, end, "*")) {
      throw DECLINED; // {"AWS":"*"} is anyone whatever else is listed, under other types a refusal
    }
    if (type.equals(Principal.AWS)) {
      Principal account = account(start, end);
      if (account != null) {
        return account;
      }
    }
    // Not always kept verbatim (a root ARN's region is dropped), so not left to the domain's check.
    requireNoControlCharacters(start, end);
    return DocumentPrincipals.principal(type, json.substring(start, end));
  }

  /**
   * The commonest principal, an account as {@code 123456789012} or its root ARN in one of the named
   * partitions, read without copying the ARN; null for anything else, which DocumentPrincipals reads.
   */
  private Principal account(int start, int end) {
    if (end - start == 12 && isAccountId(start)) {
      return Principal.account(AccountId.of(json.substring(start, end)), Partition.AWS);
    }
    int accountAt = end - ":root".length() - 12;
    if (accountAt < start || !json.startsWith("arn:", start) || !json.startsWith(":root", end - 5)
        || !json.startsWith(":iam::", accountAt - 6) || !isAccountId(accountAt)) {
      return null;
    }
    Partition partition = namedPartition(start + 4, accountAt - 6);
    return partition == null ? null
        : Principal.account(AccountId.of(json.substring(accountAt, accountAt + 12)), partition);
  }

  private Partition namedPartition(int start, int end) {
    for (Partition partition : NAMED_PARTITIONS) {
      if (sameText(start, end, partition.name())) {
        return partition;
      }
    }
    return null;
  }

  /** Whether the 12 characters from {@code start} are digits, as {@link AccountId#isAccountId} asks. */
  private boolean isAccountId(int start) {
    for (int i = start; i < start + 12; i++) {
      char c = json.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private List<Action> actions() {
    if (opensArray()) {
      List<Action> actions = new ArrayList<>(2);
      do {
        actions.add(Action.of(string(null)));
      } while (nextMember(']'));
      return List.copyOf(actions);
    }
    int start = openString();
    int end = closeString(start);
    if (lastActions.size() != 1 || !sameText(start, end, lastActions.get(0).value())) {
      lastActions = List.of(Action.of(json.substring(start, end)));
    }
    return lastActions;
  }

  private List<String> resources() {
    if (opensArray()) {
      return strings();
    }
    int start = openString();
    int end = closeString(start);
    if (lastResources == null || lastResources.size() != 1 || !sameText(start, end, lastResources.get(0))) {
      lastResources = List.of(json.substring(start, end));
    }
    return lastResources;
  }

  // {"operator": {"key": value-or-array, ...}, ...}, in document order
  private List<Condition> conditions() {
    expect('{');
    if (peek() == '}') {
      at++;
      return List.of();
    }
    List<Condition> conditions = new ArrayList<>(2);
    do {
      String operator = name(Condition.STRING_EQUALS);
      for (Condition earlier : conditions) {
        if (earlier.operator().equals(operator)) {
          throw DECLINED; // a duplicate operator (its keys are all before this one)
        }
      }
      expect('{'); // an empty operator is declined: it would hide a duplicate from the check above
      do {
        // A key twice under one operator is refused by Statement, as the same key twice in the domain.
        conditions.add(condition(operator, name(Condition.PRINCIPAL_ORG_ID)));
      } while (nextMember('}'));
    } while (nextMember('}'));
    return conditions;
  }

  private Condition condition(String operator, String key) {
    if (opensArray()) {
      return new Condition(operator, key, strings());
    }
    int start = openString();
    int end = closeString(start);
    Condition last = lastCondition;
    if (last == null || last.values().size() != 1 || !last.operator().equals(operator) || !last.key().equals(key)
        || !sameText(start, end, last.values().get(0))) {
      lastCondition = new Condition(operator, key, List.of(json.substring(start, end)));
    }
    return lastCondition;
  }

  /** The rest of a non-empty array of strings, after its {@code [}. */
  private List<String> strings() {
    List<String> values = new ArrayList<>(2);
    do {
      values.add(string(null));
    } while (nextMember(']'));
    return List.copyOf(values);
  }

  private static void requireDistinctSids(List<Statement> statements) {
    Set<StatementId> sids = new HashSet<>(statements.size() * 2);
    for (Statement statement : statements) {
      if (!sids.add(statement.sid())) {
        throw DECLINED;
      }
    }
  }

  // ---- the text ----

  /**
   * A string value the domain does not check (Version, Id): {@code known} itself when the text equals it,
   * else a copy, without control characters (JSON needs them escaped).
   */
  private String anyText(String known) {
    int start = openString();
    int end = closeString(start);
    if (sameText(start, end, known)) {
      return known;
    }
    requireNoControlCharacters(start, end);
    return json.substring(start, end);
  }

  private void requireNoControlCharacters(int start, int end) {
    for (int i = start; i < end; i++) {
      if (json.charAt(i) < 0x20) {
        throw DECLINED;
      }
    }
  }

  /**
   * A string value the domain checks as it takes it (policy-safe ASCII, so no control characters):
   * {@code known} itself when the text equals it, else a copy.
   */
  private String string(String known) {
    int start = openString();
    int end = closeString(start);
    return known != null && sameText(start, end, known) ? known : json.substring(start, end);
  }

  /**
   * A member name the domain checks (a principal type, a condition operator or key) and its colon:
   * {@code known} itself when the text equals it, else a copy.
   */
  private String name(String known) {
    int start = openString();
    int end = closeString(start);
    if (end - start >= MAX_NAME_LENGTH) {
      throw DECLINED;
    }
    expect(':');
    return sameText(start, end, known) ? known : json.substring(start, end);
  }

  /**
   * The index in {@code names} (which start with distinct letters) of the next member's name, its colon
   * read; declines any other name.
   */
  private int memberName(String[] names) {
    int start = openString();
    int end = closeString(start);
    char first = start < end ? json.charAt(start) : 0;
    for (int i = 0; i < names.length; i++) {
      if (names[i].charAt(0) == first) {
        if (!sameText(start, end, names[i])) {
          break;
        }
        expect(':');
        return i;
      }
    }
    throw DECLINED;
  }

  private static int once(int member, int seen) {
    int bit = 1 << member;
    if ((seen & bit) != 0) {
      throw DECLINED; // a duplicate member
    }
    return seen | bit;
  }

  /** Reads the opening quote of a string; its content starts at the returned index. */
  private int openString() {
    expect('"');
    return at;
  }

  /**
   * Reads to the closing quote of the string starting at {@code start}: the end of its content. The text has
   * no backslash, so that is the next quote. A control character inside (JSON needs it escaped) is left to
   * whoever takes the value: the domain refuses it in every value it keeps as written, and the others (Version,
   * Id, a principal read by DocumentPrincipals) are checked here.
   */
  private int closeString(int start) {
    int end = json.indexOf('"', start);
    if (end < 0 || end - start >= MAX_STRING_LENGTH) {
      throw DECLINED;
    }
    at = end + 1;
    return end;
  }

  private boolean sameText(int start, int end, String text) {
    return end - start == text.length() && json.startsWith(text, start);
  }

  /** Whether an array opens here (read), rather than a single value. */
  private boolean opensArray() {
    if (peek() == '[') {
      at++;
      return true;
    }
    return false;
  }

  /** After a member or element: true past a comma, false past {@code close}; declines anything else. */
  private boolean nextMember(char close) {
    int next = peek();
    at++;
    if (next == ',') {
      return true;
    }
    if (next == close) {
      return false;
    }
    throw DECLINED;
  }

  private void expect(char expected) {
    if (peek() != expected) {
      throw DECLINED;
    }
    at++;
  }

  /** The next character after whitespace, not read; END at the end of the text. */
  private int peek() {
    skipWhitespace();
    return at < json.length() ? json.charAt(at) : END;
  }

  private void skipWhitespace() {
    while (at < json.length()) {
      char c = json.charAt(at);
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        return;
      }
      at++;
    }
  }

  private static final class Declined extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Declined() {
      super(null, null, false, false);
    }
  }
}
