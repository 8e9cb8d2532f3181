package dev.roster.adapters.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.application.Roster;
import dev.roster.application.account.RegisterAccountCommand;
import dev.roster.application.account.SearchAccountsCommand;
import dev.roster.application.influencer.UpdateInfluencerCommand;
import dev.roster.application.query.AccountView;
import dev.roster.domain.influencer.ConsentForm;
import dev.roster.domain.influencer.ConsentFormId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two stores over the same tables, as two Lambda instances are: what one writes, the other's search finds on its next
 * request, because each search first catches up from the change log.
 */
class DynamoSearchProjectionTest {

    private final LocalDynamo local = LocalDynamo.shared();
    private final DynamoStorage writer = local.emptyStorage();
    private final DynamoStorage reader = DynamoStorage.create(local.client(), DynamoSettings.defaults(local.prefix()));
    private final Roster writing = Roster.builder().storage(writer).build();
    private final Roster reading = Roster.builder().storage(reader).build();

    @Test
    void anotherInstanceSeesRegistrationsRenamesConsentAndDeletionsOnItsNextSearch() {
        writing.accounts().register(command("Kim Minji", "010-1000-0001", "minji"));
        reader.prime();
        assertThat(reader.projectedAccounts()).isEqualTo(1);

        AccountView added = writing.accounts().register(command("Park Seojun", "010-1000-0002", "seojun"));
        assertThat(handles(null)).containsExactly("minji", "seojun");

        writing.accounts()
                .updateInfluencer(new UpdateInfluencerCommand(
                        added.influencer().id().value(), added.influencer().version(), "박서준", null));
        assertThat(handles("서준")).containsExactly("seojun");
        assertThat(handles("park")).isEmpty();

        ConsentFormId formId = ConsentFormId.next(Instant.now());
        writer.consentForms()
                .record(new ConsentForm(
                        formId,
                        added.influencer().id(),
                        "consent/seojun.pdf",
                        "seojun.pdf",
                        100,
                        "0".repeat(64),
                        LocalDate.of(2026, 1, 5),
                        Instant.now(),
                        null,
                        null,
                        false));
        assertThat(reading.accounts()
                        .search(new SearchAccountsCommand("a", null, null, true, "handle", null, null))
                        .items())
                .extracting(view -> view.account().handle().value())
                .containsExactly("seojun");

        writer.consentForms().withdraw(added.influencer().id(), formId);
        assertThat(reading.accounts()
                        .search(new SearchAccountsCommand("a", null, null, true, "handle", null, null))
                        .items())
                .isEmpty();

        writer.influencers().delete(added.influencer().id());
        assertThat(handles(null)).containsExactly("minji");
        assertThat(reader.projectedAccounts()).isEqualTo(1);
    }

    private List<String> handles(String text) {
        return reading
                .accounts()
                .search(new SearchAccountsCommand("a", text, null, null, "handle", null, null))
                .items()
                .stream()
                .map(view -> view.account().handle().value())
                .toList();
    }

    private static RegisterAccountCommand command(String name, String phone, String handle) {
        return new RegisterAccountCommand("a", name, phone, handle, null, null, null);
    }
}
