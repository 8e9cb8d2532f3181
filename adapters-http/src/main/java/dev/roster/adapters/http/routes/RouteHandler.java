package dev.roster.adapters.http.routes;

/** What a route does with a call that passed every check; refusals are thrown as the application's exceptions. */
@FunctionalInterface
public interface RouteHandler {

    ApiResponse handle(ApiCall call);
}
