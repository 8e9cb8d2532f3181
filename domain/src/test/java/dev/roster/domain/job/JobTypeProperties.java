package dev.roster.domain.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class JobTypeProperties {

    @Property
    void generatedValidTypesAreAccepted(@ForAll("validTypes") String text) {
        assertThat(JobType.of(text).value()).isEqualTo(text);
    }

    @Property
    void anUpperCaseLetterOrOtherSymbolAnywhereIsRefused(
            @ForAll("validTypes") String valid,
            @ForAll("forbidden") char forbidden,
            @ForAll("positions") int position) {
        int at = Math.min(position, valid.length());
        String text = valid.substring(0, at) + forbidden + valid.substring(at);
        assertThatIllegalArgumentException().isThrownBy(() -> JobType.of(text));
    }

    @Provide
    Arbitrary<String> validTypes() {
        return Combinators.combine(
                        Arbitraries.chars().range('a', 'z'),
                        Arbitraries.strings()
                                .withCharRange('a', 'z')
                                .withCharRange('0', '9')
                                .withChars('-')
                                .ofMaxLength(38))
                .as((first, rest) -> first + rest);
    }

    @Provide
    Arbitrary<Character> forbidden() {
        return Arbitraries.oneOf(
                Arbitraries.chars().range('A', 'Z'), Arbitraries.of('_', ' ', '.', '/', ':', '\u3000', '한'));
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, 39);
    }
}
