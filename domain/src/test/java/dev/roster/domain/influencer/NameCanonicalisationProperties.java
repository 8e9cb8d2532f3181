package dev.roster.domain.influencer;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** PersonName.of and Handle.of make text canonical once and for all, in any letter case. */
class NameCanonicalisationProperties {

    @Property
    void personNameOfIsIdempotent(@ForAll("names") String text) {
        PersonName once = PersonName.of(text);

        assertThat(PersonName.of(once.value())).isEqualTo(once);
        assertThat(new PersonName(once.value())).isEqualTo(once);
    }

    @Property
    void personNameOfIsTrimmedNfcWithSingleAsciiSpaces(@ForAll("names") String text) {
        String value = PersonName.of(text).value();

        assertThat(value).isEqualTo(value.strip()).doesNotContain("  ", "\t", "\n", "\r");
        assertThat(Normalizer.isNormalized(value, Normalizer.Form.NFC)).isTrue();
    }

    @Property
    void theQuickWayToCanonicalTextAgreesWithTheFullWay(@ForAll("nearlyCanonical") String text) {
        assertThat(Text.canonical(text)).isEqualTo(Text.canonicalTheFullWay(text));
    }

    /** Text at the edges of the quick path: ASCII's ends, spaces of every kind, jamo and marks that NFC composes. */
    @Provide
    Arbitrary<String> nearlyCanonical() {
        return Arbitraries.strings()
                .withChars(
                        ' ', '!', '~', 'a', '\u007F', '\t', '\u00A0', '\u3000', '\uAC00', '\uD7A3', '\uD7A4', '\uABFF',
                        '\u1100', '\u1161', '\u11A8', '\u0301', '\u00e9')
                .ofMaxLength(6);
    }

    @Property
    void personNameKeyIgnoresLetterCase(@ForAll("namesWithoutCombiningMarks") String text) {
        assertThat(PersonName.of(text.toUpperCase(Locale.ROOT)).key())
                .isEqualTo(PersonName.of(text).key());
        assertThat(PersonName.of(text.toLowerCase(Locale.ROOT)).key())
                .isEqualTo(PersonName.of(text).key());
    }

    @Property
    void handleOfIsIdempotent(@ForAll("handles") String text) {
        Handle once = Handle.of(text);

        assertThat(Handle.of(once.value())).isEqualTo(once);
        assertThat(new Handle(once.value())).isEqualTo(once);
        assertThat(once.value()).doesNotStartWith("@");
        assertThat(once.value().codePoints().noneMatch(Character::isWhitespace)).isTrue();
    }

    @Property
    void handleKeyIgnoresLetterCase(@ForAll("handlesWithoutCombiningMarks") String text) {
        assertThat(Handle.of(text.toUpperCase(Locale.ROOT)).key())
                .isEqualTo(Handle.of(text).key());
    }

    /*
     * The letter-case properties use words without combining marks: with them, key() is not case-insensitive, as
     * "t\u0308" composes to U+1E97, which has no upper case, while "T\u0308" stays decomposed (see the report).
     */

    /** Letters (Latin, precomposed Hangul, conjoining jamo), digits and, optionally, combining accents. */
    private static Arbitrary<String> word(int maxLength, boolean combiningMarks) {
        var chars = Arbitraries.strings()
                .withCharRange('a', 'z')
                .withCharRange('A', 'Z')
                .withCharRange('0', '9')
                .withCharRange('\uAC00', '\uAC20') // 가 ... precomposed syllables
                .withCharRange('\u1100', '\u1104') // leading jamo
                .withCharRange('\u1161', '\u1165') // vowel jamo
                .withChars('\u00e9', '\u00c9', '_', '.', '-');
        return (combiningMarks ? chars.withChars('\u0301', '\u0308') : chars)
                .ofMinLength(1)
                .ofMaxLength(maxLength);
    }

    private static Arbitrary<String> whiteSpace(int minLength) {
        return Arbitraries.strings()
                .withChars(' ', '\t', '\n', '\r', '\u3000')
                .ofMinLength(minLength)
                .ofMaxLength(3);
    }

    private static Arbitrary<String> names(boolean combiningMarks) {
        Arbitrary<String> separatedWord =
                Combinators.combine(whiteSpace(1), word(12, combiningMarks)).as(String::concat);
        return Combinators.combine(
                        whiteSpace(0),
                        word(12, combiningMarks),
                        separatedWord.list().ofMaxSize(4),
                        whiteSpace(0))
                .as((lead, first, more, trail) -> lead + first + String.join("", more) + trail);
    }

    private static Arbitrary<String> handles(boolean combiningMarks) {
        return Combinators.combine(whiteSpace(0), Arbitraries.of("", "@"), word(60, combiningMarks), whiteSpace(0))
                .as((lead, at, body, trail) -> lead + at + body + trail);
    }

    @Provide
    Arbitrary<String> names() {
        return names(true);
    }

    @Provide
    Arbitrary<String> namesWithoutCombiningMarks() {
        return names(false);
    }

    @Provide
    Arbitrary<String> handles() {
        return handles(true);
    }

    @Provide
    Arbitrary<String> handlesWithoutCombiningMarks() {
        return handles(false);
    }
}
