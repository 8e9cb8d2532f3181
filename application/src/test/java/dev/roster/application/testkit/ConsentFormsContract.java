package dev.roster.application.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.application.account.SearchAccountsCommand;
import dev.roster.application.error.NotFoundException;
import dev.roster.application.query.AccountView;
import dev.roster.domain.influencer.ConsentForm;
import dev.roster.domain.influencer.ConsentFormId;
import dev.roster.domain.influencer.InfluencerId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract of {@link dev.roster.application.port.ConsentForms}, and of what search reads of it. */
public abstract class ConsentFormsContract extends StorageContract {

    private static final Instant NOW = Instant.parse("2026-04-01T10:00:00Z");

    @Test
    void listsAPersonsFormsLatestSignedFirstWithEverythingFiled() {
        InfluencerId person =
                register("a", "Bang", "010-2000-0001", "bang").influencer().id();
        ConsentForm old = consentForm(person, LocalDate.of(2025, 5, 1));
        ConsentForm renewed = new ConsentForm(
                ConsentFormId.next(NOW),
                person,
                "consent/bang-2026.pdf",
                "방 동의서 (2026).pdf",
                1_048_576,
                "f".repeat(64),
                LocalDate.of(2026, 5, 1),
                NOW,
                null,
                "서명 원본은 금고에\n두 번째 줄",
                true);

        storage.consentForms().record(old);
        storage.consentForms().record(renewed);

        assertThat(storage.consentForms().of(person)).containsExactly(renewed, old);
    }

    @Test
    void filingTheSameFormAgainReplacesItsRecord() {
        InfluencerId person =
                register("a", "Cha", "010-2000-0002", "cha").influencer().id();
        ConsentForm first = consentForm(person, LocalDate.of(2026, 1, 1));
        storage.consentForms().record(first);
        ConsentForm corrected = new ConsentForm(
                first.id(),
                person,
                first.documentKey(),
                first.fileName(),
                first.size(),
                first.sha256(),
                LocalDate.of(2026, 1, 2),
                first.filedAt(),
                first.filedBy(),
                "고침",
                false);

        storage.consentForms().record(corrected);

        assertThat(storage.consentForms().of(person)).containsExactly(corrected);
    }

    @Test
    void refusesAFormForAPersonWhoIsGone() {
        InfluencerId ghost = InfluencerId.next(NOW);

        assertThatThrownBy(() -> storage.consentForms().record(consentForm(ghost, LocalDate.of(2026, 1, 1))))
                .isInstanceOf(NotFoundException.class);
        assertThat(storage.consentForms().of(ghost)).isEmpty();
    }

    @Test
    void withdrawingRemovesOneFormAndSearchFollows() {
        AccountView dal = register("a", "Dal", "010-2000-0003", "dal");
        InfluencerId person = dal.influencer().id();
        ConsentForm old = consentForm(person, LocalDate.of(2025, 1, 1));
        ConsentForm latest = consentForm(person, LocalDate.of(2026, 1, 1));
        storage.consentForms().record(old);
        storage.consentForms().record(latest);

        assertThat(storage.consentForms().withdraw(person, latest.id())).isTrue();

        assertThat(storage.consentForms().of(person)).containsExactly(old);
        assertThat(storage.accountSearch()
                        .view(dal.account().id())
                        .orElseThrow()
                        .consentSignedOn())
                .isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(storage.consentForms().withdraw(person, latest.id())).isFalse();
        assertThat(storage.consentForms().withdraw(person, ConsentFormId.next(NOW)))
                .isFalse();

        assertThat(storage.consentForms().withdraw(person, old.id())).isTrue();
        assertThat(storage.accountSearch()
                        .view(dal.account().id())
                        .orElseThrow()
                        .hasConsent())
                .isFalse();
        assertThat(handles(true)).isEmpty();
        assertThat(handles(false)).containsExactly("dal");
    }

    @Test
    void anAccountShowsItsPersonsLatestSignatureWhenItWasRegisteredBeforeOrAfterTheForm() {
        AccountView before = register("a", "Eun", "010-2000-0004", "eun.before");
        InfluencerId person = before.influencer().id();
        storage.consentForms().record(consentForm(person, LocalDate.of(2026, 3, 1)));
        storage.consentForms().record(consentForm(person, LocalDate.of(2024, 3, 1)));
        AccountView after = register("a", "Eun", "010-2000-0004", "eun.after");
        register("a", "Other", "010-2000-0005", "other");

        for (AccountView account : List.of(before, after)) {
            AccountView shown =
                    storage.accountSearch().view(account.account().id()).orElseThrow();
            assertThat(shown.hasConsent()).isTrue();
            assertThat(shown.consentSignedOn()).isEqualTo(LocalDate.of(2026, 3, 1));
        }
        assertThat(after.consentSignedOn()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(handles(true)).containsExactly("eun.after", "eun.before");
        assertThat(handles(false)).containsExactly("other");
        assertThat(storage.accountSearch().influencer(person).orElseThrow().consentSignedOn())
                .isEqualTo(LocalDate.of(2026, 3, 1));
    }

    private List<String> handles(boolean hasConsent) {
        return storage
                .accountSearch()
                .search(roster.accounts()
                        .query(new SearchAccountsCommand("a", null, null, hasConsent, "handle", null, null)))
                .items()
                .stream()
                .map(view -> view.account().handle().value())
                .toList();
    }
}
