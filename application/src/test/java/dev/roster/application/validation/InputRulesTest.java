package dev.roster.application.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.application.account.RegisterAccountCommand;
import dev.roster.application.error.FieldError;
import dev.roster.application.error.InvalidInputException;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InputRulesTest {

    private final InputRules rules = InputRules.withDefaultProvider();

    @Test
    void reportsARecordComponentsProblemOnceNotOncePerAccessor() {
        Problems problems =
                rules.check(new RegisterAccountCommand("a", null, "010-1234-5678", "kim", null, null, null));

        assertThatThrownBy(problems::throwIfAny)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        invalid -> assertThat(invalid.errors()).containsExactly(new FieldError("name", "is required")));
    }

    @Test
    void findsNothingWrongWithAGoodCommand() {
        Problems problems = rules.check(new RegisterAccountCommand(
                "a", "Kim", "010-1234-5678", "@kim", "https://blog.example/kim", "kim@example.com", "notes"));

        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void turnsADomainRefusalIntoAProblemWithTheField() {
        Problems problems = new Problems();

        Object value = problems.value("handle", () -> {
            throw new IllegalArgumentException("handle must be 1-100 characters");
        });

        assertThat(value).isNull();
        assertThat(problems.has("handle")).isTrue();
    }

    /** No store can keep NUL (PostgreSQL refuses it) and no person types it: every text field refuses it up front. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("textFields")
    void refusesNulInEveryTextField(String field, Function<String, RegisterAccountCommand> withText) {
        Problems problems = rules.check(withText.apply("ab\u0000c"));

        assertThat(problems.has(field)).as("NUL in " + field).isTrue();
    }

    @Test
    void notesKeepLineBreaksAndTabsButNotOtherControlCharacters() {
        assertThat(rules.check(withNotes("line one\r\n\tline two")).isEmpty()).isTrue();
        assertThat(rules.check(withNotes("bell \u0007")).has("notes")).isTrue();
    }

    static Stream<Arguments> textFields() {
        return Stream.of(
                Arguments.of("name", (Function<String, RegisterAccountCommand>)
                        text -> new RegisterAccountCommand("a", text, "010-1234-5678", "kim", null, null, null)),
                Arguments.of("phone", (Function<String, RegisterAccountCommand>) text ->
                        new RegisterAccountCommand("a", "Kim", "010-1234-5678" + text, "kim", null, null, null)),
                Arguments.of("handle", (Function<String, RegisterAccountCommand>)
                        text -> new RegisterAccountCommand("a", "Kim", "010-1234-5678", text, null, null, null)),
                Arguments.of(
                        "profileUrl", (Function<String, RegisterAccountCommand>) text -> new RegisterAccountCommand(
                                "a", "Kim", "010-1234-5678", "kim", "https://blog.example/" + text, null, null)),
                Arguments.of("email", (Function<String, RegisterAccountCommand>) text -> new RegisterAccountCommand(
                        "a", "Kim", "010-1234-5678", "kim", null, text + "@example.com", null)),
                Arguments.of("notes", (Function<String, RegisterAccountCommand>) InputRulesTest::withNotes));
    }

    private static RegisterAccountCommand withNotes(String notes) {
        return new RegisterAccountCommand("a", "Kim", "010-1234-5678", "kim", null, null, notes);
    }
}
