package dev.roster.application.collection;

import dev.roster.application.account.AccountLookup;
import dev.roster.application.error.FieldError;
import dev.roster.application.error.InvalidInputException;
import dev.roster.application.port.Influencers;
import dev.roster.application.port.Meter;
import dev.roster.application.port.MetricHistory;
import dev.roster.domain.influencer.CollectionFailure;
import dev.roster.domain.influencer.MetricReading;
import dev.roster.domain.influencer.MetricSnapshot;
import dev.roster.domain.influencer.PlatformAccount;
import dev.roster.domain.platform.MetricName;
import dev.roster.domain.platform.Platform;
import dev.roster.domain.platform.PlatformCatalog;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Records what a collector elsewhere (the office collector) read for an account: a snapshot, or a failure. */
public final class RecordCollection {

    /** Clocks of collectors drift; a reading from further ahead than this is refused as a mistake. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final AccountLookup lookup;
    private final MetricHistory history;
    private final Clock clock;
    private final Meter meter;

    /** @param meter counts what the collector read, as collections made here are counted */
    public RecordCollection(
            PlatformCatalog platforms, Influencers influencers, MetricHistory history, Clock clock, Meter meter) {
        this.lookup = new AccountLookup(platforms, influencers);
        this.history = history;
        this.clock = clock;
        this.meter = meter;
    }

    /**
     * @throws dev.roster.application.error.NotFoundException when the platform or the account does not exist
     * @throws InvalidInputException listing every problem: no time, a time in the future, both or neither of metrics
     *                               and failure, a metric the platform does not publish, a negative figure
     */
    public void record(RecordCollectionCommand command) {
        Platform platform = lookup.platform(command.platform());
        PlatformAccount account = lookup.account(platform, command.accountId());
        List<FieldError> errors = new ArrayList<>();
        if (command.collectedAt() == null) {
            errors.add(new FieldError("collectedAt", "is required"));
        } else if (command.collectedAt().isAfter(clock.instant().plus(CLOCK_SKEW))) {
            errors.add(new FieldError("collectedAt", "is in the future"));
        }
        boolean failure = command.failureStatus() != null;
        if (failure == (command.metrics() != null)) {
            errors.add(new FieldError("metrics", "give either metrics or a failure"));
        }
        if (failure) {
            checkFailure(command, errors);
        } else if (command.metrics() != null) {
            checkMetrics(platform, command.metrics(), errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (failure) {
            history.recordFailure(new CollectionFailure(
                    account.id(),
                    CollectionFailure.Status.ofLabel(command.failureStatus()),
                    command.failureReason(),
                    command.collectedAt()));
        } else {
            history.record(new MetricSnapshot(account.id(), MetricReading.of(command.collectedAt(), names(command))));
        }
        meter.collected(platform.code(), failure ? command.failureStatus() : "collected", 1);
    }

    private static void checkFailure(RecordCollectionCommand command, List<FieldError> errors) {
        try {
            CollectionFailure.Status.ofLabel(command.failureStatus());
        } catch (IllegalArgumentException unknown) {
            errors.add(new FieldError("failure.status", unknown.getMessage()));
        }
        String reason = command.failureReason();
        if (reason == null || reason.isBlank()) {
            errors.add(new FieldError("failure.reason", "is required"));
        } else if (reason.length() > CollectionFailure.MAX_REASON_LENGTH) {
            errors.add(new FieldError(
                    "failure.reason", "must be at most " + CollectionFailure.MAX_REASON_LENGTH + " characters"));
        }
    }

    private static void checkMetrics(Platform platform, Map<String, Long> metrics, List<FieldError> errors) {
        if (metrics.isEmpty() || metrics.size() > MetricReading.MAX_METRICS) {
            errors.add(new FieldError("metrics", "must hold 1-" + MetricReading.MAX_METRICS + " figures"));
        }
        metrics.forEach((name, value) -> {
            String field = "metrics." + name;
            if (!platform.publishes(name)) {
                errors.add(new FieldError(
                        field, "is not a metric platform " + platform.code() + " publishes: " + platform.metrics()));
            } else if (value == null || value < 0) {
                errors.add(new FieldError(field, "must be a count of zero or more"));
            }
        });
    }

    private static Map<MetricName, Long> names(RecordCollectionCommand command) {
        Map<MetricName, Long> byName = new TreeMap<>();
        command.metrics().forEach((name, value) -> byName.put(MetricName.of(name), value));
        return byName;
    }
}
