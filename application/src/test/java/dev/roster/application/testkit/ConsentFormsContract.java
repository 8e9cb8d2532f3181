package dev.roster.application.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.application.error.NotFoundException;
import dev.roster.domain.influencer.ConsentForm;
import dev.roster.domain.influencer.InfluencerId;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The contract of {@link dev.roster.application.port.ConsentForms}. */
public abstract class ConsentFormsContract extends StorageContract {

    private static final Instant NOW = Instant.parse("2026-04-01T10:00:00Z");

    @Test
    void listsAPersonsFormsMostRecentlySignedFirst() {
        InfluencerId person = register("a", "Bang", "010-2000-0001", "bang").influencer().id();
        ConsentForm old = new ConsentForm(person, "consent/bang-2025.pdf", LocalDate.of(2025, 5, 1), NOW);
        ConsentForm renewed = new ConsentForm(person, "consent/bang-2026.pdf", LocalDate.of(2026, 5, 1), NOW);

        storage.consentForms().record(old);
        storage.consentForms().record(renewed);

        assertThat(storage.consentForms().of(person)).containsExactly(renewed, old);
    }

    @Test
    void filingTheSameDocumentAgainReplacesItsRecord() {
        InfluencerId person = register("a", "Cha", "010-2000-0002", "cha").influencer().id();
        storage.consentForms().record(new ConsentForm(person, "consent/cha.pdf", LocalDate.of(2026, 1, 1), NOW));
        ConsentForm corrected = new ConsentForm(person, "consent/cha.pdf", LocalDate.of(2026, 1, 2), NOW.plusSeconds(5));

        storage.consentForms().record(corrected);

        assertThat(storage.consentForms().of(person)).containsExactly(corrected);
    }

    @Test
    void refusesAFormForAPersonWhoIsGone() {
        InfluencerId ghost = InfluencerId.next(NOW);

        assertThatThrownBy(() -> storage.consentForms().record(
                new ConsentForm(ghost, "consent/ghost.pdf", LocalDate.of(2026, 1, 1), NOW)))
                .isInstanceOf(NotFoundException.class);
        assertThat(storage.consentForms().of(ghost)).isEmpty();
    }
}
