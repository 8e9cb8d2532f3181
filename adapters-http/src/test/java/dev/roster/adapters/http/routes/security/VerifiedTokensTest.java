package dev.roster.adapters.http.routes.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private static final Caller EDITOR = new Caller("user-1", EnumSet.of(Role.EDITOR));
    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

    @Test
    void remembersAVerifiedTokenUntilItExpiresAndNothingElse() {
        VerifiedTokens tokens = new VerifiedTokens(10);
        tokens.remember("a.b.c", EDITOR, NOW.plusSeconds(60));

        assertThat(tokens.caller("a.b.c", NOW.plusSeconds(59))).contains(EDITOR);
        assertThat(tokens.caller("a.b.X", NOW))
                .as("another text is another token")
                .isEmpty();
        assertThat(tokens.caller("a.b.c", NOW.plusSeconds(60))).isEmpty();
        assertThat(tokens.caller("a.b.c", NOW)).as("forgotten once expired").isEmpty();
    }

    @Test
    void staysWithinItsCapacity() {
        VerifiedTokens tokens = new VerifiedTokens(3);
        for (int i = 0; i < 4; i++) {
            tokens.remember("token-" + i, EDITOR, NOW.plusSeconds(60));
        }

        assertThat(tokens.caller("token-3", NOW)).contains(EDITOR);
        assertThat(tokens.caller("token-0", NOW)).isEmpty();
    }
}
