package dev.roster.domain.influencer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HandleTest {

    @ParameterizedTest
    @ValueSource(strings = {"minji", "@minji", "  @minji  ", "\tminji\n", "\u3000@minji\u3000"})
    void ofTrimsAndDropsOneLeadingAt(String text) {
        assertThat(Handle.of(text).value()).isEqualTo("minji");
    }

    @Test
    void ofComposesToNfc() {
        assertThat(Handle.of("@\u1100\u1161").value()).isEqualTo("가");
        assertThat(Handle.of("jose\u0301").value()).isEqualTo("jos\u00e9");
    }

    @Test
    void keepsAtSignsAndPunctuationAfterTheStart() {
        assertThat(Handle.of("min@ji").value()).isEqualTo("min@ji");
        assertThat(Handle.of("@min.ji_99").value()).isEqualTo("min.ji_99");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "@",
                " @ ",
                "@@minji",
                "@ minji",
                "min ji",
                "min\u3000ji",
                "min\tji",
                "min\u0000ji",
                "min\u00A0ji",
                "\u00A0min\u00A0ji"
            })
    void ofRefuses(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Handle.of(text));
    }

    @Test
    void ofRefusesNull() {
        assertThatNullPointerException().isThrownBy(() -> Handle.of(null));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "@minji",
                " minji",
                "minji ",
                "min ji",
                "min\u3000ji",
                "min\u2003ji",
                "min\nji",
                "min\u0007ji",
                "min\u0085ji",
                "jose\u0301",
                "\u1100\u1161"
            })
    void constructorRefuses(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Handle(text));
    }

    @Test
    void isAtMost100Characters() {
        assertThat(new Handle("h".repeat(100)).value()).hasSize(100);
        assertThat(Handle.of("@" + "h".repeat(100)).value()).hasSize(100);
        assertThatIllegalArgumentException().isThrownBy(() -> new Handle("h".repeat(101)));
        assertThatIllegalArgumentException().isThrownBy(() -> Handle.of("h".repeat(101)));
    }

    @Test
    void keyIsLowerCase() {
        assertThat(Handle.of("@MinJi").key()).isEqualTo("minji");
        assertThat(Handle.of("MINJI").key()).isEqualTo(Handle.of("minji").key());
        assertThat(Handle.of("MinJi")).isNotEqualTo(Handle.of("minji"));
        assertThat(Handle.of("MinJi")).hasToString("MinJi");
    }
}
