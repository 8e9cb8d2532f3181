package dev.roster.attacks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.e2e.ServerProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A job that runs out of memory, in the real worker of the local server in a JVM with a heap of 256 MB: it is recorded
 * as failed with a plain reason, the worker keeps running, and the next import succeeds.
 */
class JobOutOfMemoryIT {

    @Test
    void aJobOutOfMemoryIsRecordedFailedAndTheWorkerGoesOn() throws IOException, InterruptedException {
        Process worker = new ProcessBuilder(
                        ServerProcess.javaBinary(),
                        "-Xmx256m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        WorkerUnderMemoryPressure.class.getName())
                .redirectErrorStream(true)
                .start();
        byte[] output = worker.getInputStream().readAllBytes();
        assertThat(worker.waitFor(3, TimeUnit.MINUTES)).isTrue();
        String said = new String(output, StandardCharsets.UTF_8);
        List<String> outcomes =
                said.lines().filter(line -> line.startsWith("outcome of ")).toList();

        assertThat(worker.exitValue()).as(said).isZero();
        assertThat(outcomes)
                .as(said)
                .containsExactly(
                        "outcome of exhausting: FAILED | the job ran out of memory: the file is too large or too complex for this "
                                + "server; split it into smaller files | null",
                        "outcome of honest: SUCCEEDED | null | 1");
        assertThat(said).contains("job worker: java.lang.OutOfMemoryError");
    }
}
