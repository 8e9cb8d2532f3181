package dev.roster.domain.influencer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.domain.platform.MetricName;
import dev.roster.domain.platform.PlatformCode;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlatformAccountMetricsTest {

    private static final Instant T0 = Instant.parse("2025-03-14T09:00:00Z");
    private final PlatformAccount account = PlatformAccount.register(
            AccountId.next(T0),
            InfluencerId.next(T0),
            PlatformCode.of("a"),
            new AccountDetails(Handle.of("minji"), null, null, null),
            T0);

    private static MetricReading reading(Instant at, long followers) {
        return MetricReading.of(at, Map.of(MetricName.FOLLOWERS, followers));
    }

    @Test
    void theFirstReadingIsTaken() {
        PlatformAccount withMetrics = account.withMetrics(reading(T0.plusSeconds(10), 100));

        assertThat(withMetrics.metrics()).contains(reading(T0.plusSeconds(10), 100));
        assertThat(withMetrics.version()).isEqualTo(1);
        assertThat(withMetrics.updatedAt()).isEqualTo(T0);
    }

    @Test
    void aNewerReadingReplacesAnOlderOne() {
        PlatformAccount updated =
                account.withMetrics(reading(T0.plusSeconds(10), 100)).withMetrics(reading(T0.plusSeconds(20), 120));

        assertThat(updated.metrics()).contains(reading(T0.plusSeconds(20), 120));
    }

    @Test
    void anOlderReadingDoesNotReplaceANewerOne() {
        PlatformAccount current = account.withMetrics(reading(T0.plusSeconds(20), 120));

        assertThat(current.withMetrics(reading(T0.plusSeconds(10), 100))).isSameAs(current);
    }
}
