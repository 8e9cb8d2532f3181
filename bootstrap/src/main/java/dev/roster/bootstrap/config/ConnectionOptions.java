package dev.roster.bootstrap.config;

import dev.roster.adapters.http.javalin.ConnectionLimits;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Option;

/** How long the server waits for a silent caller, and how slowly it lets a request body come. */
public final class ConnectionOptions {

    @Option(
            names = "--request-idle-timeout",
            defaultValue = "${env:ROSTER_REQUEST_IDLE_TIMEOUT:-PT30S}",
            description = "A connection silent this long (headers or body awaited) is closed, as an ISO-8601 duration "
                    + "(ROSTER_REQUEST_IDLE_TIMEOUT). Default: ${DEFAULT-VALUE}.")
    public String idleTimeout;

    @Option(
            names = "--request-min-rate",
            defaultValue = "${env:ROSTER_REQUEST_MIN_RATE:-1024}",
            description = "A request body coming slower than this many bytes per second is cut off; 0 checks no rate "
                    + "(ROSTER_REQUEST_MIN_RATE). Default: ${DEFAULT-VALUE}.")
    public long minRate;

    /** @throws ConfigurationException naming the bad setting */
    public ConnectionLimits limits() {
        Duration idle;
        try {
            idle = Duration.parse(idleTimeout.strip());
        } catch (DateTimeParseException malformed) {
            throw new ConfigurationException(
                    "--request-idle-timeout",
                    "must be an ISO-8601 duration such as PT30S, " + "not '" + idleTimeout + "'");
        }
        if (idle.compareTo(Duration.ofMillis(100)) < 0 || idle.compareTo(Duration.ofHours(1)) > 0) {
            throw new ConfigurationException(
                    "--request-idle-timeout", "must be between PT0.1S and PT1H, not " + idleTimeout);
        }
        if (minRate < 0) {
            throw new ConfigurationException("--request-min-rate", "must be 0 or more, not " + minRate);
        }
        return new ConnectionLimits(idle, minRate);
    }
}
