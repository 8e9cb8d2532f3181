package dev.roster.application.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReadAheadTest {

    private final ExecutorService executor = Executors.newCachedThreadPool();

    @AfterEach
    void stopTheExecutor() {
        executor.shutdownNow();
    }

    @Test
    void handsOverEveryItemInOrderAcrossChunks() {
        for (int count : new int[] {0, 1, 6, 7, 100}) {
            List<Integer> source = IntStream.range(0, count).boxed().toList();
            List<Integer> seen = new ArrayList<>();

            try (ReadAhead<Integer> ahead = new ReadAhead<>(source.iterator(), 7, "test-reader", executor)) {
                ahead.forEachRemaining(seen::add);
                assertThat(ahead.hasNext()).isFalse();
            }

            assertThat(seen).as("%d items in chunks of 7", count).isEqualTo(source);
        }
    }

    @Test
    void theConsumerFailsWithWhatTheSourceFailedWithAfterTheRowsBeforeIt() {
        Iterator<Integer> failing = new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Integer next() {
                if (next == 5) {
                    throw new IllegalStateException("the store went away");
                }
                return next++;
            }
        };
        List<Integer> seen = new ArrayList<>();

        try (ReadAhead<Integer> ahead = new ReadAhead<>(failing, 2, "test-reader", executor)) {
            assertThatThrownBy(() -> ahead.forEachRemaining(seen::add))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("the store went away");
        }

        assertThat(seen).containsExactly(0, 1, 2, 3);
    }

    @Test
    void closingEarlyStopsTheReaderWithoutReadingTheRest() {
        AtomicInteger read = new AtomicInteger();
        Iterator<Integer> endless = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Integer next() {
                return read.incrementAndGet();
            }
        };

        try (ReadAhead<Integer> ahead = new ReadAhead<>(endless, 10, "test-reader", executor)) {
            assertThat(ahead.next()).isEqualTo(1);
        }
        int whenClosed = read.get();

        assertThat(whenClosed).as("a chunk in use, one waiting, one being read").isLessThanOrEqualTo(30);
        assertThat(Thread.getAllStackTraces().keySet())
                .noneMatch(thread -> thread.getName().equals("test-reader"));
        assertThat(read.get()).isEqualTo(whenClosed);
    }
}
