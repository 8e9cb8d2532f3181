package dev.roster.domain.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlatformMetricsTest {

    @Test
    void defaultsAreAThenBOnAnyHost() {
        List<Platform> all = PlatformCatalog.defaults().all();

        assertThat(all).extracting(p -> p.code().value()).containsExactly("a", "b");
        assertThat(all.get(0).name()).isEqualTo("Platform A");
        assertThat(all.get(0).metrics()).containsExactly(MetricName.FOLLOWERS, MetricName.DAILY_VISITORS);
        assertThat(all.get(1).name()).isEqualTo("Platform B");
        assertThat(all.get(1).metrics()).containsExactly(MetricName.FOLLOWERS);
        assertThat(all.get(0).hosts().toString()).isEqualTo("blog.example");
        assertThat(all.get(1).hosts().toString()).isEqualTo("b.example");
        assertThat(all).noneMatch(p -> p.hosts().privateAddressesAllowed());
        assertThat(PlatformCatalog.defaults().find("b")).contains(all.get(1));
    }

    @Test
    void metricsKeepTheirOrderAndMustNotRepeat() {
        Platform platform = new Platform(
                PlatformCode.of("a"),
                "A",
                List.of(MetricName.DAILY_VISITORS, MetricName.FOLLOWERS),
                PlatformHosts.of("a.example"));

        assertThat(platform.metrics()).containsExactly(MetricName.DAILY_VISITORS, MetricName.FOLLOWERS);
        assertThat(platform.publishes("followers")).isTrue();
        assertThat(platform.publishes("likes")).isFalse();
        assertThat(platform.publishes("Followers")).isFalse();
        assertThat(platform.publishes(null)).isFalse();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Platform(
                        PlatformCode.of("a"),
                        "A",
                        List.of(MetricName.FOLLOWERS, MetricName.of("followers")),
                        PlatformHosts.of("a.example")));
    }
}
