package dev.roster.domain.influencer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ConsentFormTest {

    private static final Instant NOW = Instant.parse("2025-03-14T09:00:00Z");
    private static final InfluencerId INFLUENCER = InfluencerId.next(NOW);
    private static final LocalDate SIGNED = LocalDate.of(2025, 3, 1);

    @Test
    void documentKeyIs1To512Characters() {
        assertThat(new ConsentForm(INFLUENCER, "k".repeat(512), SIGNED, NOW).documentKey()).hasSize(512);
        assertThatIllegalArgumentException().isThrownBy(() -> new ConsentForm(INFLUENCER, "k".repeat(513), SIGNED, NOW));
        assertThatIllegalArgumentException().isThrownBy(() -> new ConsentForm(INFLUENCER, "", SIGNED, NOW));
    }

    @Test
    void everyPartIsRequired() {
        assertThatNullPointerException().isThrownBy(() -> new ConsentForm(null, "k", SIGNED, NOW));
        assertThatNullPointerException().isThrownBy(() -> new ConsentForm(INFLUENCER, null, SIGNED, NOW));
        assertThatNullPointerException().isThrownBy(() -> new ConsentForm(INFLUENCER, "k", null, NOW));
        assertThatNullPointerException().isThrownBy(() -> new ConsentForm(INFLUENCER, "k", SIGNED, null));
    }
}
