package dev.roster.application.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.application.account.RegisterAccountCommand;
import dev.roster.application.error.FieldError;
import dev.roster.application.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class InputRulesTest {

    private final InputRules rules = InputRules.withDefaultProvider();

    @Test
    void reportsARecordComponentsProblemOnceNotOncePerAccessor() {
        Problems problems = rules.check(new RegisterAccountCommand("a", null, "010-1234-5678", "kim", null, null, null));

        assertThatThrownBy(problems::throwIfAny).isInstanceOfSatisfying(InvalidInputException.class,
                invalid -> assertThat(invalid.errors()).containsExactly(new FieldError("name", "is required")));
    }

    @Test
    void findsNothingWrongWithAGoodCommand() {
        Problems problems = rules.check(new RegisterAccountCommand("a", "Kim", "010-1234-5678", "@kim",
                "https://blog.example/kim", "kim@example.com", "notes"));

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
}
