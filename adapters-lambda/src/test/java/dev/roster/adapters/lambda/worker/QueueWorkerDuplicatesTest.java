package dev.roster.adapters.lambda.worker;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.roster.application.Roster;
import dev.roster.application.port.FileKey;
import dev.roster.application.port.StoredFile;
import dev.roster.application.query.AccountOrder;
import dev.roster.application.query.AccountQuery;
import dev.roster.application.query.AccountView;
import dev.roster.application.spreadsheet.ImportAccountsCommand;
import dev.roster.application.spreadsheet.ImportOutcome;
import dev.roster.application.spreadsheet.ImportSettings;
import dev.roster.application.testkit.InMemoryFileStore;
import dev.roster.application.testkit.InMemoryJobQueue;
import dev.roster.application.testkit.InMemoryStorage;
import dev.roster.application.testkit.SteppingClock;
import dev.roster.application.testkit.TextSheets;
import dev.roster.domain.job.Job;
import dev.roster.domain.job.JobId;
import dev.roster.domain.job.JobStatus;
import dev.roster.domain.platform.PlatformCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** SQS delivers at least once: the same import job delivered twice, one after the other or at once, gives one result. */
class QueueWorkerDuplicatesTest {

    private static final byte[] WORKBOOK = workbook(1_300);

    @Test
    void anImportDeliveredTwiceAtOnceEndsWithTheResultOfOneRun() throws Exception {
        Deployment once = new Deployment();
        JobId reference = once.queueImport();
        assertThat(once.handler()
                        .handleRequest(event(message("m1", reference)), null)
                        .getBatchItemFailures())
                .isEmpty();

        for (int attempt = 0; attempt < 3; attempt++) {
            Deployment twice = new Deployment();
            JobId job = twice.queueImport();
            QueueWorkerHandler handler = twice.handler();
            CyclicBarrier together = new CyclicBarrier(2);
            List<CompletableFuture<SQSBatchResponse>> deliveries = new ArrayList<>();
            for (String messageId : List.of("m1", "m1-again")) {
                deliveries.add(CompletableFuture.supplyAsync(() -> {
                    await(together);
                    return handler.handleRequest(event(message(messageId, job)), null);
                }));
            }
            for (CompletableFuture<SQSBatchResponse> delivery : deliveries) {
                assertThat(delivery.get(60, TimeUnit.SECONDS).getBatchItemFailures())
                        .as("nothing to bring back")
                        .isEmpty();
            }

            assertThat(twice.summary(job)).isEqualTo(once.summary(reference));
            assertThat(twice.errorFile(job)).isEqualTo(once.errorFile(reference));
            assertThat(twice.accounts()).isEqualTo(once.accounts());

            Job settled = twice.job(job);
            assertThat(handler.handleRequest(event(message("m1-late", job)), null)
                            .getBatchItemFailures())
                    .isEmpty();
            assertThat(twice.job(job)).as("a later delivery changes nothing").isEqualTo(settled);
        }
    }

    /** A roster as the worker function has it, over one store, with the import queued by the API. */
    private static final class Deployment {

        private final InMemoryStorage storage = new InMemoryStorage();
        private final SteppingClock clock = SteppingClock.fromNewYear();
        private final InMemoryFileStore files = new InMemoryFileStore(clock);
        private final TextSheets sheets = new TextSheets();
        private final Roster roster = Roster.builder()
                .storage(storage)
                .clock(clock)
                .files(files)
                .spreadsheets(sheets, sheets, new InMemoryJobQueue())
                .importSettings(new ImportSettings(10, 5_000, 10_000_000, Duration.ofHours(1)))
                .build();

        JobId queueImport() {
            return ((ImportOutcome.Queued)
                            roster.spreadsheets().importFile(new ImportAccountsCommand("a", WORKBOOK, false)))
                    .job();
        }

        QueueWorkerHandler handler() {
            return new QueueWorkerHandler(roster.jobs().runner(), 3);
        }

        Job job(JobId id) {
            return storage.jobs().find(id).orElseThrow();
        }

        List<Object> summary(JobId id) {
            Job job = job(id);
            assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED);
            Map<String, Object> result = job.result();
            return List.of(result.get("total"), result.get("success"), result.get("failed"));
        }

        String errorFile(JobId id) throws IOException {
            try (StoredFile file = files.open(
                            FileKey.of((String) job(id).result().get("errorFileKey")))
                    .orElseThrow()) {
                return new String(file.content().readAllBytes(), StandardCharsets.UTF_8);
            }
        }

        List<String> accounts() {
            try (Stream<AccountView> all = storage.accountSearch()
                    .all(new AccountQuery(
                            PlatformCode.of("a"),
                            null,
                            null,
                            null,
                            AccountOrder.NEWEST_FIRST,
                            AccountQuery.MAX_LIMIT,
                            null))) {
                return all.map(view -> view.influencer().name() + "|"
                                + view.influencer().phone() + "|"
                                + view.account().details())
                        .sorted()
                        .toList();
            }
        }
    }

    private static byte[] workbook(int rows) {
        StringBuilder text = new StringBuilder("Name\tPhone\tHandle");
        for (int i = 0; i < rows; i++) {
            String phone = i % 17 == 0 ? "12" : String.format("010-%04d-%04d", 2000 + i / 10_000, i % 10_000);
            String handle = i % 23 == 0 && i > 0 ? "h" + (i - 1) : "h" + i;
            text.append('\n')
                    .append("Person ")
                    .append(i)
                    .append('\t')
                    .append(phone)
                    .append('\t')
                    .append(handle);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }

    private static SQSEvent.SQSMessage message(String id, JobId job) {
        SQSEvent.SQSMessage message = new SQSEvent.SQSMessage();
        message.setMessageId(id);
        message.setBody(job.value());
        message.setAttributes(Map.of("ApproximateReceiveCount", "1"));
        return message;
    }

    private static SQSEvent event(SQSEvent.SQSMessage... messages) {
        SQSEvent event = new SQSEvent();
        event.setRecords(List.of(messages));
        return event;
    }
}
