package dev.roster.adapters.http.routes.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.adapters.http.routes.dto.PersonDto;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The writer and Jackson's databind agree on any text and any number a document may hold. */
class DocumentWriterProperties {

    private final DocumentWriter writer = new DocumentWriter();

    @Property(tries = 2000)
    void anyTextIsWrittenAsDatabindWritesIt(@ForAll("text") String text) throws Exception {
        PersonDto person = new PersonDto(text, text, null);

        assertThat(writer.write(person)).as(text).isEqualTo(DocumentWriterTest.DATABIND.writeValueAsBytes(person));
        assertThat(writer.write(Map.of(text, List.of(text))))
                .isEqualTo(DocumentWriterTest.DATABIND.writeValueAsBytes(Map.of(text, List.of(text))));
    }

    @Property(tries = 2000)
    void anyNumberIsWrittenAsDatabindWritesIt(@ForAll("numbers") Number number) throws Exception {
        assertThat(writer.write(List.of(number)))
                .as(number.toString())
                .isEqualTo(DocumentWriterTest.DATABIND.writeValueAsBytes(List.of(number)));
    }

    /** Control characters, quotes, backslashes, Hangul, accents, emoji (surrogate pairs) and the rest of Unicode. */
    @Provide
    Arbitrary<String> text() {
        Arbitrary<Character> tricky = Arbitraries.of(
                '"', '\\', '/', '\n', '\r', '\t', '\b', '\f', '\u0000', '\u001f', '\u007f', '\u2028', '\u2029',
                '\ufeff', '김', 'é');
        Arbitrary<String> pieces = Arbitraries.oneOf(
                tricky.map(String::valueOf),
                Arbitraries.chars().range('\u0000', '\u00ff').map(String::valueOf),
                Arbitraries.chars().range('\uac00', '\ud7a3').map(String::valueOf),
                Arbitraries.integers().between(0x1F300, 0x1FAFF).map(Character::toString),
                Arbitraries.strings().ofMaxLength(5));
        return pieces.list().ofMaxSize(12).map(list -> String.join("", list));
    }

    @Provide
    Arbitrary<Number> numbers() {
        return Arbitraries.oneOf(
                Arbitraries.longs(),
                Arbitraries.integers(),
                Arbitraries.doubles(),
                Arbitraries.floats(),
                Arbitraries.bigDecimals(),
                Arbitraries.bigIntegers(),
                Arbitraries.of(
                        Double.NaN,
                        Double.NEGATIVE_INFINITY,
                        -0.0,
                        Double.MIN_VALUE,
                        Double.MAX_VALUE,
                        1e-7,
                        1e21,
                        100.0));
    }
}
