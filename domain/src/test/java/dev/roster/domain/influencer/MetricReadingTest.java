package dev.roster.domain.influencer;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/*
 * Only what can be checked without a MetricName: MetricName cannot be initialised (see the report), so readings with
 * values, their order, bounds and immutability are not tested here.
 */
class MetricReadingTest {

    private static final Instant NOW = Instant.parse("2025-03-14T09:00:00Z");

    @Test
    void refusesAReadingWithoutMetrics() {
        assertThatIllegalArgumentException().isThrownBy(() -> MetricReading.of(NOW, Map.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new MetricReading(NOW, new TreeMap<>()));
    }

    @Test
    void refusesMissingParts() {
        assertThatNullPointerException().isThrownBy(() -> MetricReading.of(null, Map.of()));
        assertThatNullPointerException().isThrownBy(() -> new MetricReading(NOW, null));
    }
}
