package dev.roster.adapters.http.routes;

import java.util.Locale;
import java.util.Objects;

/** One entry of the route table: method and path, who may call it, what body it takes, and what it does. */
public record Route(String method, PathTemplate path, Access access, RequestBody body, RouteHandler handler) {

    public Route {
        Objects.requireNonNull(method, "method");
        method = method.toUpperCase(Locale.ROOT);
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(handler, "handler");
    }

    public static Route get(String path, Access access, RouteHandler handler) {
        return new Route("GET", PathTemplate.of(path), access, RequestBody.none(), handler);
    }

    public static Route delete(String path, Access access, RouteHandler handler) {
        return new Route("DELETE", PathTemplate.of(path), access, RequestBody.none(), handler);
    }

    public static Route withJson(String method, String path, Access access, RouteHandler handler) {
        return new Route(method, PathTemplate.of(path), access, RequestBody.json(), handler);
    }
}
