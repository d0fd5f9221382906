package dev.grants.adapters.http;

import static dev.grants.adapters.http.HostileParts.NAME_CHARS;
import static dev.grants.adapters.http.HostileParts.almostAlways;
import static dev.grants.adapters.http.HostileParts.methods;
import static dev.grants.adapters.http.RawRequests.jsonString;

import dev.grants.adapters.json.ssoadmin.SsoAdminOperation;
import dev.grants.testkit.Fixtures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Hostile requests to sso-admin: mostly {@code POST /} with the {@code X-Amz-Target} of one of its operations,
 * and a body that names the seeded instance and permission set, and some of the other members, each mostly sane
 * and sometimes hostile.
 */
final class SsoAdminHostileRequests {
  private final String instance;
  private final String permissionSet;
  private final String provisioningRequest;
  private final Arbitrary<String> queries;
  private final Arbitrary<byte[]> garbage;

  /**
   * Requests that address the seeded {@code instance}, {@code permissionSet} and {@code provisioningRequest}
   * (its id); {@code queries} and {@code garbage} bodies come from another family (sso-admin reads no query,
   * and any garbage will do where it expects JSON).
   */
  SsoAdminHostileRequests(String instance, String permissionSet, String provisioningRequest,
      Arbitrary<String> queries, Arbitrary<byte[]> garbage) {
    this.instance = instance;
    this.permissionSet = permissionSet;
    this.provisioningRequest = provisioningRequest;
    this.queries = queries;
    this.garbage = garbage;
  }


  /** Aimed at sso-admin: at one of its operations, the {@code X-Amz-Target} sometimes hostile. */
  Arbitrary<HostileRequest> aimed() {
    Arbitrary<List<String>> targets = Arbitraries.frequencyOf(
        Tuple.of(9, Arbitraries.of(SsoAdminOperation.values()).map(op -> List.of("X-Amz-Target: " + op.target()))),
        Tuple.of(1, HostileParts.targetLines()));
    Arbitrary<List<String>> headers = Combinators.combine(
            Arbitraries.frequencyOf(Tuple.of(3, HostileParts.saneHeaderLines("lambda")),
                Tuple.of(1, HostileParts.headerLines())), targets)
        .as((lines, target) -> {
          List<String> all = new ArrayList<>(lines);
          all.addAll(target);
          return all;
        });
    return HostileParts.request("aimed at sso-admin", almostAlways("POST", methods()),
        almostAlways("/", queries.map("/"::concat)), headers,
        Arbitraries.frequencyOf(Tuple.of(7, bodies().map(RawRequests::utf8)), Tuple.of(3, garbage)));
  }

  /** JSON objects of sso-admin's members, each present or not, mostly sane and sometimes hostile. */
  private Arbitrary<String> bodies() {
    String otherInstance = "arn:aws:sso:::instance/ssoins-0000000000000000";
    Map<String, Arbitrary<String>> members = new LinkedHashMap<>();
    members.put("InstanceArn", saneOrHostile(Arbitraries.of(instance, instance, instance, otherInstance,
        "arn:aws-cn:sso:::instance/ins-abcdefghijklmnop", "arn:aws:sso:::instance/ssoins-", "")));
    members.put("PermissionSetArn", saneOrHostile(Arbitraries.of(permissionSet, permissionSet,
        permissionSet.substring(0, permissionSet.length() - 1) + "0",
        otherInstance.replace(":instance/", ":permissionSet/") + "/ps-0000000000000000",
        permissionSet + "/x")));
    members.put("Name", saneOrHostile(Arbitraries.strings().withChars(NAME_CHARS).ofMinLength(1).ofMaxLength(33)));
    members.put("Description", saneOrHostile(Arbitraries.strings().ofMaxLength(40)));
    members.put("SessionDuration", saneOrHostile(Arbitraries.of("PT1H", "PT12H", "P1D", "-PT1H", "PT", "P")));
    members.put("RelayState", saneOrHostile(Arbitraries.of("https://console.aws.amazon.com/", "a b", "\u00ff")));
    members.put("InlinePolicy", saneOrHostile(Arbitraries.of("{\"Version\":\"2012-10-17\",\"Statement\":[]}", "{}")));
    members.put("TargetType", saneOrHostile(Arbitraries.of("AWS_ACCOUNT", "ALL_PROVISIONED_ACCOUNTS", "aws_account")));
    Arbitrary<String> accounts = Arbitraries.of(Fixtures.GRANTEE, "111122223333", Fixtures.OWNER, "12345678901",
        "\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669\u0660\u0661\u0662");
    members.put("TargetId", saneOrHostile(accounts));
    members.put("AccountId", saneOrHostile(accounts));
    members.put("ProvisionPermissionSetRequestId", saneOrHostile(Arbitraries.oneOf(
        Arbitraries.just(provisioningRequest), HostileParts.uuids(),
        Arbitraries.just(provisioningRequest.toUpperCase(Locale.ROOT)))));
    members.put("ProvisioningStatus", saneOrHostile(Arbitraries.of("LATEST_PERMISSION_SET_PROVISIONED",
        "LATEST_PERMISSION_SET_NOT_PROVISIONED", "LATEST")));
    members.put("Filter", Arbitraries.of("{\"Status\":\"FAILED\"}", "{\"Status\":\"IN_PROGRESS\"}",
        "{\"Status\":\"SUCCEEDED\"}", "{}", "{\"Status\":\"x\"}", "{\"Status\":1}", "\"FAILED\"", "[]", "null"));
    members.put("MaxResults", Arbitraries.of("1", "2", "100", "0", "101", "-1", "2147483647", "2147483648",
        "99999999999999999999", "1.5", "1e2", "\"5\"", "null", "[]"));
    members.put("NextToken", saneOrHostile(Arbitraries.of("", "AAAAAQAAAAAAAAAAAAAAAAAAAAA", "forged", "=",
        "AAAAAf____________________8", "a".repeat(2049))));
    members.put("ClientToken", saneOrHostile(Arbitraries.strings().withCharRange('!', '~').ofMinLength(1)
        .ofMaxLength(64)));
    members.put("Tags", Arbitraries.of("[]", "[{\"Key\":\"a\",\"Value\":\"b\"}]", "[{}]", "[1]", "{}",
        "[{\"Key\":1}]", "null"));
    List<Arbitrary<String>> parts = new ArrayList<>();
    members.forEach((name, values) -> {
      int present = name.endsWith("Arn") ? 9 : 1;
      parts.add(Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just("")),
          Tuple.of(present, values.map(value -> jsonString(name) + ':' + value))));
    });
    return Combinators.combine(parts).as(pairs -> "{" + String.join(",",
        pairs.stream().filter(pair -> !pair.isEmpty()).toList()) + "}");
  }

  /** A JSON value: mostly one of {@code sane} as a string, sometimes any string or a value of another type. */
  private Arbitrary<String> saneOrHostile(Arbitrary<String> sane) {
    return Arbitraries.frequencyOf(
        Tuple.of(8, sane.map(RawRequests::jsonString)),
        Tuple.of(1, Arbitraries.strings().ofMaxLength(300).map(RawRequests::jsonString)),
        Tuple.of(1, Arbitraries.of("null", "1", "-1", "1.5", "true", "[]", "{}", "[\"a\"]", "\"\"", "\"\\ud800\"",
            "{\"a\":1}")));
  }
}
