package dev.roster.domain.influencer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.domain.platform.MetricName;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MetricReadingValuesTest {

    private static final Instant NOW = Instant.parse("2025-03-14T09:00:00Z");
    private static final MetricName LIKES = MetricName.of("likes");

    private static Map<MetricName, Long> metrics(int count) {
        Map<MetricName, Long> values = new HashMap<>();
        IntStream.range(0, count).forEach(i -> values.put(MetricName.of("m" + i), (long) i));
        return values;
    }

    @Test
    void valuesAreSortedByName() {
        MetricReading reading =
                MetricReading.of(NOW, Map.of(LIKES, 3L, MetricName.FOLLOWERS, 1L, MetricName.DAILY_VISITORS, 2L));

        assertThat(reading.values().keySet()).containsExactly(MetricName.DAILY_VISITORS, MetricName.FOLLOWERS, LIKES);
        assertThat(reading.value(MetricName.FOLLOWERS)).contains(1L);
        assertThat(reading.value(MetricName.of("views"))).isEmpty();
    }

    @Test
    void valuesAreCopiedAndUnmodifiable() {
        Map<MetricName, Long> source = new HashMap<>(Map.of(MetricName.FOLLOWERS, 10L));
        MetricReading reading = MetricReading.of(NOW, source);

        source.put(MetricName.FOLLOWERS, 11L);
        source.put(LIKES, 1L);

        assertThat(reading.values()).containsExactly(Map.entry(MetricName.FOLLOWERS, 10L));
        assertThatThrownBy(() -> reading.values().put(LIKES, 1L)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void zeroIsACountButNegativeOrMissingValuesAreNot() {
        assertThat(MetricReading.of(NOW, Map.of(MetricName.FOLLOWERS, 0L)).value(MetricName.FOLLOWERS))
                .contains(0L);
        assertThatIllegalArgumentException().isThrownBy(() -> MetricReading.of(NOW, Map.of(MetricName.FOLLOWERS, -1L)));
        Map<MetricName, Long> missing = new HashMap<>();
        missing.put(MetricName.FOLLOWERS, null);
        assertThatIllegalArgumentException().isThrownBy(() -> MetricReading.of(NOW, missing));
    }

    @Test
    void holdsAtMost32Metrics() {
        assertThat(MetricReading.of(NOW, metrics(32)).values()).hasSize(32);
        assertThatIllegalArgumentException().isThrownBy(() -> MetricReading.of(NOW, metrics(33)));
    }
}
