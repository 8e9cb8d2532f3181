package dev.roster.domain.influencer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class InfluencerTest {

    private static final Instant CREATED = Instant.parse("2025-03-14T09:00:00Z");
    private static final InfluencerId ID = InfluencerId.next(CREATED);
    private static final PersonIdentity MINJI =
            new PersonIdentity(PersonName.of("김민지"), PhoneNumber.ofE164("+821012345678"));
    private static final PersonIdentity MINJI_NEW_PHONE =
            new PersonIdentity(PersonName.of("김민지"), PhoneNumber.ofE164("+821098765432"));

    private final Influencer registered = Influencer.register(ID, MINJI, CREATED);

    @Test
    void registerStartsAtVersion1() {
        assertThat(registered.id()).isEqualTo(ID);
        assertThat(registered.identity()).isEqualTo(MINJI);
        assertThat(registered.name()).isEqualTo(PersonName.of("김민지"));
        assertThat(registered.phone()).isEqualTo(PhoneNumber.ofE164("+821012345678"));
        assertThat(registered.version()).isEqualTo(1);
        assertThat(registered.createdAt()).isEqualTo(CREATED).isEqualTo(registered.updatedAt());
    }

    @Test
    void withIdentityKeepsTheVersionAndMovesUpdatedAt() {
        Instant later = CREATED.plusSeconds(30);

        Influencer edited = registered.withIdentity(MINJI_NEW_PHONE, later);

        assertThat(edited.phone()).isEqualTo(PhoneNumber.ofE164("+821098765432"));
        assertThat(edited.version()).isEqualTo(1);
        assertThat(edited.createdAt()).isEqualTo(CREATED);
        assertThat(edited.updatedAt()).isEqualTo(later);
        assertThat(registered.identity()).as("the original is unchanged").isEqualTo(MINJI);
    }

    @Test
    void withIdentityNeverDatesAnUpdateBeforeCreation() {
        assertThat(registered
                        .withIdentity(MINJI_NEW_PHONE, CREATED.minusSeconds(1))
                        .updatedAt())
                .isEqualTo(CREATED);
    }

    @Test
    void nextVersionIncrementsOnlyTheVersion() {
        Influencer stored =
                registered.withIdentity(MINJI_NEW_PHONE, CREATED.plusSeconds(1)).nextVersion();

        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.identity()).isEqualTo(MINJI_NEW_PHONE);
        assertThat(stored.updatedAt()).isEqualTo(CREATED.plusSeconds(1));
    }

    @Test
    void refusesBrokenInvariants() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Influencer(ID, MINJI, 0, CREATED, CREATED));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Influencer(ID, MINJI, 1, CREATED, CREATED.minusNanos(1)));
        assertThatNullPointerException().isThrownBy(() -> new Influencer(null, MINJI, 1, CREATED, CREATED));
        assertThatNullPointerException().isThrownBy(() -> new Influencer(ID, null, 1, CREATED, CREATED));
        assertThatNullPointerException().isThrownBy(() -> new Influencer(ID, MINJI, 1, null, CREATED));
        assertThatNullPointerException().isThrownBy(() -> new Influencer(ID, MINJI, 1, CREATED, null));
    }
}
