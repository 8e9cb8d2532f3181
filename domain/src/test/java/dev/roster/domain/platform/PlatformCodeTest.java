package dev.roster.domain.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlatformCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "b", "blog", "x9", "my_blog", "my-blog", "a-", "abcdefghijklmnopqrstuvwxyz012345"})
    void acceptsLowerCaseCodesOf1To32(String text) {
        assertThat(PlatformCode.of(text).value()).isEqualTo(text);
        assertThat(PlatformCode.isWellFormed(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "A",
                "Blog",
                "9a",
                "_a",
                "-a",
                "a b",
                "a.b",
                "a/b",
                " a",
                "a ",
                "블로그",
                "é",
                "abcdefghijklmnopqrstuvwxyz0123456"
            })
    void refusesOtherSpellings(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> PlatformCode.of(text));
        assertThat(PlatformCode.isWellFormed(text)).isFalse();
    }

    @Test
    void refusesNull() {
        assertThatNullPointerException().isThrownBy(() -> PlatformCode.of(null));
        assertThat(PlatformCode.isWellFormed(null)).isFalse();
    }

    @Test
    void equalByValueSortedByTextAndPrintedAsItsValue() {
        assertThat(PlatformCode.of("blog")).isEqualTo(new PlatformCode("blog"));
        assertThat(PlatformCode.of("blog")).hasToString("blog");
        List<PlatformCode> codes =
                new ArrayList<>(List.of(PlatformCode.of("c"), PlatformCode.of("a"), PlatformCode.of("b")));
        codes.sort(null);
        assertThat(codes).extracting(PlatformCode::value).containsExactly("a", "b", "c");
    }
}
