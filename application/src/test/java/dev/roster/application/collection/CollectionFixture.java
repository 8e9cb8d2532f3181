package dev.roster.application.collection;

import dev.roster.application.Roster;
import dev.roster.application.account.RegisterAccountCommand;
import dev.roster.application.port.CollectionOutcome;
import dev.roster.application.query.AccountView;
import dev.roster.application.testkit.InMemoryFileStore;
import dev.roster.application.testkit.InMemoryJobQueue;
import dev.roster.application.testkit.InMemoryStorage;
import dev.roster.application.testkit.RecordingMeter;
import dev.roster.application.testkit.SteppingClock;
import dev.roster.domain.influencer.MetricReading;
import dev.roster.domain.platform.MetricName;
import dev.roster.domain.platform.PlatformCode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** A roster over the in-memory fakes with scripted sources for platform a and b, and b collected by the office. */
abstract class CollectionFixture {

    static final PlatformCode A = PlatformCode.of("a");
    static final PlatformCode B = PlatformCode.of("b");
    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    final InMemoryStorage storage = new InMemoryStorage();
    final SteppingClock clock = new SteppingClock(START, Duration.ofMillis(1));
    final SteppedPace pace = new SteppedPace();
    final ScriptedSource source = new ScriptedSource(pace);
    final InMemoryJobQueue queue = new InMemoryJobQueue();
    final RecordingMeter meter = new RecordingMeter();
    final Roster roster = Roster.builder()
            .storage(storage)
            .clock(clock)
            .pace(pace)
            .meter(meter)
            .platformCollection(
                    A,
                    new PlatformCollection(
                            "https://blog.example/{handle}",
                            Duration.ofDays(1),
                            600,
                            2,
                            PlatformCollection.Collector.SERVER))
            .platformCollection(
                    B, new PlatformCollection(null, Duration.ofHours(12), 60, 1, PlatformCollection.Collector.OFFICE))
            .metricSource(A, source)
            .collection(queue)
            .files(new InMemoryFileStore(clock))
            .build();

    AccountView register(String platform, String handle, String profileUrl) {
        return roster.accounts()
                .register(new RegisterAccountCommand(
                        platform,
                        "Person " + handle,
                        "010-2000-" + String.format("%04d", Math.abs(handle.hashCode()) % 10_000),
                        handle,
                        profileUrl,
                        null,
                        null));
    }

    /** A reading taken now, by the roster's clock. */
    CollectionOutcome followers(long count) {
        return new CollectionOutcome.Collected(MetricReading.of(
                clock.instant(), Map.of(MetricName.FOLLOWERS, count, MetricName.DAILY_VISITORS, count / 10)));
    }
}
