package dev.roster.application.influencer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.application.RosterFixture;
import dev.roster.application.error.ConflictException;
import dev.roster.application.error.NotFoundException;
import dev.roster.application.query.AccountView;
import dev.roster.application.query.InfluencerView;
import org.junit.jupiter.api.Test;

class InfluencerUseCasesTest extends RosterFixture {

    private final AccountView registered = register("a", "Choi Yuna", "010-3333-4444", "yuna");

    @Test
    void correctsANameAndReadsANewPhoneNumberAsTyped() {
        InfluencerView updated = roster.accounts()
                .updateInfluencer(new UpdateInfluencerCommand(id(), 1L, " Choi  Yu-na ", "+82 10 5555 6666"));

        assertThat(updated.influencer().name().value()).isEqualTo("Choi Yu-na");
        assertThat(updated.influencer().phone().e164()).isEqualTo("+821055556666");
        assertThat(updated.influencer().version()).isEqualTo(2);
        assertThat(roster.accounts()
                        .get("a", registered.account().id().value())
                        .influencer()
                        .name()
                        .value())
                .isEqualTo("Choi Yu-na");
    }

    @Test
    void keepsWhatIsNotGiven() {
        InfluencerView updated =
                roster.accounts().updateInfluencer(new UpdateInfluencerCommand(id(), 1L, null, "010-7777-8888"));

        assertThat(updated.influencer().name().value()).isEqualTo("Choi Yuna");
    }

    @Test
    void reportsEveryProblemAtOnce() {
        assertInvalid(
                () -> roster.accounts()
                        .updateInfluencer(new UpdateInfluencerCommand(id(), null, "x".repeat(101), "12345")),
                problem("expectedVersion", "is required: send the version you read"),
                problem("name", "must be at most 100 characters"),
                problem("phone", "is not a valid phone number (numbers without a country code are read as KR)"));
    }

    @Test
    void refusesAnEditMadeAgainstAnOldVersion() {
        roster.accounts().updateInfluencer(new UpdateInfluencerCommand(id(), 1L, "Choi Y", null));

        assertThatThrownBy(
                        () -> roster.accounts().updateInfluencer(new UpdateInfluencerCommand(id(), 1L, "Choi Z", null)))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.STALE_VERSION));
    }

    @Test
    void deletesAPersonWithEveryAccount() {
        AccountView onB = register("b", "Choi Yuna", "010-3333-4444", "yuna.b");

        roster.accounts().deleteInfluencer(id());

        assertThatThrownBy(() -> roster.accounts().influencer(id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> roster.accounts().get("b", onB.account().id().value()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> roster.accounts().deleteInfluencer(id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void answersNotFoundForIdsThatCannotExist() {
        assertThatThrownBy(() -> roster.accounts().influencer("42")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> roster.accounts().deleteInfluencer(null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> roster.accounts().updateInfluencer(new UpdateInfluencerCommand("x", 1L, "A", null)))
                .isInstanceOf(NotFoundException.class);
    }

    private String id() {
        return registered.influencer().id().value();
    }
}
