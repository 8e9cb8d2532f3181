package dev.roster.bootstrap.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OnFirstUseTest {

    @Test
    void buildsNothingUntilAskedThenOnceHoweverManyThreadsAsk() throws Exception {
        AtomicInteger builds = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        OnFirstUse<Object> value = new OnFirstUse<>(() -> {
            builds.incrementAndGet();
            return new Object();
        });
        assertThat(builds).hasValue(0);

        ExecutorService threads = Executors.newFixedThreadPool(16);
        List<Future<Object>> got = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            got.add(threads.submit(() -> {
                start.await();
                return value.get();
            }));
        }
        start.countDown();
        Object first = got.get(0).get();
        for (Future<Object> each : got) {
            assertThat(each.get()).isSameAs(first);
        }
        threads.shutdown();

        assertThat(builds).hasValue(1);
    }
}
