package dev.grants.adapters.http;

import dev.grants.adapters.json.wire.RestOperation;
import dev.grants.adapters.json.wire.WireResponse;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A rest-json family: its paths are {@code root} and everything under it. A request is answered by the operation
 * whose method and path template ({@link RestOperation#route()}) it matches, through the family's route table,
 * and by the family's unknown operation (404) when no operation declares its method and path. Immutable.
 *
 * @param <O> the family's operations
 */
final class RestFamily<O extends Enum<O> & RestOperation> implements Family {
  private final String root;
  private final String under;
  private final Map<O, PathTemplate> templates;
  private final RouteTable<O> routes;
  private final BiFunction<String, String, WireResponse> unknown;
  private final Faults faults;

  /**
   * The family of {@code operations} under {@code root}, answered by {@code routes}; {@code unknown} answers a
   * method and raw path no operation declares.
   */
  RestFamily(String root, Class<O> operations, RouteTable<O> routes, BiFunction<String, String, WireResponse> unknown,
      Faults faults) {
    this.root = root;
    this.under = root + '/';
    this.templates = new EnumMap<>(operations);
    for (O operation : operations.getEnumConstants()) {
      templates.put(operation, PathTemplate.parse(operation.route().pathTemplate()));
    }
    this.routes = routes;
    this.unknown = unknown;
    this.faults = faults;
  }

  @Override
  public boolean owns(String rawPath) {
    return rawPath.startsWith(under) || rawPath.equals(root);
  }

  @Override
  public WireResponse handle(EndpointRequest request) {
    String[] segments = PathTemplate.split(request.rawPath());
    for (Map.Entry<O, PathTemplate> template : templates.entrySet()) {
      if (!template.getKey().route().method().equals(request.method())) {
        continue;
      }
      Map<String, String> labels = template.getValue().match(segments);
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
