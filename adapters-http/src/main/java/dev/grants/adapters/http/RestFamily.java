package dev.grants.adapters.http;

import dev.grants.adapters.json.wire.RestOperation;
import dev.grants.adapters.json.wire.WireResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A rest-json family: its paths are {@code root} and everything under it. A request is answered by the operation
 * whose method and path template ({@link RestOperation#route()}, with the query members it requires) it matches,
 * through the family's route table, and by the family's unknown operation (404) when no operation declares its method
 * and path. Immutable.
 *
 * @param <O> the family's operations
 */
final class RestFamily<O extends Enum<O> & RestOperation> implements Family {
  private final List<String> roots;
  private final List<Map.Entry<O, PathTemplate>> templates;
  private final RouteTable<O> routes;
  private final BiFunction<String, String, WireResponse> unknown;
  private final Faults faults;

  /**
   * The family of {@code operations} under {@code root}, answered by {@code routes}; {@code unknown} answers a
   * method and raw path no operation declares.
   */
  RestFamily(String root, Class<O> operations, RouteTable<O> routes, BiFunction<String, String, WireResponse> unknown,
      Faults faults) {
    this(List.of(root), operations, routes, unknown, faults);
  }

  /** The family under each of {@code roots} (Signer's profiles and platforms), otherwise as above. */
  RestFamily(List<String> roots, Class<O> operations, RouteTable<O> routes,
      BiFunction<String, String, WireResponse> unknown, Faults faults) {
    this.roots = List.copyOf(roots);
    // The templates that require more query members first: on a path two operations share, the one the query
    // names (GetLayerVersionByArn's ?find=LayerVersion) is tried before the one the bare path names (ListLayers).
    List<Map.Entry<O, PathTemplate>> parsed = new ArrayList<>();
    for (O operation : operations.getEnumConstants()) {
      parsed.add(Map.entry(operation, PathTemplate.parse(operation.route().pathTemplate())));
    }
    parsed.sort(Comparator.comparingInt(
        (Map.Entry<O, PathTemplate> template) -> template.getValue().requiredQueryMembers()).reversed());
    this.templates = List.copyOf(parsed);
    this.routes = routes;
    this.unknown = unknown;
    this.faults = faults;
  }

  @Override
  public boolean owns(String rawPath) {
    for (String root : roots) {
      if (rawPath.equals(root) || rawPath.startsWith(root + '/')) {
        return true;
      }
    }
    return false;
  }

  @Override
  public WireResponse handle(EndpointRequest request) {
    String[] segments = PathTemplate.split(request.rawPath());
    for (Map.Entry<O, PathTemplate> template : templates) {
      if (!template.getKey().route().method().equals(request.method())) {
        continue;
      }
      Map<String, String> labels = template.getValue().match(segments, request.query());
      if (labels != null) {
        return routes.answer(template.getKey(), new Call(request, labels));
      }
    }
    return unknown.apply(request.method(), request.rawPath());
  }

  @Override
  public Faults faults() {
    return faults;
  }
}
