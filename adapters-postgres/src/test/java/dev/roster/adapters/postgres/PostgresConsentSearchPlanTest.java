package dev.roster.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.application.port.NewAccount;
import dev.roster.application.query.AccountOrder;
import dev.roster.application.query.AccountQuery;
import dev.roster.application.query.AccountView;
import dev.roster.domain.influencer.AccountDetails;
import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.ConsentForm;
import dev.roster.domain.influencer.ConsentFormId;
import dev.roster.domain.influencer.Handle;
import dev.roster.domain.influencer.InfluencerId;
import dev.roster.domain.influencer.PersonIdentity;
import dev.roster.domain.influencer.PersonName;
import dev.roster.domain.influencer.PhoneNumber;
import dev.roster.domain.platform.PlatformCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Who has consent" reads the column the forms keep on each account (V5), never the forms: the few accounts with a
 * form come from their partial index, and no plan reads {@code consent_form} row by row.
 */
class PostgresConsentSearchPlanTest {

    private static final int ACCOUNTS = 6_000;
    /** One person in 300 has a form on file. */
    private static final int EVERY = 300;

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private static PostgresStorage storage;
    private static final List<InfluencerId> WITH_CONSENT = new ArrayList<>();

    @BeforeAll
    static void seed() {
        TestDatabase database = TestDatabase.shared();
        storage = database.emptyStorage();
        List<NewAccount> accounts = new ArrayList<>(ACCOUNTS);
        for (int i = 0; i < ACCOUNTS; i++) {
            Instant at = START.plusSeconds(i);
            InfluencerId person = InfluencerId.next(at);
            accounts.add(new NewAccount(
                    AccountId.next(at),
                    person,
                    new PersonIdentity(PersonName.of("사람 " + i), PhoneNumber.ofE164("+8210" + (30_000_000 + i))),
                    PlatformCode.of("a"),
                    new AccountDetails(Handle.of("consent_" + i), null, null, null),
                    at));
            if (i % EVERY == 0) {
                WITH_CONSENT.add(person);
            }
        }
        storage.influencers().registerAll(accounts);
        for (InfluencerId person : WITH_CONSENT) {
            ConsentFormId id = ConsentFormId.next(START);
            storage.consentForms()
                    .record(new ConsentForm(
                            id,
                            person,
                            "consent/" + person + "/" + id + ".pdf",
                            "form.pdf",
                            100,
                            "c".repeat(64),
                            LocalDate.of(2025, 6, 1),
                            START,
                            null,
                            null,
                            false));
        }
        database.execute("VACUUM ANALYZE platform_account");
        database.execute("ANALYZE consent_form");
    }

    @Test
    void whoHasConsentComesFromThePartialIndexWithoutReadingTheForms() {
        AccountQuery withConsent = query(true, "-created");

        List<AccountView> page = storage.accountSearch().search(withConsent).items();
        String plan = String.join("\n", storage.searchPlan(withConsent));

        assertThat(page).hasSize(20).allMatch(AccountView::hasConsent);
        assertThat(page).extracting(view -> view.influencer().id()).isSubsetOf(WITH_CONSENT);
        assertThat(plan).contains("platform_account_with_consent").doesNotContain("consent_form");
    }

    @Test
    void noOrderAndNeitherAnswerReadsTheFormsRowByRow() {
        for (boolean hasConsent : List.of(true, false)) {
            for (String order : List.of("-created", "name", "handle", "-followers")) {
                AccountQuery query = query(hasConsent, order);
                String plan = String.join("\n", storage.searchPlan(query));
                assertThat(plan)
                        .as("hasConsent=%s by %s", hasConsent, order)
                        .doesNotContain("consent_form")
                        .doesNotContain("SubPlan");
                assertThat(storage.accountSearch().search(query).items())
                        .as("hasConsent=%s by %s", hasConsent, order)
                        .hasSize(20)
                        .allMatch(view -> view.hasConsent() == hasConsent);
            }
        }
    }

    private static AccountQuery query(boolean hasConsent, String order) {
        return new AccountQuery(
                PlatformCode.of("a"),
                null,
                null,
                hasConsent,
                AccountOrder.parse(order).orElseThrow(),
                20,
                null);
    }
}
