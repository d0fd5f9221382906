package dev.grants.adapters.json.policy;

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
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The fast path of {@link PolicyDocumentReader}: one pass over the text, straight into the domain, for
 * documents as policies are usually written: compact or indented, members in any order, {@code Statement} an
 * object or an array, principal entries, actions, resources and condition values each a string or an array of
 * strings. It declines everything else: an escape sequence, text that is not ASCII, a number, boolean or null,
 * an unknown member ({@code NotPrincipal} too), a {@code *} inside a principal object, an empty condition
 * operator, a duplicate, a value the domain refuses, text that is not JSON or comes near Jackson's limits.
 * Declined text goes to {@link PolicyDocumentTreeReader}, so this class never decides a refusal or its reason,
 * and whatever it accepts the tree reader reads to the same document (PolicyDocumentReaderProperties checks
 * both on generated and broken documents).
 *
 * <p>How it reads, from where the time went: most strings in a policy are short, so finding each one's end
 * costs more than its content. So the scanner compares what it expects at the current position, the closing
 * quote included, and skips it when it is there: member names, {@code Allow}, the previous statement's
 * action, resource and condition (a policy's statements mostly repeat them, and those are then reused, not
 * copied again), an account's root ARN around its 12 digits. Only new text is scanned for its end (a Sid, a
 * new resource). The text is copied once into bytes for it.
 *
 * <p>One instance per read.
 */
final class PolicyDocumentScanner {
  private static final int MAX_NAME_LENGTH = PolicyDocumentTreeReader.CONSTRAINTS.getMaxNameLength();
  private static final int MAX_STRING_LENGTH = PolicyDocumentTreeReader.CONSTRAINTS.getMaxStringLength();
  private static final int END = -1;
  /** Why the scanner stops: preallocated, without a stack trace, since declining is an ordinary outcome. */
  private static final Declined DECLINED = new Declined();

  private static final Known[] DOCUMENT_MEMBERS = Known.all("Version", "Id", "Statement");
  private static final int VERSION = 0;
  private static final int ID = 1;
  private static final Known[] STATEMENT_MEMBERS =
      Known.all("Sid", "Effect", "Principal", "Action", "Resource", "Condition");
  private static final int SID = 0;
  private static final int EFFECT = 1;
  private static final int PRINCIPAL = 2;
  private static final int ACTION = 3;
  private static final int RESOURCE = 4;
  private static final int REQUIRED_STATEMENT_MEMBERS = 0b11111; // all but Condition

  private static final List<Principal> ANYONE = List.of(Principal.any());
  private static final Known STAR = Known.of("*");
  private static final Known ALLOW = Known.of(Effect.ALLOW.policyValue());
  private static final Known DENY = Known.of(Effect.DENY.policyValue());
  private static final Known VERSION_TEXT = Known.of(ResourcePolicy.VERSION);
  private static final Known ID_TEXT = Known.of(ResourcePolicy.ID);
  private static final Known AWS = Known.of(Principal.AWS);
  private static final Known STRING_EQUALS = Known.of(Condition.STRING_EQUALS);
  private static final Known PRINCIPAL_ORG_ID = Known.of(Condition.PRINCIPAL_ORG_ID);
  private static final Partition[] NAMED_PARTITIONS = {Partition.AWS, Partition.AWS_CN, Partition.AWS_US_GOV};
  // The canonical compact statement, between its values (canonicalStatement).
  private static final Constant CANONICAL_SID = new Constant("{\"Sid\":\"");
  private static final Constant CANONICAL_ALLOW = new Constant(",\"Effect\":\"Allow\",\"Principal\":");
  private static final Constant CANONICAL_DENY = new Constant(",\"Effect\":\"Deny\",\"Principal\":");
  private static final Constant CANONICAL_ANYONE = new Constant("\"*\"");
  private static final Constant CANONICAL_AWS = new Constant("{\"AWS\":\"");
  private static final Constant CANONICAL_ACTION = new Constant(",\"Action\":\"");
  private static final Constant CANONICAL_RESOURCE = new Constant(",\"Resource\":\"");
  private static final Constant CANONICAL_ORGANIZATION = new Constant(",\"Condition\":{\"" + Condition.STRING_EQUALS
      + "\":{\"" + Condition.PRINCIPAL_ORG_ID + "\":\"");
  /** {@code arn:<partition>:iam::} for each named partition: what comes before an account's 12 digits. */
  private static final Constant[] ROOT_ARN_PREFIXES = Arrays.stream(NAMED_PARTITIONS)
      .map(partition -> new Constant("arn:" + partition.name() + ":iam::"))
      .toArray(Constant[]::new);
  /** What comes after an account's 12 digits in its root ARN, the closing quote included. */
  private static final Constant ROOT_ARN_END = new Constant(":root\"");

