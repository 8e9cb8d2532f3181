package dev.roster.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.adapters.http.client.ImportResponse;
import dev.roster.adapters.http.client.JdkHttpExchange;
import dev.roster.adapters.http.client.RosterClient;
import dev.roster.adapters.http.routes.dto.JobDto;
import dev.roster.adapters.http.routes.json.JsonCodec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What an operator sees after {@code kill -9} of {@code roster serve} in the middle of a large import: the next start
 * on the same data directory is healthy within seconds (the embedded PostgreSQL the killed server left running is
 * stopped first), the job is taken up again at once, and it ends with the summary and error file of one uninterrupted
 * run. Stopped with SIGTERM instead, it lets the job stop and the next start resumes it.
 */
class PackagedServerCrashIT {

    private static final JsonCodec JSON = new JsonCodec();
    private static final int ROWS = 60_000;
    /** Every 20th row has a phone number that is not one. */
    private static final int INVALID = ROWS / 20;

    @Test
    void aServerKilledDuringAnImportRestartsWithinSecondsAndTheJobEndsWithTheTruth() throws Exception {
        Path dataDir = Files.createTempDirectory("roster-crash");
        String jobId;
        long doneWhenKilled;
        try (ServerProcess first = start(dataDir)) {
            RosterClient client = client(first);
            jobId = queueImport(client);
            doneWhenKilled = waitUntilUnderWay(client, jobId);
            first.close(); // SIGKILL: no shutdown hook runs, the embedded PostgreSQL is left running
        }

        long restarting = System.nanoTime();
        try (ServerProcess second = start(dataDir)) {
            RosterClient client = client(second);
            assertThat(client.health()).isNotNull();
            assertThat(Duration.ofNanos(System.nanoTime() - restarting))
                    .as("healthy again")
                    .isLessThan(Duration.ofSeconds(30));
            assertThat(second.output()).anyMatch(line -> line.contains("stopped the embedded PostgreSQL"));
            assertEndsWithTheTruth(client, jobId, doneWhenKilled);
            second.stop(Duration.ofSeconds(30));
        }
    }

    @Test
    void aServerStoppedDuringAnImportResumesItOnItsNextStart() throws Exception {
        Path dataDir = Files.createTempDirectory("roster-stop");
        String jobId;
        long doneWhenStopped;
        try (ServerProcess first = start(dataDir)) {
            RosterClient client = client(first);
            jobId = queueImport(client);
            doneWhenStopped = waitUntilUnderWay(client, jobId);
            assertThat(first.stop(Duration.ofSeconds(60)))
                    .as("exit code after SIGTERM")
                    .isIn(0, 143);
        }

        try (ServerProcess second = start(dataDir)) {
            RosterClient client = client(second);
            assertThat(second.output()).noneMatch(line -> line.contains("stopped the embedded PostgreSQL"));
            assertEndsWithTheTruth(client, jobId, doneWhenStopped);
            second.stop(Duration.ofSeconds(30));
        }
    }

    private static String queueImport(RosterClient client) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            String phone = i % 20 == 7 ? "not a phone" : String.format("010-%04d-%04d", 1000 + i / 10_000, i % 10_000);
            rows.add(List.of("크래시 " + i, phone, "crash_" + i));
        }
        ImportResponse response =
                client.importWorkbook("a", Workbooks.of(List.of("Name", "Phone", "Handle"), rows), false);
        assertThat(response.isQueued()).isTrue();
        return response.queued().jobId();
    }

    /** Waits until a tenth of the rows are saved; returns how many the job shows done. */
    private static long waitUntilUnderWay(RosterClient client, String jobId) throws InterruptedException {
        JobDto job = client.job(jobId);
        for (int wait = 0; wait < 3_000 && job.progress().done() < ROWS / 10; wait++) {
            Thread.sleep(20);
            job = client.job(jobId);
        }
        assertThat(job.status()).as("stopped while the import runs").isEqualTo("RUNNING");
        assertThat(job.progress().done()).isBetween(1L, ROWS - 1L);
        return job.progress().done();
    }

    private static void assertEndsWithTheTruth(RosterClient client, String jobId, long doneBefore)
            throws InterruptedException {
        JobDto job = client.job(jobId);
        for (int wait = 0;
                wait < 3_000
                        && !job.status().equals("SUCCEEDED")
                        && !job.status().equals("FAILED");
                wait++) {
            assertThat(job.progress().done()).as("progress never goes back").isGreaterThanOrEqualTo(doneBefore);
            Thread.sleep(100);
            job = client.job(jobId);
        }
        assertThat(job.status()).isEqualTo("SUCCEEDED");
        assertThat(((Number) job.result().get("total")).longValue()).isEqualTo(ROWS);
        assertThat(((Number) job.result().get("success")).longValue()).isEqualTo(ROWS - INVALID);
        assertThat(((Number) job.result().get("failed")).longValue()).isEqualTo(INVALID);
        var errors = Workbooks.read(client.download((String) job.result().get("errorFileUrl")));
        assertThat(errors).as("the header and only the rows that really failed").hasSize(INVALID + 1);
        assertThat(errors.subList(1, errors.size()))
                .allSatisfy(row -> assertThat(row.cells().get(1)).isEqualTo("not a phone"));
    }

    private static ServerProcess start(Path dataDir) throws Exception {
        return ServerProcess.start(List.of("--port", "0", "--data-dir", dataDir.toString()), Duration.ofSeconds(90));
    }

    private static RosterClient client(ServerProcess server) {
        // Surveying 60,000 rows on upload takes more than half a minute on a loaded machine.
        return new RosterClient(new JdkHttpExchange(server.url(), Duration.ofSeconds(120)), JSON, null);
    }
}
