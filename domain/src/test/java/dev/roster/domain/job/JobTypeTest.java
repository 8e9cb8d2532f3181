package dev.roster.domain.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JobTypeTest {

    @ParameterizedTest
    @ValueSource(
            strings = {"import", "collect", "a", "collect-metrics", "v2", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
    void acceptsLowerCaseTypesOf1To40(String text) {
        assertThat(JobType.of(text).value()).isEqualTo(text);
        assertThat(JobType.of(text)).hasToString(text).isEqualTo(new JobType(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "Import",
                "IMPORT",
                "2fa",
                "-import",
                "collect_metrics",
                "collect metrics",
                "a.b",
                " import",
                "가져오기",
                "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
            })
    void refusesOtherSpellings(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> JobType.of(text));
    }

    @Test
    void lengthIsBoundedAt40() {
        assertThat(JobType.of("x".repeat(40)).value()).hasSize(40);
        assertThatIllegalArgumentException().isThrownBy(() -> JobType.of("x".repeat(41)));
    }

    @Test
    void refusesNull() {
        assertThatNullPointerException().isThrownBy(() -> JobType.of(null));
    }
}
