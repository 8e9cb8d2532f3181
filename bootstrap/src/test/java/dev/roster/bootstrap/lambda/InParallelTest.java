package dev.roster.bootstrap.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InParallelTest {

    @Test
    void buildsOnADaemonThreadOfItsOwnWhileTheCallerGoesOn() throws Exception {
        CountDownLatch callerWentOn = new CountDownLatch(1);
        InParallel<Thread> builder = InParallel.start("roster-test-build", () -> {
            try {
                // Finishes only once the caller has gone on: a build on the calling thread would wait forever here.
                assertThat(callerWentOn.await(10, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException interrupted) {
                throw new IllegalStateException(interrupted);
            }
            return Thread.currentThread();
        });
        callerWentOn.countDown();

        Thread built = builder.join();

        assertThat(built).isNotSameAs(Thread.currentThread());
        assertThat(built.getName()).isEqualTo("roster-test-build");
        assertThat(built.isDaemon()).isTrue();
        assertThat(builder.join()).as("the same value however often asked").isSameAs(built);
    }

    @Test
    void aFailedBuildIsThrownToWhoeverWaitsAsTheBuildThrewIt() {
        IllegalArgumentException failure = new IllegalArgumentException("no such region");
        InParallel<Object> builder = InParallel.start("roster-test-failure", () -> {
            throw failure;
        });

        assertThatThrownBy(builder::join).isSameAs(failure);
        assertThatThrownBy(builder::join).isSameAs(failure);
    }
}
