package dev.roster.application.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.application.error.InvalidInputException;
import dev.roster.application.error.UnavailableException;
import org.junit.jupiter.api.Test;

/** The retry-or-give-up policy by name: only a dependency that is down brings a job back, and only so often. */
class RetryOrGiveUpTest {

    private final RetryOrGiveUp threeTries = new RetryOrGiveUp(3);
    private final UnavailableException down = new UnavailableException("store down", null);

    @Test
    void aJobThatRanToAnEndIsDoneWithWhateverItsEnd() {
        assertThat(threeTries.after(null, 1)).isEqualTo(RetryOrGiveUp.Decision.DONE);
        assertThat(threeTries.after(InvalidInputException.of("file", "is gone"), 1))
                .as("a refusal, recorded as failed")
                .isEqualTo(RetryOrGiveUp.Decision.DONE);
        assertThat(threeTries.after(new IllegalStateException("bug"), 1))
                .as("a bug, recorded as failed")
                .isEqualTo(RetryOrGiveUp.Decision.DONE);
        assertThat(threeTries.after(new OutOfMemoryError(), 3)).isEqualTo(RetryOrGiveUp.Decision.DONE);
    }

    @Test
    void aDependencyThatIsDownBringsTheJobBackUntilItsLastDeliveryThenItIsGivenUp() {
        assertThat(threeTries.after(down, 1)).isEqualTo(RetryOrGiveUp.Decision.TRY_AGAIN);
        assertThat(threeTries.after(down, 2)).isEqualTo(RetryOrGiveUp.Decision.TRY_AGAIN);
        assertThat(threeTries.after(down, 3)).isEqualTo(RetryOrGiveUp.Decision.GIVE_UP);
        assertThat(threeTries.after(down, 7))
                .as("delivered more often than allowed")
                .isEqualTo(RetryOrGiveUp.Decision.GIVE_UP);
        assertThat(new RetryOrGiveUp(1).after(down, 1)).isEqualTo(RetryOrGiveUp.Decision.GIVE_UP);
    }

    @Test
    void aJobGivenUpOnSaysAfterHowManyAttemptsAndWhy() {
        assertThat(threeTries.reason(down, 3)).isEqualTo("gave up after 3 attempts: store down");
        assertThat(RetryOrGiveUp.DEFAULT.attempts()).isEqualTo(3);
        assertThatThrownBy(() -> new RetryOrGiveUp(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
