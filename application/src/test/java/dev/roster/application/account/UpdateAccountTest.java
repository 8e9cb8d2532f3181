package dev.roster.application.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.application.RosterFixture;
import dev.roster.application.error.ConflictException;
import dev.roster.application.error.NotFoundException;
import dev.roster.application.query.AccountView;
import dev.roster.domain.influencer.AccountDetails;
import dev.roster.domain.influencer.Handle;
import org.junit.jupiter.api.Test;

class UpdateAccountTest extends RosterFixture {

    private final AccountView registered = roster.accounts()
            .register(new RegisterAccountCommand(
                    "a", "Kim", "010-1234-5678", "kim", "https://blog.example/kim", "kim@example.com", "VIP"));

    @Test
    void changesOnlyTheFieldsGivenAndClearsTheEmptyOnes() {
        AccountView updated =
                roster.accounts().update(new UpdateAccountCommand("a", id(), 1L, null, "", " kim@agency.kr ", null));

        assertThat(updated.account().details())
                .isEqualTo(new AccountDetails(Handle.of("kim"), null, "kim@agency.kr", "VIP"));
        assertThat(updated.account().version()).isEqualTo(2);
        assertThat(updated.account().updatedAt()).isAfter(registered.account().updatedAt());
    }

    @Test
    void refusesAnEditWithoutTheVersionItWasMadeAgainst() {
        assertInvalid(
                () -> roster.accounts().update(new UpdateAccountCommand("a", id(), null, "kim2", null, null, null)),
                problem("expectedVersion", "is required: send the version you read"));
    }

    @Test
    void refusesAnEditMadeAgainstAnOldVersion() {
        roster.accounts().update(new UpdateAccountCommand("a", id(), 1L, "kim2", null, null, null));

        assertThatThrownBy(() ->
                        roster.accounts().update(new UpdateAccountCommand("a", id(), 1L, "kim3", null, null, null)))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.STALE_VERSION));
        assertThat(roster.accounts().get("a", id()).account().handle().value()).isEqualTo("kim2");
    }

    @Test
    void refusesToClearTheHandle() {
        assertInvalid(
                () -> roster.accounts().update(new UpdateAccountCommand("a", id(), 1L, " ", null, null, null)),
                problem("handle", "is required"));
    }

    @Test
    void reportsEveryProblemAtOnce() {
        assertInvalid(
                () -> roster.accounts()
                        .update(new UpdateAccountCommand("a", id(), 1L, "a b", "javascript:alert(1)", "@", null)),
                problem("email", "must be a well-formed email address"),
                problem("handle", "must be one word without spaces or control characters"),
                problem("profileUrl", "must be an absolute http or https URL"));
    }

    @Test
    void findsAnAccountOnlyUnderItsOwnPlatform() {
        assertThatThrownBy(() ->
                        roster.accounts().update(new UpdateAccountCommand("b", id(), 1L, "kim2", null, null, null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> roster.accounts()
                        .update(new UpdateAccountCommand("a", "not-an-id", 1L, "kim2", null, null, null)))
                .isInstanceOf(NotFoundException.class);
    }

    private String id() {
        return registered.account().id().value();
    }
}
