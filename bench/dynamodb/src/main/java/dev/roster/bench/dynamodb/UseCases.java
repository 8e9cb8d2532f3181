package dev.roster.bench.dynamodb;

import dev.roster.adapters.dynamodb.DynamoSettings;
import dev.roster.adapters.dynamodb.DynamoStorage;
import dev.roster.application.Roster;
import dev.roster.application.account.RegisterAccountCommand;
import dev.roster.application.account.SearchAccountsCommand;
import dev.roster.application.account.UpdateAccountCommand;
import dev.roster.application.influencer.UpdateInfluencerCommand;
import dev.roster.application.port.NewAccount;
import dev.roster.domain.influencer.ConsentForm;
import dev.roster.domain.influencer.ConsentFormId;
import dev.roster.domain.influencer.MetricReading;
import dev.roster.domain.influencer.MetricSnapshot;
import dev.roster.domain.job.Job;
import dev.roster.domain.job.JobId;
import dev.roster.domain.job.JobType;
import dev.roster.domain.platform.MetricName;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Each use case run {@code calls} times on accounts no other use case touches, with its capacity per call. */
final class UseCases {

    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");

    private final DynamoStorage storage;
    private final Roster roster;
    private final List<NewAccount> accounts;
    private final DynamoBench.Measure measure;

    UseCases(DynamoStorage storage, Roster roster, List<NewAccount> accounts, DynamoBench.Measure measure) {
        this.storage = storage;
        this.roster = roster;
        this.accounts = accounts;
        this.measure = measure;
    }

    void run(int calls) {
        measure.run(
                "register an account for a new person (incl. the view it returns)",
                calls,
                i -> roster.accounts()
                        .register(new RegisterAccountCommand(
                                "a", "벤치 " + i, "+8210" + (90_000_000 + i), "bench_new_" + i, null, null, null)));
        measure.run("register an account for a known person", calls, i -> {
            NewAccount known = account(0, i);
            roster.accounts()
                    .register(new RegisterAccountCommand(
                            "b",
                            known.identity().name().value(),
                            known.identity().phone().e164(),
                            "bench_attach_" + i,
                            null,
                            null,
                            null));
        });
        measure.run(
                "get an account (view: pointer + the owner's partition)",
                calls,
                i -> roster.accounts()
                        .get(
                                account(1, i).platform().value(),
                                account(1, i).id().value()));
        measure.run(
                "get an influencer (the partition)",
                calls,
                i -> roster.accounts()
                        .influencer(account(1, i).newInfluencerId().value()));
        measure.run(
                "update an account's notes",
                calls,
                i -> roster.accounts()
                        .update(new UpdateAccountCommand(
                                account(2, i).platform().value(),
                                account(2, i).id().value(),
                                1L,
                                account(2, i).details().handle().value(),
                                null,
                                null,
                                "메모 " + i)));
        measure.run(
                "update an account's handle (guard swapped)",
                calls,
                i -> roster.accounts()
                        .update(new UpdateAccountCommand(
                                account(3, i).platform().value(),
                                account(3, i).id().value(),
                                1L,
                                "bench_renamed_" + i,
                                null,
                                null,
                                null)));
        measure.run(
                "rename an influencer (identity guard swapped)",
                calls,
                i -> roster.accounts()
                        .updateInfluencer(new UpdateInfluencerCommand(
                                account(4, i).newInfluencerId().value(), 1L, "개명 " + i, null)));
        measure.run(
                "record a metric snapshot (newest)",
                calls,
                i -> storage.metricHistory().record(snapshot(5, i, 0)));
        measure.run(
                "record a metric snapshot older than the one shown",
                calls,
                i -> storage.metricHistory().record(snapshot(5, i, -3_600)));
        measure.run(
                "read an account's history, 10 newest",
                calls,
                i -> storage.metricHistory().newestFirst(account(5, i).id(), 10));
        measure.run(
                "file a consent form",
                calls,
                i -> storage.consentForms()
                        .record(new ConsentForm(
                                ConsentFormId.next(T0),
                                account(6, i).newInfluencerId(),
                                "consent/" + i + ".pdf",
                                "consent-" + i + ".pdf",
                                1_024,
                                "0".repeat(64),
                                LocalDate.of(2026, 11, 1),
                                T0,
                                null,
                                null,
                                false)));
        searches(calls);
        measure.run(
                "delete an account (with 2 snapshots)",
                calls,
                i -> roster.accounts()
                        .delete(
                                account(5, i).platform().value(),
                                account(5, i).id().value()));
        measure.run(
                "delete an influencer",
                calls,
                i -> roster.accounts()
                        .deleteInfluencer(account(7, i).newInfluencerId().value()));
        jobs(calls);
    }

    private void searches(int calls) {
        SearchAccountsCommand search = new SearchAccountsCommand("a", "민지", null, null, null, 20, null);
        // The first search after a load catches up on everything written in the lag before it: not the steady state.
        roster.accounts().search(search);
        pause(DynamoSettings.defaults("").changeLag().plusSeconds(1));
        roster.accounts().search(search);
        measure.run(
                "search, page of 20, nothing changed since the last search",
                calls,
                i -> roster.accounts().search(search));
        measure.run("record a snapshot, then search (the search catches up one person)", calls, i -> {
            storage.metricHistory().record(snapshot(8, i, 0));
            roster.accounts().search(search);
        });
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void jobs(int calls) {
        List<Job> created = new ArrayList<>();
        measure.run("create a job", calls, i -> {
            Job job = Job.queue(JobId.next(T0), JobType.of("import"), Map.of("file", "uploads/" + i + ".xlsx"), T0);
            storage.jobs().create(job);
            created.add(job);
        });
        measure.run("find a job", calls, i -> storage.jobs().find(created.get(i).id()));
        measure.run(
                "update a job (start it)",
                calls,
                i -> storage.jobs().update(created.get(i).start(T0)));
    }

    /** The {@code i}th account of use case {@code slot}: every use case has its own stretch of the roster. */
    private NewAccount account(int slot, int i) {
        int stride = accounts.size() / 10;
        return accounts.get(slot * stride + i * 3);
    }

    private MetricSnapshot snapshot(int slot, int i, long secondsLater) {
        return new MetricSnapshot(
                account(slot, i).id(),
                MetricReading.of(T0.plusSeconds(secondsLater + i), Map.of(MetricName.FOLLOWERS, 1_000L + i)));
    }
}
