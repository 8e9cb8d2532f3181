package dev.roster.adapters.http.routes;

import dev.roster.adapters.http.routes.security.Caller;
import java.util.Map;

/**
 * A request that matched a route and passed its checks.
 *
 * @param pathParameters the route's path parameters, decoded
 * @param requestId      the id echoed in {@code X-Request-Id} and written to the request log
 */
public record ApiCall(ApiRequest request, Map<String, String> pathParameters, Caller caller, String requestId) {

    public ApiCall {
        pathParameters = Map.copyOf(pathParameters);
    }

    public String path(String name) {
        String value = pathParameters.get(name);
        if (value == null) {
            throw new IllegalStateException("the route has no path parameter " + name);
        }
        return value;
    }
}
