package dev.roster.adapters.http.routes;

import java.time.Instant;

/**
 * One line of the request log. Query strings and bodies are left out: they hold names and phone numbers.
 *
 * @param route  the route's template, as {@link RouteTable.Resolution#label()} names it: the metrics count by it
 * @param caller the token's subject, or {@code null} when nobody was authenticated
 */
public record RequestRecord(
        Instant time,
        String requestId,
        String method,
        String path,
        String route,
        int status,
        long durationMicros,
        String clientIp,
        String caller) {}
