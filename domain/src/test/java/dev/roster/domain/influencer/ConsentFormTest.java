package dev.roster.domain.influencer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsentFormTest {

    private static final Instant NOW = Instant.parse("2025-03-14T09:00:00Z");
    private static final InfluencerId INFLUENCER = InfluencerId.next(NOW);
    private static final LocalDate SIGNED = LocalDate.of(2025, 3, 1);
    private static final String SHA = "a".repeat(64);

    private static ConsentForm form(String key, LocalDate signed, Instant filed) {
        return new ConsentForm(
                ConsentFormId.next(filed), INFLUENCER, key, "consent.pdf", 10, SHA, signed, filed, "kim", null, false);
    }

    @Test
    void documentKeyIs1To512Characters() {
        assertThat(form("k".repeat(512), SIGNED, NOW).documentKey()).hasSize(512);
        assertThatIllegalArgumentException().isThrownBy(() -> form("k".repeat(513), SIGNED, NOW));
        assertThatIllegalArgumentException().isThrownBy(() -> form("", SIGNED, NOW));
    }

    @Test
    void everyPartIsRequired() {
        assertThatNullPointerException().isThrownBy(() -> form(null, SIGNED, NOW));
        assertThatNullPointerException().isThrownBy(() -> form("k", null, NOW));
        assertThatNullPointerException()
                .isThrownBy(
                        () -> new ConsentForm(null, INFLUENCER, "k", "a.pdf", 1, SHA, SIGNED, NOW, null, null, false));
    }

    @Test
    void aFormHasBytesAndTheirDigest() {
        ConsentFormId id = ConsentFormId.next(NOW);
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> new ConsentForm(id, INFLUENCER, "k", "a.pdf", 0, SHA, SIGNED, NOW, null, null, false));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ConsentForm(
                        id, INFLUENCER, "k", "a.pdf", 1, "A".repeat(64), SIGNED, NOW, null, null, false));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ConsentForm(
                        id,
                        INFLUENCER,
                        "k",
                        "a.pdf",
                        1,
                        SHA,
                        SIGNED,
                        NOW,
                        null,
                        "n".repeat(ConsentForm.MAX_NOTE_LENGTH + 1),
                        false));
    }

    @Test
    void latestSignedComesFirstThenLatestFiled() {
        ConsentForm old = form("old", SIGNED.minusYears(1), NOW);
        ConsentForm first = form("first", SIGNED, NOW);
        ConsentForm refiled = form("refiled", SIGNED, NOW.plusSeconds(1));
        List<ConsentForm> forms = new ArrayList<>(List.of(first, old, refiled));

        forms.sort(ConsentForm.NEWEST_FIRST);

        assertThat(forms).containsExactly(refiled, first, old);
    }
}
