package dev.roster.domain.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a job carries: parameters, a result, a failure reason, and the invariants tying them to its status. */
class JobContentsTest {

    private static final Instant T0 = Instant.parse("2025-03-14T09:00:00Z");
    private static final JobId ID = JobId.next(T0);
    private static final JobType COLLECT = JobType.of("collect");

    private Job running() {
        return Job.queue(ID, COLLECT, Map.of(), T0).start(T0);
    }

    @Test
    void parametersAreCopiedAndUnmodifiable() {
        Map<String, String> source = new HashMap<>(Map.of("platform", "a"));
        Job job = Job.queue(ID, COLLECT, source, T0);

        source.put("platform", "b");
        source.put("extra", "x");

        assertThat(job.parameters()).containsExactly(Map.entry("platform", "a"));
        assertThatThrownBy(() -> job.parameters().put("extra", "x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void parametersRefuseNulls() {
        Map<String, String> withNullValue = new HashMap<>();
        withNullValue.put("platform", null);

        assertThatNullPointerException().isThrownBy(() -> Job.queue(ID, COLLECT, withNullValue, T0));
        assertThatNullPointerException().isThrownBy(() -> Job.queue(ID, COLLECT, null, T0));
    }

    @Test
    void parametersAndResultAreBoundedSoAStoredJobStaysSmall() {
        Map<String, String> most = new HashMap<>();
        for (int i = 0; i < Job.MAX_ENTRIES; i++) {
            String key = "k" + i;
            most.put(key + "x".repeat(Job.MAX_KEY_LENGTH - key.length()), "값".repeat(Job.MAX_TEXT_LENGTH));
        }
        Map<String, String> tooMany = new HashMap<>(most);
        tooMany.put("one-more", "x");
        Map<String, Object> longText = new LinkedHashMap<>();
        longText.put("note", "x".repeat(Job.MAX_TEXT_LENGTH + 1));

        assertThat(Job.queue(ID, COLLECT, most, T0).parameters()).hasSize(Job.MAX_ENTRIES);
        assertThatIllegalArgumentException().isThrownBy(() -> Job.queue(ID, COLLECT, tooMany, T0));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Job.queue(ID, COLLECT, Map.of("k".repeat(Job.MAX_KEY_LENGTH + 1), "v"), T0));
        assertThatIllegalArgumentException().isThrownBy(() -> Job.queue(ID, COLLECT, Map.of("", "v"), T0));
        assertThatIllegalArgumentException().isThrownBy(() -> running().succeed(longText, T0));
    }

    @Test
    void resultHoldsTextLongsBooleansAndNullsInOrder() {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("file", "out.xlsx");
        source.put("rows", 42L);
        source.put("complete", true);
        source.put("warning", null);

        Job succeeded = running().succeed(source, T0);

        assertThat(succeeded.result().keySet()).containsExactly("file", "rows", "complete", "warning");
        assertThat(succeeded.result())
                .containsEntry("file", "out.xlsx")
                .containsEntry("rows", 42L)
                .containsEntry("complete", true)
                .containsEntry("warning", null);
    }

    @Test
    void resultIsCopiedAndUnmodifiable() {
        Map<String, Object> source = new HashMap<>(Map.of("rows", 1L));
        Job succeeded = running().succeed(source, T0);

        source.put("rows", 2L);

        assertThat(succeeded.result()).containsExactly(Map.entry("rows", 1L));
        assertThatThrownBy(() -> succeeded.result().put("rows", 3L)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void resultRefusesOtherValueTypes() {
        for (Object value : new Object[] {42, 4.2, 'c', new StringBuilder("x"), Map.of(), java.util.List.of(1L)}) {
            assertThatIllegalArgumentException()
                    .as("%s", value.getClass())
                    .isThrownBy(() -> running().succeed(Map.of("value", value), T0));
        }
    }

    @Test
    void resultRefusesNullKeys() {
        Map<String, Object> source = new HashMap<>();
        source.put(null, "x");

        assertThatNullPointerException().isThrownBy(() -> running().succeed(source, T0));
    }

    @Test
    void onlyASucceededJobHasAResult() {
        for (JobStatus status : new JobStatus[] {JobStatus.QUEUED, JobStatus.RUNNING}) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new Job(
                            ID, COLLECT, status, Map.of(), JobProgress.NONE, Map.of("rows", 1L), null, 1, T0, T0));
        }
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Job(
                        ID,
                        COLLECT,
                        JobStatus.FAILED,
                        Map.of(),
                        JobProgress.NONE,
                        Map.of("rows", 1L),
                        "boom",
                        1,
                        T0,
                        T0));
    }

