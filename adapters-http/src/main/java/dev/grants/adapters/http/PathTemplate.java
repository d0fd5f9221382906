package dev.grants.adapters.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rest-json path template such as {@code /2018-10-31/layers/{LayerName}/versions/{VersionNumber}}: literal
 * segments, compared with the request's raw segments exactly, and {@code {label}} segments, which match any
 * segment (the empty one too, so that the codec's validation answers it) and are percent-decoded
 * ({@link PercentDecoding#segment}). Immutable.
 */
final class PathTemplate {
  private final String template;
  private final String[] literals;
  private final String[] labels;

  private PathTemplate(String template, String[] literals, String[] labels) {
    this.template = template;
    this.literals = literals;
    this.labels = labels;
  }

  /**
   * The template {@code template}.
   *
   * @throws IllegalArgumentException if it does not start with {@code /} or a label is empty or repeated
   */
  static PathTemplate parse(String template) {
    if (!template.startsWith("/")) {
      throw new IllegalArgumentException("a path template starts with /: " + template);
    }
    String[] segments = split(template);
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
    return new PathTemplate(template, literals, labels);
  }

  /** The segments of {@code rawPath} between its slashes, an empty one for each slash at the end or doubled. */
  static String[] split(String rawPath) {
    return rawPath.split("/", -1);
  }

  /** The decoded labels when {@code segments} (of {@link #split}) match this template, or null. */
  Map<String, String> match(String[] segments) {
    if (segments.length != literals.length) {
      return null;
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
