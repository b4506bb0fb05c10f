package org.certamen.server.http;

import io.vertx.ext.web.Route;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;

/**
 * The template of the route that served a request ({@code /api/sessions/:sessionId}), never its
 * raw path: ids do not belong in metrics labels, and log lines group better by route.
 */
public final class RouteTemplate {
  /** The label of requests that no route served (404 and 405 of the router). */
  public static final String UNMATCHED = "unmatched";

  private RouteTemplate() {
  }

  /** The template, read when the response ends. */
  public static String of(RoutingContext ctx) {
    Route route = ctx.currentRoute();
    if (route != null && route.getPath() != null) {
      return route.getPath();
    }
    if (ctx.failure() == null && ctx.statusCode() >= 400) {
      return UNMATCHED;
    }
    // A failure handler (a route without a path) answers: the failed route's parameters are
    // still there, so its template is the path with each parameter's value named again.
    Map<String, String> parameters = ctx.pathParams();
    String path = ctx.normalizedPath();
    if (parameters.isEmpty()) {
      return path;
    }
    String[] segments = path.split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      for (Map.Entry<String, String> parameter : parameters.entrySet()) {
        if (segments[i].equals(parameter.getValue())) {
          segments[i] = ":" + parameter.getKey();
        }
      }
    }
    return String.join("/", segments);
  }
}
