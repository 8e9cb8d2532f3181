package dev.roster.domain.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MetricNameTest {

    @Test
    void constantsAreTheBuiltInMetrics() {
        assertThat(MetricName.FOLLOWERS.value()).isEqualTo("followers");
        assertThat(MetricName.DAILY_VISITORS.value()).isEqualTo("dailyVisitors");
        assertThat(MetricName.of("followers")).isEqualTo(MetricName.FOLLOWERS).hasToString("followers");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"a", "followers", "dailyVisitors", "likes7d", "aB", "x234567890123456789012345678901234567890"})
    void acceptsCamelCaseOf1To40(String text) {
        assertThat(MetricName.of(text).value()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "Followers",
                "7days",
                "daily_visitors",
                "daily-visitors",
                "daily visitors",
                " a",
                "팔로워",
                "x2345678901234567890123456789012345678901"
            })
    void refusesOtherSpellings(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> MetricName.of(text));
    }

    @Test
    void refusesNull() {
        assertThatNullPointerException().isThrownBy(() -> MetricName.of(null));
    }

    @Test
    void sortsByText() {
        List<MetricName> names =
                new ArrayList<>(List.of(MetricName.of("likes"), MetricName.FOLLOWERS, MetricName.DAILY_VISITORS));
        names.sort(null);
        assertThat(names).extracting(MetricName::value).containsExactly("dailyVisitors", "followers", "likes");
    }
}
