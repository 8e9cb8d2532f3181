package dev.roster.application.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.application.RosterFixture;
import dev.roster.application.error.NotFoundException;
import dev.roster.application.query.AccountView;
import dev.roster.domain.influencer.AccountId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class GetAndDeleteAccountTest extends RosterFixture {

    private final AccountView onA = register("a", "Park", "010-2222-3333", "park");
    private final AccountView onB = register("b", "Park", "010-2222-3333", "park.b");

    @Test
    void showsAnAccountWithThePersonsHandlesOnOtherPlatforms() {
        AccountView view = roster.accounts().get("a", onA.account().id().value());

        assertThat(view.account()).isEqualTo(onA.account());
        assertThat(view.otherAccounts()).extracting(ref -> ref.handle().value()).containsExactly("park.b");
    }

    @Test
    void answersNotFoundForAnAccountUnderAnotherPlatformOrAnIdThatCannotExist() {
        String id = onA.account().id().value();

        assertThatThrownBy(() -> roster.accounts().get("b", id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> roster.accounts().get("a", id.toUpperCase())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> roster.accounts().get("a", "' OR 1=1 --")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() ->
                        roster.accounts().get("a", AccountId.next(Instant.now()).value()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> roster.accounts().get("nope", id))
                .isInstanceOfSatisfying(
                        NotFoundException.class, e -> assertThat(e.kind()).isEqualTo("platform"));
    }

    @Test
    void deletesOneAccountAndKeepsThePersonsOthers() {
        roster.accounts().delete("a", onA.account().id().value());

        assertThatThrownBy(() -> roster.accounts().get("a", onA.account().id().value()))
                .isInstanceOf(NotFoundException.class);
        assertThat(roster.accounts().influencer(onB.influencer().id().value()).accounts())
                .extracting(account -> account.handle().value())
                .containsExactly("park.b");
        assertThat(roster.accounts().get("b", onB.account().id().value()).otherAccounts())
                .isEmpty();
    }

    @Test
    void deletesNothingUnderTheWrongPlatformAndSaysSo() {
        assertThatThrownBy(
                        () -> roster.accounts().delete("b", onA.account().id().value()))
                .isInstanceOf(NotFoundException.class);
        AccountView kept = roster.accounts().get("a", onA.account().id().value());
        assertThat(kept.account())
                .as("untouched by the delete under the wrong platform")
                .isEqualTo(onA.account());
        assertThat(kept.influencer().id()).isEqualTo(onA.influencer().id());

        roster.accounts().delete("a", onA.account().id().value());
        assertThatThrownBy(
                        () -> roster.accounts().delete("a", onA.account().id().value()))
                .isInstanceOf(NotFoundException.class);
    }
}
