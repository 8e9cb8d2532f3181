package dev.roster.domain.influencer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNameTest {

    @Test
    void ofComposesToNfc() {
        assertThat(PersonName.of("\u1100\u1161").value()).isEqualTo("가");
        assertThat(PersonName.of("\u1100\u1161\u11a8").value()).isEqualTo("각");
        assertThat(PersonName.of("Jose\u0301").value()).isEqualTo("Jos\u00e9");
    }

    @Test
    void ofTrimsAndFoldsAsciiWhiteSpaceRuns() {
        assertThat(PersonName.of("  김민지  ").value()).isEqualTo("김민지");
        assertThat(PersonName.of("Kim   Min\t\tji\n").value()).isEqualTo("Kim Min ji");
        assertThat(PersonName.of("Kim\r\nMinji").value()).isEqualTo("Kim Minji");
    }

    @Test
    void ofFoldsEveryKindOfSpaceSoTheSamePersonIsNotRegisteredTwice() {
        assertThat(PersonName.of("김\u3000\u3000민지")).isEqualTo(PersonName.of("김 민지"));
        assertThat(PersonName.of("\u00A0Kim\u00A0Minji\u00A0")).isEqualTo(PersonName.of("Kim Minji"));
        assertThat(PersonName.of("Kim\u2003Minji").key())
                .isEqualTo(PersonName.of("kim minji").key());
    }

    @Test
    void keysAgreeForCapitalsWithCombiningMarks() {
        assertThat(PersonName.of("T\u0308").key())
                .isEqualTo(PersonName.of("t\u0308").key());
        assertThat(Handle.of("J\u030C").key()).isEqualTo(Handle.of("j\u030C").key());
    }

    @Test
    void ofStripsLeadingAndTrailingIdeographicSpace() {
        assertThat(PersonName.of("\u3000김민지\u3000").value()).isEqualTo("김민지");
        assertThat(PersonName.of(" \u3000 김민지 \u3000").value()).isEqualTo("김민지");
    }

    @Test
    void ofKeepsAnAlreadyCanonicalName() {
        assertThat(PersonName.of("김 민지").value()).isEqualTo("김 민지");
        assertThat(PersonName.of("김 민지")).isEqualTo(new PersonName("김 민지"));
    }

    @Test
    void ofRefusesBlankText() {
        assertThatIllegalArgumentException().isThrownBy(() -> PersonName.of(""));
        assertThatIllegalArgumentException().isThrownBy(() -> PersonName.of(" \t\n "));
        assertThatIllegalArgumentException().isThrownBy(() -> PersonName.of("\u3000"));
        assertThatNullPointerException().isThrownBy(() -> PersonName.of(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "Kim\u0007", "Min\u007fji", "Min\u0080ji", "Min\u009bji"})
    void ofRefusesControlCharactersItCannotFold(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> PersonName.of(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                " Minji",
                "Minji ",
                "Kim  Minji",
                "Kim\tMinji",
                "Kim\nMinji",
                "\u1100\u1161",
                "Jose\u0301",
                "\u3000Minji",
                "Kim\u0000Minji",
                ""
            })
    void constructorRefusesNonCanonicalText(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> new PersonName(text));
    }

    @Test
    void isAtMost100CharactersOnceCanonical() {
        assertThat(PersonName.of("a".repeat(100)).value()).hasSize(100);
        assertThat(PersonName.of("  " + "a".repeat(100) + "  ").value()).hasSize(100);
        assertThat(PersonName.of("\u1100\u1161".repeat(100)).value()).isEqualTo("가".repeat(100));
        assertThatIllegalArgumentException().isThrownBy(() -> PersonName.of("a".repeat(101)));
        assertThatIllegalArgumentException().isThrownBy(() -> new PersonName("가".repeat(101)));
    }

    @Test
    void keyIgnoresLetterCase() {
        assertThat(PersonName.of("Minji KIM").key())
                .isEqualTo(PersonName.of("minji kim").key())
                .isEqualTo("minji kim");
        assertThat(PersonName.of("JOS\u00c9").key())
                .isEqualTo(PersonName.of("jose\u0301").key());
        assertThat(PersonName.of("Minji Kim").key())
                .isNotEqualTo(PersonName.of("Minji Kimm").key());
        assertThat(PersonName.of("김민지").key()).isEqualTo("김민지");
    }

    @Test
    void equalityIsExactButKeyIsNot() {
        assertThat(PersonName.of("Minji")).isNotEqualTo(PersonName.of("MINJI"));
        assertThat(PersonName.of("Minji").key())
                .isEqualTo(PersonName.of("MINJI").key());
        assertThat(PersonName.of("Minji")).hasToString("Minji");
    }
}
