package dev.roster.application.testkit;

import dev.roster.application.port.Meter;
import dev.roster.domain.job.JobType;
import dev.roster.domain.platform.PlatformCode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A meter that keeps every call as a line of text ({@code collected a private 2}), in order, for tests to read. */
public final class RecordingMeter implements Meter {

    private final List<String> calls = new CopyOnWriteArrayList<>();

    @Override
    public void imported(PlatformCode platform, long saved, long failed) {
        calls.add("imported " + platform + " " + saved + " " + failed);
    }

    @Override
    public void collected(PlatformCode platform, String outcome, long accounts) {
        calls.add("collected " + platform + " " + outcome + " " + accounts);
    }

    @Override
    public void collectionQueued(PlatformCode platform, long accounts) {
        calls.add("queued " + platform + " " + accounts);
    }

    @Override
    public void rateLimitWaited(PlatformCode platform, Duration waited) {
        calls.add("waited " + platform + " " + waited);
    }

    @Override
    public void jobFinished(JobType type, String outcome) {
        calls.add("job " + type + " " + outcome);
    }

    public List<String> calls() {
        return List.copyOf(calls);
    }

    /** The calls that begin with {@code kind} ({@code collected}, {@code waited}, ...). */
    public List<String> calls(String kind) {
        return calls.stream().filter(call -> call.startsWith(kind + " ")).toList();
    }
}
