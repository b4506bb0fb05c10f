package org.certamen.server.http;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.StaticHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/**
 * The server's router: API routes under {@code /api} with a body limit and one failure handler,
 * the OpenAPI document, and the static pages of candidates, invigilators, staff, verification
 * and pupils; every reply carries the {@link SecurityHeaders}, the one place of the content
 * security policy.
 */
public final class RootRouter {
  /** Largest request body accepted; larger ones get 413. */
  public static final long MAX_BODY_BYTES = 64 * 1024;
  /**
   * Largest import file accepted: a large lycée's SIECLE ZIP fits. The import's own check has the
   * same 20 MB, for the unpacked file; {@code CandidateImportIT} keeps the two equal.
   */
  public static final long MAX_IMPORT_BYTES = 20 * 1024 * 1024;
  /**
   * Routes that take a file as the body: a session's candidates, the directory of schools, a
   * school's pupils and their profiles.
   */
  private static final List<String> IMPORT_PATHS = List.of(
      "/api/sessions/:sessionId/candidate-imports", "/api/centres/directory",
      "/api/centres/:centreId/pupil-imports", "/api/centres/:centreId/profile-imports");
  private static final String OPENAPI_RESOURCE = "/openapi.json";
  private static final String PAGE_FRAME_RESOURCE = "/pages/frame.html";
  /** As the static handler caches the pages' other files. */
  private static final String PAGE_CACHING = "public, immutable, max-age=86400";

  private RootRouter() {
  }

  /**
   * @param everyRequest handlers that see every request first (request id, access log), each
   *     calling {@code next()}
   * @param hotRoutes mounts the routes matched first, each reading its own body with a
   *     {@link BoundedJsonBody} of the API's limit: the many requests of candidates in an exam
   *     then skip the matching of every other route
   * @param apiRoutes mounts the routes, on the API's body limit
   */
  public static Router create(Vertx vertx, List<Handler<RoutingContext>> everyRequest,
      Consumer<Router> hotRoutes, Consumer<Router> apiRoutes) {
    Router router = Router.router(vertx);
    everyRequest.forEach(handler -> router.route().handler(handler));
    router.route().handler(SecurityHeaders.create());
    hotRoutes.accept(router);
    // The import's own body handler runs first; the general one then lets its body be.
    // Body types are checked on routes of their own: Vert.x wants a body handler first on a route.
    for (String path : IMPORT_PATHS) {
      router.post(path).handler(BodyTypes.file());
      router.post(path).handler(BodyHandler.create(false).setBodyLimit(MAX_IMPORT_BYTES));
    }
    router.route("/api/*").handler(BodyTypes.json());
    router.route("/api/*").handler(BodyHandler.create(false).setBodyLimit(MAX_BODY_BYTES));
    Buffer openApi = resource(OPENAPI_RESOURCE);
    router.get("/api/openapi.json").handler(ctx -> ctx.response()
        .putHeader("Content-Type", "application/json; charset=utf-8").end(openApi));
    apiRoutes.accept(router);
    router.route().failureHandler(Problems::handleFailure);
    router.errorHandler(404, Problems::routeNotFound);
    router.errorHandler(405, Problems::methodNotAllowed);
    for (int status : new int[] {400, 413, 414, 415, 431}) {
      router.errorHandler(status, ctx -> Problems.frameworkRefusal(ctx, status));
    }

    router.get("/").handler(ctx -> redirect(ctx.response(), "/exam/"));
    PageFrame frame = new PageFrame(resource(PAGE_FRAME_RESOURCE).toString(StandardCharsets.UTF_8));
    staticPages(router, frame, "/exam", "", "verification/");
    staticPages(router, frame, "/invigilator", "");
    staticPages(router, frame, "/staff", "");
    staticPages(router, frame, "/verification", "");
    staticPages(router, frame, "/eleve", "");
    // Modules every page above imports, such as the API client.
    staticPages(router, frame, "/shared");
    return router;
  }

  /**
   * Serves the files under {@code webroot} + {@code path}, the {@code index.html} of each of
   * {@code pages} (folders below {@code path}, "" for itself) put in the page frame.
   */
  private static void staticPages(Router router, PageFrame frame, String path, String... pages) {
    String root = "webroot" + path;
    // A route path also matches with a trailing slash: redirect only the bare path.
    router.get(path).handler(ctx -> {
      if (ctx.request().path().equals(path)) {
        redirect(ctx.response(), path + "/");
      } else {
        ctx.next();
      }
    });
    for (String page : pages) {
      Buffer framed = frame.frame(resource("/" + root + "/" + page + "index.html")
          .toString(StandardCharsets.UTF_8));
      Handler<RoutingContext> serve = ctx -> ctx.response()
          .putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8")
          .putHeader(HttpHeaders.CACHE_CONTROL, PAGE_CACHING)
          .end(framed);
      for (String pagePath : List.of(path + "/" + page, path + "/" + page + "index.html")) {
        router.get(pagePath).handler(serve);
        router.head(pagePath).handler(serve);
      }
    }
    router.route(path + "/*").handler(StaticHandler.create(root).setIndexPage("index.html"));
  }

  private static void redirect(HttpServerResponse response, String location) {
    response.setStatusCode(302).putHeader("Location", location).end();
  }

  private static Buffer resource(String name) {
    try (InputStream in = RootRouter.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + name);
      }
      return Buffer.buffer(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
