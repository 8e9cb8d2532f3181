package dev.roster.domain.influencer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The newest-wins policy by name. */
class NewestWinsTest {

    private static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");

    @Test
    void anythingReplacesNothing() {
        assertThat(NewestWins.replaces(null, NOON)).isTrue();
    }

    @Test
    void theNewerReplacesTheOlderAndNeverTheOtherWayRound() {
        assertThat(NewestWins.replaces(NOON, NOON.plusNanos(1))).isTrue();
        assertThat(NewestWins.replaces(NOON, NOON.minusNanos(1))).isFalse();
    }

    @Test
    void atTheSameInstantWhatArrivesLastWins() {
        assertThat(NewestWins.replaces(NOON, NOON)).isTrue();
    }
}
