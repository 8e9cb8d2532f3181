package dev.roster.adapters.http.routes;

import java.time.Instant;

/**
 * One line of the request log. Query strings and bodies are left out: they hold names and phone numbers.
 *
 * @param caller the token's subject, or {@code null} when nobody was authenticated
 */
public record RequestRecord(
        Instant time,
        String requestId,
        String method,
        String path,
        int status,
        long durationMicros,
        String clientIp,
        String caller) {}
