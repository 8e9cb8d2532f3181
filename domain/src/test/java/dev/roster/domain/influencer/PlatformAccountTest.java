package dev.roster.domain.influencer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.roster.domain.platform.PlatformCode;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PlatformAccountTest {

    private static final Instant CREATED = Instant.parse("2025-03-14T09:00:00Z");
    private static final AccountId ID = AccountId.next(CREATED);
    private static final InfluencerId OWNER = InfluencerId.next(CREATED);
    private static final PlatformCode PLATFORM = PlatformCode.of("a");
    private static final AccountDetails DETAILS = new AccountDetails(Handle.of("@minji"), null, null, null);
    private static final AccountDetails NEW_DETAILS =
            new AccountDetails(Handle.of("minji_official"), "https://a.example/minji_official", null, "renamed");

    private final PlatformAccount registered = PlatformAccount.register(ID, OWNER, PLATFORM, DETAILS, CREATED);

    @Test
    void registerStartsAtVersion1WithoutMetrics() {
        assertThat(registered.id()).isEqualTo(ID);
        assertThat(registered.influencerId()).isEqualTo(OWNER);
        assertThat(registered.platform()).isEqualTo(PLATFORM);
        assertThat(registered.details()).isEqualTo(DETAILS);
        assertThat(registered.handle()).isEqualTo(Handle.of("minji"));
        assertThat(registered.version()).isEqualTo(1);
        assertThat(registered.createdAt()).isEqualTo(CREATED);
        assertThat(registered.updatedAt()).isEqualTo(CREATED);
        assertThat(registered.metrics()).isEmpty();
        assertThat(registered.latestMetrics()).isNull();
    }

    @Test
    void withDetailsKeepsTheVersionAndMovesUpdatedAt() {
        Instant later = CREATED.plusSeconds(60);

        PlatformAccount edited = registered.withDetails(NEW_DETAILS, later);

        assertThat(edited.details()).isEqualTo(NEW_DETAILS);
        assertThat(edited.handle().value()).isEqualTo("minji_official");
        assertThat(edited.version()).isEqualTo(1);
        assertThat(edited.createdAt()).isEqualTo(CREATED);
        assertThat(edited.updatedAt()).isEqualTo(later);
        assertThat(edited.id()).isEqualTo(ID);
        assertThat(edited.influencerId()).isEqualTo(OWNER);
        assertThat(registered.details()).as("the original is unchanged").isEqualTo(DETAILS);
    }

    @Test
    void withDetailsNeverDatesAnUpdateBeforeCreation() {
        PlatformAccount edited = registered.withDetails(NEW_DETAILS, CREATED.minusSeconds(3600));

        assertThat(edited.updatedAt()).isEqualTo(CREATED);
    }

    @Test
    void nextVersionIncrementsOnlyTheVersion() {
        PlatformAccount edited = registered.withDetails(NEW_DETAILS, CREATED.plusSeconds(5));

        PlatformAccount stored = edited.nextVersion();

        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.nextVersion().version()).isEqualTo(3);
        assertThat(stored.details()).isEqualTo(NEW_DETAILS);
        assertThat(stored.updatedAt()).isEqualTo(edited.updatedAt());
        assertThat(stored.createdAt()).isEqualTo(CREATED);
    }

    @Test
    void refusesAVersionBelow1() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PlatformAccount(ID, OWNER, PLATFORM, DETAILS, null, 0, CREATED, CREATED));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PlatformAccount(ID, OWNER, PLATFORM, DETAILS, null, -1, CREATED, CREATED));
    }

    @Test
    void refusesAnUpdateBeforeCreation() {
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        new PlatformAccount(ID, OWNER, PLATFORM, DETAILS, null, 1, CREATED, CREATED.minusMillis(1)));
    }

    @Test
    void refusesMissingParts() {
        assertThatNullPointerException()
                .isThrownBy(() -> new PlatformAccount(null, OWNER, PLATFORM, DETAILS, null, 1, CREATED, CREATED));
        assertThatNullPointerException()
                .isThrownBy(() -> new PlatformAccount(ID, null, PLATFORM, DETAILS, null, 1, CREATED, CREATED));
        assertThatNullPointerException()
                .isThrownBy(() -> new PlatformAccount(ID, OWNER, null, DETAILS, null, 1, CREATED, CREATED));
        assertThatNullPointerException()
                .isThrownBy(() -> new PlatformAccount(ID, OWNER, PLATFORM, null, null, 1, CREATED, CREATED));
        assertThatNullPointerException()
                .isThrownBy(() -> new PlatformAccount(ID, OWNER, PLATFORM, DETAILS, null, 1, null, CREATED));
        assertThatNullPointerException()
                .isThrownBy(() -> new PlatformAccount(ID, OWNER, PLATFORM, DETAILS, null, 1, CREATED, null));
    }
}
