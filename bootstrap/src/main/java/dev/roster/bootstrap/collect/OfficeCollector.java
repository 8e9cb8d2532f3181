package dev.roster.bootstrap.collect;

import dev.roster.adapters.http.client.RosterClient;
import dev.roster.adapters.http.routes.dto.CollectionReportRequest;
import dev.roster.adapters.http.routes.dto.DueAccountDto;
import dev.roster.application.collection.Outcomes;
import dev.roster.application.port.CollectionOutcome;
import dev.roster.application.port.CollectionTarget;
import dev.roster.application.port.MetricSource;
import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.CollectionFailure;
import dev.roster.domain.influencer.Handle;
import dev.roster.domain.platform.PlatformCode;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * The office collector's work: asks the server which accounts of one platform are due, reads them here (within the
 * platform's rate limit), and posts each result back as soon as it has it. The server claims the accounts it hands
 * out, so a collector stopped half-way leaves nothing behind: what it did not report comes back due later.
 */
public final class OfficeCollector {

    /** What one pass did. */
    public record Tally(int collected, int failed) {

        public int total() {
            return collected + failed;
        }
    }

    private final RosterClient server;
    private final PlatformCode platform;
    private final MetricSource source;
    private final int concurrency;
    private final int batch;
    private final Clock clock;
    private final PrintWriter out;

    /** @param source the platform's source, already rate limited */
    public OfficeCollector(
            RosterClient server,
            PlatformCode platform,
            MetricSource source,
            int concurrency,
            int batch,
            Clock clock,
            PrintWriter out) {
        this.server = server;
        this.platform = platform;
        this.source = source;
        this.concurrency = concurrency;
        this.batch = batch;
        this.clock = clock;
        this.out = out;
    }

    /** Collects until nothing is due; what {@code --once} does, and each round of the endless mode. */
    public Tally collectDue() throws InterruptedException {
        int collected = 0;
        int failed = 0;
        ExecutorService readers = Executors.newFixedThreadPool(concurrency);
        try {
            List<DueAccountDto> due = server.claimDue(platform.value(), batch);
            while (!due.isEmpty()) {
                List<Future<Boolean>> results = new ArrayList<>();
                for (DueAccountDto account : due) {
                    results.add(readers.submit(() -> collect(account)));
                }
                for (Future<Boolean> result : results) {
                    if (outcome(result)) {
                        collected++;
                    } else {
                        failed++;
                    }
                }
                out.printf("%s: %d collected, %d failed so far%n", platform, collected, failed);
                out.flush();
                due = server.claimDue(platform.value(), batch);
            }
        } finally {
            readers.shutdownNow();
        }
        return new Tally(collected, failed);
    }

    private boolean collect(DueAccountDto account) {
        AccountId id = new AccountId(account.id());
        CollectionOutcome outcome = source.collect(
                new CollectionTarget(id, platform, Handle.of(account.handle()), URI.create(account.profileUrl())));
        if (outcome instanceof CollectionOutcome.Collected collected) {
            Map<String, Long> metrics = new TreeMap<>();
            collected.reading().values().forEach((name, value) -> metrics.put(name.value(), value));
            server.report(
                    platform.value(),
                    account.id(),
                    CollectionReportRequest.metrics(collected.reading().collectedAt(), metrics));
            say(
                    account,
                    metrics.entrySet().stream()
                            .map(entry -> entry.getKey() + "=" + entry.getValue())
                            .collect(Collectors.joining(" ")));
            return true;
        }
        CollectionFailure failure = Outcomes.failure(id, outcome, clock.instant());
        server.report(
                platform.value(),
                account.id(),
                CollectionReportRequest.failure(failure.at(), failure.status().label(), failure.reason()));
        say(account, failure.status().label() + ": " + failure.reason());
        return false;
    }

    private synchronized void say(DueAccountDto account, String what) {
        out.println("  " + account.handle() + "  " + what);
        out.flush();
    }

    private static boolean outcome(Future<Boolean> result) throws InterruptedException {
        try {
            return result.get();
        } catch (ExecutionException failed) {
            // Posting failed (the server is down, the token expired): stop, the claims run out and nothing is lost.
            Throwable cause = failed.getCause();
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
        }
    }
}
