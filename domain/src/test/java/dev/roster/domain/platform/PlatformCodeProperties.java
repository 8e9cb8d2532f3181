package dev.roster.domain.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PlatformCodeProperties {

    /** The format as it was written before it was checked a character at a time: the reference for any text. */
    private static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9_-]{0,31}");

    @Property(tries = 5_000)
    void anyTextIsWellFormedExactlyWhenTheFormatMatchesIt(@ForAll("nearCodes") String text) {
        assertThat(PlatformCode.isWellFormed(text))
                .isEqualTo(FORMAT.matcher(text).matches());
    }

    @Property
    void wellFormedCodesAreAccepted(@ForAll("validCodes") String text) {
        assertThat(PlatformCode.isWellFormed(text)).isTrue();
        assertThat(PlatformCode.of(text).value()).isEqualTo(text);
    }

    @Property
    void codesWithAForbiddenCharacterAreRefused(
            @ForAll("validCodes") String valid, @ForAll("forbiddenCharacters") char forbidden) {
        String text = valid + forbidden;
        assertThat(PlatformCode.isWellFormed(text)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> PlatformCode.of(text));
    }

    @Property
    void codesNotStartingWithALetterAreRefused(
            @ForAll("validCodes") String valid, @ForAll("nonLetterStarts") char start) {
        String text = start + valid.substring(1);
        assertThat(PlatformCode.isWellFormed(text)).isFalse();
    }

    @Property
    void codesLongerThan32AreRefused(@ForAll("validCodes") String valid) {
        String text = valid + "a".repeat(33 - valid.length());
        assertThat(text).hasSize(33);
        assertThat(PlatformCode.isWellFormed(text)).isFalse();
    }

    @Provide
    Arbitrary<String> validCodes() {
        Arbitrary<Character> first = Arbitraries.chars().range('a', 'z');
        Arbitrary<String> rest = Arbitraries.strings()
                .withCharRange('a', 'z')
                .withCharRange('0', '9')
                .withChars('_', '-')
                .ofMaxLength(31);
        return Combinators.combine(first, rest).as((f, r) -> f + r);
    }

    @Provide
    Arbitrary<String> nearCodes() {
        return Arbitraries.oneOf(
                validCodes(),
                Arbitraries.strings()
                        .withCharRange('a', 'z')
                        .withCharRange('0', '9')
                        .withChars('_', '-', 'A', '`', '{', '/', ':', '@', '[', '한', ' ')
                        .ofMaxLength(40),
                Arbitraries.strings().all().ofMaxLength(34));
    }

    @Provide
    Arbitrary<Character> forbiddenCharacters() {
        return Arbitraries.oneOf(
                Arbitraries.chars().range('A', 'Z'),
                Arbitraries.of(' ', '.', '/', '@', '\u3000', '한', 'é', '\t', '+', ':'));
    }

    @Provide
    Arbitrary<Character> nonLetterStarts() {
        return Arbitraries.of('0', '5', '9', '_', '-', 'A', 'Z', ' ');
    }
}
