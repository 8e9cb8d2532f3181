package dev.roster.application.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.application.error.ConflictException;
import dev.roster.application.error.NotFoundException;
import dev.roster.domain.job.Job;
import dev.roster.domain.job.JobId;
import dev.roster.domain.job.JobProgress;
import dev.roster.domain.job.JobStatus;
import dev.roster.domain.job.JobType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The contract of {@link dev.roster.application.port.Jobs}. */
public abstract class JobsContract extends StorageContract {

    private static final Instant NOW = Instant.parse("2026-05-01T08:00:00Z");

    @Test
    void keepsAJobThroughItsWholeLife() {
        Job queued = Job.queue(
                JobId.next(NOW), JobType.of("import"), Map.of("platform", "a", "file", "uploads/명단.xlsx"), NOW);
        storage.jobs().create(queued);
        assertThat(storage.jobs().find(queued.id())).contains(queued);

        Job running = storage.jobs().update(queued.start(NOW.plusSeconds(1)));
        Job progressing = storage.jobs().update(running.report(new JobProgress(40, 100), NOW.plusSeconds(2)));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("total", 100L);
        result.put("success", 95L);
        result.put("failed", 5L);
        result.put("errorFileUrl", null);
        result.put("note", "오류 5건");
        result.put("upsert", false);
        Job done = storage.jobs().update(progressing.succeed(result, NOW.plusSeconds(3)));

        Job stored = storage.jobs().find(queued.id()).orElseThrow();
        assertThat(stored).isEqualTo(done);
        assertThat(stored.version()).isEqualTo(4);
        assertThat(stored.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(stored.progress()).isEqualTo(new JobProgress(100, 100));
        assertThat(stored.result()).containsExactlyInAnyOrderEntriesOf(result);
    }

    @Test
    void keepsTheReasonAJobFailed() {
        Job queued = Job.queue(JobId.next(NOW), JobType.of("collect"), Map.of(), NOW);
        storage.jobs().create(queued);

        Job failed = storage.jobs().update(queued.start(NOW).fail("플랫폼 응답 없음", NOW.plusSeconds(9)));

        assertThat(storage.jobs().find(queued.id())).contains(failed);
    }

    @Test
    void refusesAChangeMadeAgainstAnOldVersion() {
        Job queued = Job.queue(JobId.next(NOW), JobType.of("import"), Map.of(), NOW);
        storage.jobs().create(queued);
        storage.jobs().update(queued.start(NOW));

        assertThatThrownBy(() -> storage.jobs().update(queued.start(NOW.plusSeconds(1))))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.STALE_VERSION));
    }

    @Test
    void refusesATakenIdAndAnUnknownJob() {
        Job queued = Job.queue(JobId.next(NOW), JobType.of("import"), Map.of(), NOW);
        storage.jobs().create(queued);

        assertThatThrownBy(() -> storage.jobs().create(queued))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.DUPLICATE_ID));
        Job unknown = Job.queue(JobId.next(NOW), JobType.of("import"), Map.of(), NOW);
        assertThatThrownBy(() -> storage.jobs().update(unknown.start(NOW))).isInstanceOf(NotFoundException.class);
        assertThat(storage.jobs().find(unknown.id())).isEmpty();
    }
}
