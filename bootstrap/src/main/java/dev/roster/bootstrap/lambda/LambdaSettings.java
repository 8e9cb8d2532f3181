package dev.roster.bootstrap.lambda;

import dev.roster.adapters.browser.fetch.FetchLimits;
import dev.roster.bootstrap.config.ConfigurationException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A Lambda function's settings, read once at initialisation from its environment. A missing or malformed variable
 * stops initialisation with a message naming it, which Lambda shows as the init error.
 */
public final class LambdaSettings {

    private final Map<String, String> environment;
    private final LambdaVariable.Function function;

    private LambdaSettings(Map<String, String> environment, LambdaVariable.Function function) {
        this.environment = Map.copyOf(environment);
        this.function = function;
        for (LambdaVariable variable : LambdaVariable.values()) {
            if (variable.readBy(function)
                    && variable.required()
                    && text(variable).isEmpty()) {
                throw new ConfigurationException(variable.variable() + " is required by the " + function + " function");
            }
        }
    }

    /** The settings of {@code function}, from {@code environment} (normally {@code System.getenv()}). */
    public static LambdaSettings of(Map<String, String> environment, LambdaVariable.Function function) {
        return new LambdaSettings(environment, function);
    }

    public LambdaVariable.Function function() {
        return function;
    }

    /** The AWS region the function runs in, which Lambda sets in {@code AWS_REGION}. */
    public String region() {
        String region = environment.get("AWS_REGION");
        if (region == null || region.isBlank()) {
            throw new ConfigurationException("AWS_REGION is not set: Lambda sets it; set it when running elsewhere");
        }
        return region.strip();
    }

    public String tablePrefix() {
        return require(LambdaVariable.DYNAMODB_TABLE_PREFIX);
    }

    public String filesBucket() {
        return require(LambdaVariable.FILES_BUCKET);
    }

    public URI jobsQueueUrl() {
        String url = require(LambdaVariable.JOBS_QUEUE_URL);
        try {
            URI parsed = URI.create(url);
            if (!"https".equals(parsed.getScheme()) && !"http".equals(parsed.getScheme())) {
                throw new IllegalArgumentException("not http(s)");
            }
            return parsed;
        } catch (IllegalArgumentException malformed) {
            throw new ConfigurationException(
                    LambdaVariable.JOBS_QUEUE_URL.variable() + " must be the queue's URL, not '" + url + "'");
        }
    }

    public String phoneRegion() {
        return text(LambdaVariable.PHONE_REGION).orElse("KR");
    }

    /**
     * The platform definitions file on the function's file system (the platforms layer puts it under {@code /opt});
     * empty for the built-in platforms.
     */
    public Optional<Path> platformsFile() {
        return text(LambdaVariable.PLATFORMS_FILE).map(Path::of);
    }

    public String allowedCidrs() {
        return require(LambdaVariable.ALLOWED_CIDRS);
    }

    public String trustedProxies() {
        return text(LambdaVariable.TRUSTED_PROXIES).orElse("");
    }

    public int importSyncRows() {
        return text(LambdaVariable.IMPORT_SYNC_ROWS)
                .map(value -> positive(LambdaVariable.IMPORT_SYNC_ROWS, value))
                .orElse(1_000);
    }

    /** How often SQS delivers a job before its dead-letter queue: the redrive policy's {@code maxReceiveCount}. */
    public int jobsMaxReceives() {
        return positive(LambdaVariable.JOBS_MAX_RECEIVES, require(LambdaVariable.JOBS_MAX_RECEIVES));
    }

    /** The most bytes of one platform page the worker reads; 2 MB when not set. */
    public long collectMaxBytes() {
        return text(LambdaVariable.COLLECT_MAX_BYTES)
                .map(value -> (long) positive(LambdaVariable.COLLECT_MAX_BYTES, value))
                .orElse(FetchLimits.DEFAULT_MAX_BYTES);
    }

    private static int positive(LambdaVariable variable, String value) {
        try {
            int number = Integer.parseInt(value);
            if (number < 1) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException notPositive) {
            throw new ConfigurationException(
                    variable.variable() + " must be a whole number above 0, not '" + value + "'");
        }
    }

    private String require(LambdaVariable variable) {
        if (!variable.readBy(function)) {
            throw new IllegalStateException(
                    variable.variable() + " is not one of the " + function + " function's settings");
        }
        return text(variable).orElseThrow();
    }

    private Optional<String> text(LambdaVariable variable) {
        String value = environment.get(variable.variable());
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
