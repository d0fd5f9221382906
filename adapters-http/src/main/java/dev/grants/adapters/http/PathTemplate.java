package dev.grants.adapters.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rest-json path template such as {@code /2018-10-31/layers/{LayerName}/versions/{VersionNumber}}: literal
 * segments, compared with the request's raw segments exactly, and {@code {label}} segments, which match any
 * segment (the empty one too, so that the codec's validation answers it) and are percent-decoded
 * ({@link PercentDecoding#segment}). After a {@code ?}, the template may name query members with the values the
 * operation requires ({@code /2018-10-31/layers?find=LayerVersion}, as the model's request URI writes them): a
 * request matches only when it gives each of them that value, so two operations on one path are told apart by
 * declaration. Immutable.
 */
final class PathTemplate {
  private final String template;
  private final String[] literals;
  private final String[] labels;
  private final Map<String, String> requiredQuery;

  private PathTemplate(String template, String[] literals, String[] labels, Map<String, String> requiredQuery) {
    this.template = template;
    this.literals = literals;
    this.labels = labels;
    this.requiredQuery = requiredQuery;
  }

  /**
   * The template {@code template}.
   *
   * @throws IllegalArgumentException if it does not start with {@code /}, a label is empty or repeated, or a query
   *     member is not {@code name=value}
   */
  static PathTemplate parse(String template) {
    if (!template.startsWith("/")) {
      throw new IllegalArgumentException("a path template starts with /: " + template);
    }
    int question = template.indexOf('?');
    String path = question < 0 ? template : template.substring(0, question);
    Map<String, String> requiredQuery = new LinkedHashMap<>(2);
    if (question >= 0) {
      for (String member : template.substring(question + 1).split("&", -1)) {
        int equals = member.indexOf('=');
        if (equals < 1
            || requiredQuery.putIfAbsent(member.substring(0, equals), member.substring(equals + 1)) != null) {
          throw new IllegalArgumentException("a query member of a template is name=value, once: " + template);
        }
      }
    }
    String[] segments = split(path);
    String[] literals = new String[segments.length];
    String[] labels = new String[segments.length];
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < segments.length; i++) {
      String segment = segments[i];
      if (segment.length() >= 2 && segment.startsWith("{") && segment.endsWith("}")) {
        String label = segment.substring(1, segment.length() - 1);
        if (label.isEmpty() || seen.contains(label)) {
          throw new IllegalArgumentException("an empty or repeated label in " + template);
        }
        seen.add(label);
        labels[i] = label;
      } else {
        literals[i] = segment;
      }
    }
    return new PathTemplate(template, literals, labels, Map.copyOf(requiredQuery));
  }

  /** The segments of {@code rawPath} between its slashes, an empty one for each slash at the end or doubled. */
  static String[] split(String rawPath) {
    return rawPath.split("/", -1);
  }

  /** How many query members this template requires: of two templates matching a request, the one requiring more wins. */
  int requiredQueryMembers() {
    return requiredQuery.size();
  }

  /** The decoded labels when {@code segments} (of {@link #split}) match this template with no query, or null. */
  Map<String, String> match(String[] segments) {
    return match(segments, Map.of());
  }

  /**
   * The decoded labels when {@code segments} (of {@link #split}) match this template and {@code query} gives every
   * query member it requires with the required value (first value, as the codecs read a member), or null.
   */
  Map<String, String> match(String[] segments, Map<String, List<String>> query) {
    if (segments.length != literals.length) {
      return null;
    }
    for (Map.Entry<String, String> required : requiredQuery.entrySet()) {
      List<String> given = query.get(required.getKey());
      if (given == null || given.isEmpty() || !required.getValue().equals(given.get(0))) {
        return null;
      }
    }
    for (int i = 0; i < segments.length; i++) {
      if (literals[i] != null && !literals[i].equals(segments[i])) {
        return null;
      }
    }
    Map<String, String> decoded = new LinkedHashMap<>(4);
    for (int i = 0; i < segments.length; i++) {
      if (labels[i] != null) {
        decoded.put(labels[i], PercentDecoding.segment(segments[i]));
      }
    }
    return decoded;
  }

  @Override
  public String toString() {
    return template;
  }
}