    @Test
    void aJobHasAFailureReasonExactlyWhenItFailed() {
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        new Job(ID, COLLECT, JobStatus.FAILED, Map.of(), JobProgress.NONE, Map.of(), null, 1, T0, T0));
        for (JobStatus status : new JobStatus[] {JobStatus.QUEUED, JobStatus.RUNNING, JobStatus.SUCCEEDED}) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() ->
                            new Job(ID, COLLECT, status, Map.of(), JobProgress.NONE, Map.of(), "boom", 1, T0, T0));
        }
    }

    @Test
    void failTruncatesALongReasonTo1000Characters() {
        String exactly = "r".repeat(Job.MAX_REASON_LENGTH);

        assertThat(running().fail(exactly, T0).failureReason()).isEqualTo(exactly);
        assertThat(running().fail(exactly + "-and-more", T0).failureReason()).isEqualTo(exactly);
        assertThat(running().fail("x".repeat(50_000), T0).failureReason()).hasSize(1000);
    }

    @Test
    void failRefusesABlankOrMissingReason() {
        assertThatIllegalArgumentException().isThrownBy(() -> running().fail("", T0));
        assertThatIllegalArgumentException().isThrownBy(() -> running().fail("   ", T0));
        assertThatNullPointerException().isThrownBy(() -> running().fail(null, T0));
    }

    @Test
    void constructorRefusesAReasonOver1000Characters() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Job(
                        ID,
                        COLLECT,
                        JobStatus.FAILED,
                        Map.of(),
                        JobProgress.NONE,
                        Map.of(),
                        "r".repeat(1001),
                        1,
                        T0,
                        T0));
    }

    @Test
    void constructorRefusesAVersionBelow1() {
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        new Job(ID, COLLECT, JobStatus.QUEUED, Map.of(), JobProgress.NONE, Map.of(), null, 0, T0, T0));
    }

    @Test
    void constructorRefusesMissingParts() {
        assertThatNullPointerException()
                .isThrownBy(() -> new Job(
                        null, COLLECT, JobStatus.QUEUED, Map.of(), JobProgress.NONE, Map.of(), null, 1, T0, T0));
        assertThatNullPointerException()
                .isThrownBy(() ->
                        new Job(ID, null, JobStatus.QUEUED, Map.of(), JobProgress.NONE, Map.of(), null, 1, T0, T0));
        assertThatNullPointerException()
                .isThrownBy(() -> new Job(ID, COLLECT, null, Map.of(), JobProgress.NONE, Map.of(), null, 1, T0, T0));
        assertThatNullPointerException()
                .isThrownBy(() -> new Job(ID, COLLECT, JobStatus.QUEUED, Map.of(), null, Map.of(), null, 1, T0, T0));
        assertThatNullPointerException()
                .isThrownBy(() ->
                        new Job(ID, COLLECT, JobStatus.QUEUED, Map.of(), JobProgress.NONE, null, null, 1, T0, T0));
        assertThatNullPointerException()
                .isThrownBy(() -> new Job(
                        ID, COLLECT, JobStatus.QUEUED, Map.of(), JobProgress.NONE, Map.of(), null, 1, null, T0));
        assertThatNullPointerException()
                .isThrownBy(() -> new Job(
                        ID, COLLECT, JobStatus.QUEUED, Map.of(), JobProgress.NONE, Map.of(), null, 1, T0, null));
    }
}
