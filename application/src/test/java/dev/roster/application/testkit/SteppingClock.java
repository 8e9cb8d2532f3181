package dev.roster.application.testkit;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that moves one step forward each time it is read, so every event gets its own, increasing instant. */
public final class SteppingClock extends UtcClock {

    private final AtomicLong micros;
    private final long stepMicros;

    public SteppingClock(Instant start, Duration step) {
        this.micros = new AtomicLong(start.toEpochMilli() * 1_000);
        this.stepMicros = step.toNanos() / 1_000;
    }

    /** Starts at 2026-01-01T00:00:00Z and steps one millisecond. */
    public static SteppingClock fromNewYear() {
        return new SteppingClock(Instant.parse("2026-01-01T00:00:00Z"), Duration.ofMillis(1));
    }

    @Override
    public Instant instant() {
        long now = micros.getAndAdd(stepMicros);
        return Instant.EPOCH.plus(now, ChronoUnit.MICROS);
    }
}
