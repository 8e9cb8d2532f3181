package dev.roster.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.InfluencerId;
import dev.roster.domain.job.JobId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The typed ids wrap canonical time-ordered UUIDs and parse malformed text to "not found". */
class IdsTest {

    private static final Instant NOW = Instant.parse("2025-03-14T09:26:53Z");
    private static final String CANONICAL = "0195943e-1c4d-7a3b-8f00-0123456789ab";

    @Test
    void nextIdsAreCanonicalAndTheirTextRoundTrips() {
        AccountId account = AccountId.next(NOW);
        InfluencerId influencer = InfluencerId.next(NOW);
        JobId job = JobId.next(NOW);

        assertThat(AccountId.parse(account.toString())).contains(account);
        assertThat(InfluencerId.parse(influencer.toString())).contains(influencer);
        assertThat(JobId.parse(job.toString())).contains(job);
        assertThat(TimeOrderedUuid.isCanonical(account.value())).isTrue();
    }

    @Test
    void parseAnswersEmptyForMalformedText() {
        for (String text : new String[] {null, "", "nope", CANONICAL.toUpperCase(), CANONICAL + "0"}) {
            assertThat(AccountId.parse(text)).isEmpty();
            assertThat(InfluencerId.parse(text)).isEmpty();
            assertThat(JobId.parse(text)).isEmpty();
        }
    }

    @Test
    void constructorsRefuseMalformedText() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AccountId(CANONICAL.toUpperCase()));
        assertThatIllegalArgumentException().isThrownBy(() -> new InfluencerId(null));
        assertThatIllegalArgumentException().isThrownBy(() -> new JobId("1"));
    }

    @Test
    void parseKeepsWellFormedText() {
        assertThat(AccountId.parse(CANONICAL)).map(AccountId::value).contains(CANONICAL);
    }
}
