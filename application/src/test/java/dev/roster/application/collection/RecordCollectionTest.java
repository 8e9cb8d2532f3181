package dev.roster.application.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.application.error.FieldError;
import dev.roster.application.error.InvalidInputException;
import dev.roster.application.error.NotFoundException;
import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.CollectionFailure;
import dev.roster.domain.influencer.MetricSnapshot;
import dev.roster.domain.platform.MetricName;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordCollectionTest extends CollectionFixture {

    private static final Instant MORNING = START.minusSeconds(3_600);

    @Test
    void recordsWhatTheOfficeCollectorReadAndListsTheHistoryNewestFirst() {
        String id =
                register("b", "desk", "https://b.example/desk").account().id().value();

        roster.collection().record(new RecordCollectionCommand("b", id, MORNING, Map.of("followers", 10L), null, null));
        roster.collection()
                .record(new RecordCollectionCommand(
                        "b", id, MORNING.plusSeconds(60), Map.of("followers", 12L), null, null));

        List<MetricSnapshot> history = roster.collection().history("b", id, null);
        assertThat(history)
                .extracting(s -> s.reading().value(MetricName.FOLLOWERS).orElseThrow())
                .containsExactly(12L, 10L);
        assertThat(roster.collection().history("b", id, 1)).hasSize(1);
        assertThat(meter.calls()).containsExactly("collected b collected 1", "collected b collected 1");
    }

    @Test
    void recordsAFailureTheCollectorReports() {
        AccountId account =
                register("b", "closed", "https://b.example/closed").account().id();

        roster.collection()
                .record(new RecordCollectionCommand(
                        "b", account.value(), MORNING, null, "private", "the profile says: private account"));

        CollectionFailure failure = storage.metricHistory().lastFailure(account).orElseThrow();
        assertThat(failure.status()).isEqualTo(CollectionFailure.Status.PRIVATE);
        assertThat(failure.at()).isEqualTo(MORNING);
        assertThat(meter.calls()).containsExactly("collected b private 1");
    }

    @Test
    void refusesReportsThatMakeNoSenseNamingEachField() {
        String id =
                register("b", "wrong", "https://b.example/wrong").account().id().value();
        Map<String, Long> metrics = new LinkedHashMap<>();
        metrics.put("followers", -1L);
        metrics.put("dailyVisitors", 5L);

        assertThatThrownBy(() -> roster.collection()
                        .record(new RecordCollectionCommand("b", id, START.plusSeconds(86_400), metrics, null, null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        invalid -> assertThat(invalid.errors())
                                .extracting(FieldError::field)
                                .containsExactly("collectedAt", "metrics.followers", "metrics.dailyVisitors"));
        assertThatThrownBy(() -> roster.collection()
                        .record(new RecordCollectionCommand(
                                "b", id, MORNING, Map.of("followers", 1L), "private", "both")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        invalid -> assertThat(invalid.errors())
                                .extracting(FieldError::field)
                                .containsExactly("metrics"));
        assertThatThrownBy(() -> roster.collection()
                        .record(new RecordCollectionCommand("b", id, MORNING, null, "exploded", " ")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        invalid -> assertThat(invalid.errors())
                                .extracting(FieldError::field)
                                .containsExactly("failure.status", "failure.reason"));
        assertThatThrownBy(() -> roster.collection().history("b", id, 0)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anAccountIsOnlyFoundUnderItsOwnPlatform() {
        String id = register("a", "elsewhere", null).account().id().value();

        assertThatThrownBy(() -> roster.collection()
                        .record(new RecordCollectionCommand("b", id, MORNING, Map.of("followers", 1L), null, null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> roster.collection().history("b", id, null)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void handsDueAccountsToOneCollectorAtATimeWithThePageToRead() {
        register("b", "first", "https://b.example/first");
        register("b", "second", "https://b.example/second");
        AccountId noPage = register("b", "nopage", null).account().id();

        List<DueAccount> due = roster.collection().claimDue("b", 10);

        assertThat(due)
                .extracting(account -> account.profileUrl().toString())
                .containsExactlyInAnyOrder("https://b.example/first", "https://b.example/second");
        assertThat(roster.collection().claimDue("b", 10))
                .as("claimed by the first call")
                .isEmpty();
        assertThat(storage.metricHistory().lastFailure(noPage).orElseThrow().reason())
                .contains("no profile URL");
    }

    @Test
    void listingDueAccountsClaimsNothingAndRecordsNothing() {
        register("b", "look", "https://b.example/look");
        AccountId noPage = register("b", "blank", null).account().id();

        List<DueAccount> seen = roster.collection().listDue("b", 10);
        List<DueAccount> seenAgain = roster.collection().listDue("b", null);

        assertThat(seen)
                .extracting(account -> account.profileUrl().toString())
                .containsExactly("https://b.example/look");
        assertThat(seenAgain).isEqualTo(seen);
        assertThat(storage.metricHistory().lastFailure(noPage))
                .as("a look records no failure")
                .isEmpty();
        assertThat(roster.collection().claimDue("b", 10))
                .extracting(account -> account.handle().value())
                .containsExactly("look");
    }

    @Test
    void aListingOrAClaimBeyondTheLimitsIsRefused() {
        assertThatThrownBy(() -> roster.collection().listDue("b", 0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> roster.collection().claimDue("b", 201)).isInstanceOf(InvalidInputException.class);
    }
}