  private final String json;
  private final byte[] text;
  /** The next byte to read. */
  private int at;
  // The previous statement's values and where their text is, reused while the text repeats them.
  private List<Action> lastActions;
  private int lastActionStart;
  private int lastActionEnd;
  private List<String> lastResources;
  private int lastResourceStart;
  private int lastResourceEnd;
  private Condition lastCondition;
  private int lastConditionStart;
  private int lastConditionEnd;
  // The last statements read in the compact form without a condition and with one (and which), for the next
  // ones to share: a policy's grants to accounts and to an organization usually alternate.
  private Statement lastPlain;
  private Statement lastConditioned;
  private Condition lastConditionedBy;

  private PolicyDocumentScanner(String json, byte[] text) {
    this.json = json;
    this.text = text;
  }

  /** The document, or none when the text is not one the scanner reads. */
  static Option<PolicyDocument> read(String json) {
    byte[] text = json.getBytes(StandardCharsets.UTF_8);
    if (text.length != json.length()) {
      return Option.none(); // not ASCII: the domain refuses it in every value but Version and Id
    }
    try {
      return Option.some(new PolicyDocumentScanner(json, text).document());
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
        version = anyText(VERSION_TEXT);
      } else if (member == ID) {
        id = anyText(ID_TEXT);
      } else {
        statements = statements();
      }
    } while (nextMember('}'));
    skipWhitespace();
    if (statements == null || at != text.length) {
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
    skipWhitespace();
    Statement canonical = canonicalStatement();
    if (canonical != null) {
      return canonical;
    }
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
        case SID -> sid = StatementId.of(string());
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

  /**
   * A statement in the compact form Grants and AWS write, with one of Grants' own grants (anyone, maybe within
   * an organization, or an account), recognized with a few long comparisons instead of member by member:
   * {@code {"Sid":"s","Effect":"Allow","Principal":{"AWS":"<account>"},"Action":"a","Resource":"r"}}. Null,
   * and back where it started, for anything else: the member-by-member reading then decides, and reads the
   * same statement from the same text.
   */
  private Statement canonicalStatement() {
    int start = at;
    if (!CANONICAL_SID.isAt(text, at)) {
      return null;
    }
    at += CANONICAL_SID.length();
    int sidStart = at;
    int sidEnd = closeString(sidStart);
    Effect effect = CANONICAL_ALLOW.isAt(text, at) ? Effect.ALLOW : CANONICAL_DENY.isAt(text, at) ? Effect.DENY : null;
    if (effect == null) {
      return back(start);
    }
    at += (effect == Effect.ALLOW ? CANONICAL_ALLOW : CANONICAL_DENY).length();
    List<Principal> principals;
    if (CANONICAL_ANYONE.isAt(text, at)) {
      at += CANONICAL_ANYONE.length();
      principals = ANYONE;
    } else if (CANONICAL_AWS.isAt(text, at)) {
      at += CANONICAL_AWS.length();
      Principal account = account();
      if (account == null || !is(at, '}')) {
        return back(start);
      }
      at++;
      principals = List.of(account);
    } else {
      return back(start);
    }
    if (!CANONICAL_ACTION.isAt(text, at)) {
      return back(start);
    }
    at += CANONICAL_ACTION.length();
    List<Action> actions = actionAfterQuote();
    if (!CANONICAL_RESOURCE.isAt(text, at)) {
      return back(start);
    }
    at += CANONICAL_RESOURCE.length();
    List<String> resources = resourceAfterQuote();
    List<Condition> conditions = List.of();
    if (CANONICAL_ORGANIZATION.isAt(text, at)) {
      at += CANONICAL_ORGANIZATION.length();
      conditions = List.of(conditionAfterQuote(Condition.STRING_EQUALS, Condition.PRINCIPAL_ORG_ID));
      if (!is(at, '}') || !is(at + 1, '}')) {
        return back(start);
      }
      at += 2;
    }
    if (!is(at, '}')) {
      return back(start);
    }
    at++;
    StatementId sid = StatementId.of(json.substring(sidStart, sidEnd));
    Condition condition = conditions.isEmpty() ? null : conditions.get(0);
    Statement earlier = condition == null ? lastPlain : condition == lastConditionedBy ? lastConditioned : null;
    // The values read again are the very objects read before (see actionAfterQuote and the like), so identity
    // says when this statement shares everything but its Sid and principal with an earlier one.
    Statement statement = earlier != null && earlier.effect() == effect && earlier.actions() == actions
        && earlier.resources() == resources
        ? earlier.withSidAndPrincipals(sid, principals)
        : Statement.of(sid, effect, principals, actions, resources, conditions);
    if (condition == null) {
      lastPlain = statement;
    } else {
      lastConditioned = statement;
      lastConditionedBy = condition;
    }
    return statement;
  }

  private Statement back(int start) {
    at = start;
    return null;
  }

  private Effect effect() {
    openString();
    if (reads(ALLOW)) {
      return Effect.ALLOW;
    }
    if (reads(DENY)) {
      return Effect.DENY;
    }
    throw DECLINED;
  }

  // "*" or {"type": value-or-array, ...}
  private List<Principal> principals() {
    if (peek() == '"') {
      openString();
      if (reads(STAR)) {
        return ANYONE;
      }
      throw DECLINED;
    }
    expect('{');
    Principal first = null;
    List<Principal> all = null; // from the second principal on
    do {
      String type = name(AWS);
      if (first != null && hasType(first, all, type)) {
        throw DECLINED; // a duplicate type
      }
      boolean array = opensArray();
      do {
        openString();
        Principal principal = principal(type);
        if (first == null) {
          first = principal;
        } else {
          if (all == null) {
            all = new ArrayList<>(4);
            all.add(first);
          }
          all.add(principal);
        }
      } while (array && nextMember(']'));
    } while (nextMember('}'));
    return all == null ? List.of(first) : all;
  }

  private static boolean hasType(Principal first, List<Principal> all, String type) {
    for (Principal principal : all == null ? List.of(first) : all) {
      if (principal.policyType().equals(type)) {
        return true;
      }
    }
    return false;
  }

  /** A principal entry's value, after its opening quote. */
  private Principal principal(String type) {
    if (type.equals(Principal.AWS)) {
      Principal account = account();
      if (account != null) {
        return account;
      }
    }
    int start = at;
    int end = closeString(start);
    if (end - start == 1 && text[start] == '*') {
      throw DECLINED; // {"AWS":"*"} is anyone whatever else is listed, under other types a refusal
    }
    // Not always kept verbatim (a root ARN's region is dropped), so not left to the domain's check.
    requireNoControlCharacters(start, end);
    return DocumentPrincipals.principal(type, json.substring(start, end));
  }

  /**
   * The commonest principal, read without copying its ARN: an account as {@code 123456789012} or as its root
   * ARN in a named partition; null for anything else, left to DocumentPrincipals (which reads these two forms
   * the same way).
   */
  private Principal account() {
    if (isAccountId(at) && is(at + 12, '"')) {
      at += 13;
      return Principal.account(AccountId.of(json.substring(at - 13, at - 1)), Partition.AWS);
    }
    for (int i = 0; i < NAMED_PARTITIONS.length; i++) {
      Constant prefix = ROOT_ARN_PREFIXES[i];
      int digits = at + prefix.length();
      if (prefix.isAt(text, at) && isAccountId(digits) && ROOT_ARN_END.isAt(text, digits + 12)) {
        at = digits + 12 + ROOT_ARN_END.length();
        return Principal.account(AccountId.of(json.substring(digits, digits + 12)), NAMED_PARTITIONS[i]);
      }
    }
    return null;
  }

  /** Whether the 12 bytes from {@code start} are digits, as {@link AccountId#isAccountId} asks. */
  private boolean isAccountId(int start) {
    if (start + 12 > text.length) {
      return false;
    }
    for (int i = start; i < start + 12; i++) {
      if (text[i] < '0' || text[i] > '9') {
        return false;
      }
    }
    return true;
  }

  private List<Action> actions() {
    if (opensArray()) {
      List<Action> actions = new ArrayList<>(2);
      do {
        actions.add(Action.of(string()));
      } while (nextMember(']'));
      return List.copyOf(actions);
    }
    openString();
    return actionAfterQuote();
  }

  private List<Action> actionAfterQuote() {
    if (lastActions == null || !readsAgain(lastActionStart, lastActionEnd)) {
      lastActionStart = at;
      lastActionEnd = closeString(at);
      lastActions = List.of(Action.of(json.substring(lastActionStart, lastActionEnd)));
    }
    return lastActions;
  }

  private List<String> resources() {
    if (opensArray()) {
      return strings();
    }
    openString();
    return resourceAfterQuote();
  }

  private List<String> resourceAfterQuote() {
    if (lastResources == null || !readsAgain(lastResourceStart, lastResourceEnd)) {
      lastResourceStart = at;
      lastResourceEnd = closeString(at);
      lastResources = List.of(json.substring(lastResourceStart, lastResourceEnd));
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
    Condition first = null;
    List<Condition> all = null; // from the second condition on
    do {
      String operator = name(STRING_EQUALS);
      for (Condition earlier : all != null ? all : first != null ? List.of(first) : List.<Condition>of()) {
        if (earlier.operator().equals(operator)) {
          throw DECLINED; // a duplicate operator (its keys are all before this one)
        }
      }
      expect('{'); // an empty operator is declined: it would hide a duplicate from the check above
      do {
        // A key twice under one operator is refused by Statement, as the same key twice in the domain.
        Condition condition = condition(operator, name(PRINCIPAL_ORG_ID));
        if (first == null) {
          first = condition;
        } else {
          if (all == null) {
            all = new ArrayList<>(4);
            all.add(first);
          }
          all.add(condition);
        }
      } while (nextMember('}'));
    } while (nextMember('}'));
    return all == null ? List.of(first) : all;
  }

  private Condition condition(String operator, String key) {
    if (opensArray()) {
      return new Condition(operator, key, strings());
    }
    openString();
    return conditionAfterQuote(operator, key);
  }

  private Condition conditionAfterQuote(String operator, String key) {
    Condition last = lastCondition;
    if (last == null || !last.operator().equals(operator) || !last.key().equals(key)
        || !readsAgain(lastConditionStart, lastConditionEnd)) {
      lastConditionStart = at;
      lastConditionEnd = closeString(at);
      lastCondition = new Condition(operator, key, List.of(json.substring(lastConditionStart, lastConditionEnd)));
    }
    return lastCondition;
  }

  /** The rest of a non-empty array of strings, after its {@code [}. */
  private List<String> strings() {
    List<String> values = new ArrayList<>(2);
    do {
      values.add(string());
    } while (nextMember(']'));
    return List.copyOf(values);
  }

  /** Declines two statements with one Sid; a table of the ids by hash, at most half full. */
  private static void requireDistinctSids(List<Statement> statements) {
    String[] table = new String[Integer.highestOneBit(statements.size() * 2 + 1) << 1];
    int mask = table.length - 1;
    for (Statement statement : statements) {
      String sid = statement.sid().value();
      int slot = sid.hashCode() & mask;
      while (table[slot] != null) {
        if (table[slot].equals(sid)) {
          throw DECLINED;
        }
        slot = (slot + 1) & mask;
      }
      table[slot] = sid;
    }
  }

  // ---- strings and names ----

  /**
   * A string value the domain does not check (Version, Id): {@code known} itself when the text is that, else
   * a copy, without control characters (JSON needs them escaped).
   */
  private String anyText(Known known) {
    openString();
    if (reads(known)) {
      return known.text;
    }
    int start = at;
    int end = closeString(start);
    requireNoControlCharacters(start, end);
    return json.substring(start, end);
  }

  /** A string value the domain checks as it takes it (policy-safe ASCII, so no control characters). */
  private String string() {
    int start = openString();
    return json.substring(start, closeString(start));
  }

  /**
   * A member name the domain checks (a principal type, a condition operator or key) and its colon:
   * {@code known} itself when the text is that, else a copy.
   */
  private String name(Known known) {
    openString();
    String name;
    if (reads(known)) {
      name = known.text;
    } else {
      int start = at;
      int end = closeString(start);
      if (end - start >= MAX_NAME_LENGTH) {
        throw DECLINED;
      }
      name = json.substring(start, end);
    }
    expect(':');
    return name;
  }

  /**
   * The index in {@code names} (which start with distinct letters) of the next member's name, its colon
   * read; declines any other name.
   */
  private int memberName(Known[] names) {
    openString();
    int first = at < text.length ? text[at] : END;
    for (int i = 0; i < names.length; i++) {
      if (names[i].first() == first) {
        if (!reads(names[i])) {
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

  private void requireNoControlCharacters(int start, int end) {
    for (int i = start; i < end; i++) {
      if (text[i] < 0x20) {
        throw DECLINED;
      }
    }
  }

  // ---- the text ----

  /** Reads the opening quote of a string; its content starts at the returned index. */
  private int openString() {
    expect('"');
    return at;
  }

  /**
   * Reads to the closing quote of the string whose content starts at {@code start}; the end of its content.
   * A backslash (an escape sequence: rare, and the tree reader reads it) is declined, so that is the next
   * quote; it is looked for only here, since every other byte the scanner passes is structure, whitespace or
   * compared with text that has none. A control character inside (JSON needs it escaped) is left to whoever
   * takes the value: the domain refuses it in every value it keeps as written, and the others (Version, Id,
   * a principal read by DocumentPrincipals) are checked here.
   */
  private int closeString(int start) {
    int end = start;
    while (end < text.length && text[end] != '"') {
      if (text[end] == '\\') {
        throw DECLINED;
      }
      end++;
    }
    if (end == text.length || end - start >= MAX_STRING_LENGTH) {
      throw DECLINED;
    }
    at = end + 1;
    return end;
  }

  /** Reads the rest of a string if it is {@code known}: its content and closing quote, compared at once. */
  private boolean reads(Known known) {
    if (!known.quoted.isAt(text, at)) {
      return false;
    }
    at += known.quoted.length();
    return true;
  }

  /**
   * Reads the rest of a string if its content is the text from {@code start} to {@code end} again (a
   * resource, an action: long enough for Arrays.equals to compare many bytes at a time).
   */
  private boolean readsAgain(int start, int end) {
    int length = end - start;
    if (at + length >= text.length || text[at + length] != '"'
        || !Arrays.equals(text, at, at + length, text, start, end)) {
      return false;
    }
    at += length + 1;
    return true;
  }

  private boolean is(int position, char c) {
    return position < text.length && text[position] == c;
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

  /** The next byte after whitespace, not read; END at the end of the text. */
  private int peek() {
    skipWhitespace();
    return at < text.length ? text[at] : END;
  }

  private void skipWhitespace() {
    while (at < text.length) {
      byte c = text[at];
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        return;
      }
      at++;
    }
  }

  /** A text the scanner looks for: the String it stands for, and its bytes with the closing quote. */
  private static final class Known {
    final String text;
    final Constant quoted;

    private Known(String text) {
      this.text = text;
      this.quoted = new Constant(text + '"');
    }

    byte first() {
      return quoted.bytes[0];
    }

    static Known of(String text) {
      return new Known(text);
    }

    static Known[] all(String... texts) {
      return Arrays.stream(texts).map(Known::new).toArray(Known[]::new);
    }
  }

  /**
   * ASCII bytes the scanner compares at a position, eight at a time: the text is read as little-endian longs
   * (a view the JIT turns into plain loads), since byte by byte this was a fifth of a read.
   */
  private static final class Constant {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    final byte[] bytes;
    /** The bytes eight to a word, the last word's unused high bytes zero. */
    private final long[] words;
    private final long lastWordMask;

    Constant(String text) {
      bytes = text.getBytes(StandardCharsets.US_ASCII);
      words = new long[(bytes.length + 7) / 8];
      for (int i = 0; i < bytes.length; i++) {
        words[i / 8] |= (bytes[i] & 0xFFL) << (8 * (i % 8));
      }
      int inLastWord = bytes.length % 8;
      lastWordMask = inLastWord == 0 ? -1L : (1L << (8 * inLastWord)) - 1;
    }

    int length() {
      return bytes.length;
    }

    /** Whether these bytes are in {@code text} at {@code position}. */
    boolean isAt(byte[] text, int position) {
      int last = words.length - 1;
      if (position + 8 * words.length > text.length) {
        return isAtByteByByte(text, position); // near the end, a whole word would run past it
      }
      for (int w = 0; w < last; w++) {
        if ((long) LONGS.get(text, position + 8 * w) != words[w]) {
          return false;
        }
      }
      return ((long) LONGS.get(text, position + 8 * last) & lastWordMask) == words[last];
    }

    private boolean isAtByteByByte(byte[] text, int position) {
      if (position + bytes.length > text.length) {
        return false;
      }
      for (int i = 0; i < bytes.length; i++) {
        if (text[position + i] != bytes[i]) {
          return false;
        }
      }
      return true;
    }
  }

  private static final class Declined extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Declined() {
      super(null, null, false, false);
    }
  }
}
