package dev.roster.application.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.application.error.NotFoundException;
import dev.roster.application.query.AccountView;
import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.MetricReading;
import dev.roster.domain.influencer.MetricSnapshot;
import dev.roster.domain.influencer.PlatformAccount;
import dev.roster.domain.platform.MetricName;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The contract of {@link dev.roster.application.port.MetricHistory}: history kept, newest shown on the account. */
public abstract class MetricHistoryContract extends StorageContract {

    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void keepsEveryReadingAndListsThemNewestFirst() {
        AccountId account = register("a", "Ha", "010-1000-0001", "ha").account().id();
        MetricSnapshot monday = snapshot(account, MONDAY, 100, 7);
        MetricSnapshot tuesday = snapshot(account, MONDAY.plusSeconds(86_400), 110, 9);
        MetricSnapshot wednesday = snapshot(account, MONDAY.plusSeconds(2 * 86_400), 125, 4);

        storage.metricHistory().record(tuesday);
        storage.metricHistory().record(monday);
        storage.metricHistory().record(wednesday);

        assertThat(storage.metricHistory().newestFirst(account, 10)).containsExactly(wednesday, tuesday, monday);
        assertThat(storage.metricHistory().newestFirst(account, 2)).containsExactly(wednesday, tuesday);
    }

    @Test
    void showsTheNewestReadingOnTheAccountWithoutMovingItsVersion() {
        AccountView view = register("a", "Ko", "010-1000-0002", "ko");
        AccountId account = view.account().id();
        MetricSnapshot newer = snapshot(account, MONDAY.plusSeconds(3_600), 500, 50);

        storage.metricHistory().record(newer);
        storage.metricHistory().record(snapshot(account, MONDAY, 400, 40));

        PlatformAccount stored = storage.influencers().findAccount(account).orElseThrow();
        assertThat(stored.latestMetrics()).isEqualTo(newer.reading());
        assertThat(stored.version()).isEqualTo(view.account().version());
        assertThat(storage.accountSearch().view(account).orElseThrow().account().latestMetrics())
                .isEqualTo(newer.reading());
    }

    @Test
    void aReadingTakenAtTheSameInstantReplacesTheEarlierRecordOfIt() {
        AccountId account = register("b", "Yu", "010-1000-0003", "yu").account().id();

        storage.metricHistory().record(snapshot(account, MONDAY, 1, 1));
        MetricSnapshot corrected = snapshot(account, MONDAY, 2, 2);
        storage.metricHistory().record(corrected);

        assertThat(storage.metricHistory().newestFirst(account, 10)).containsExactly(corrected);
        assertThat(storage.influencers().findAccount(account).orElseThrow().latestMetrics())
                .isEqualTo(corrected.reading());
    }

    @Test
    void refusesReadingsOfAnAccountThatIsGone() {
        AccountView view = register("a", "Gone", "010-1000-0004", "gone");
        storage.influencers().deleteAccount(view.account().id());

        assertThatThrownBy(() -> storage.metricHistory().record(snapshot(view.account().id(), MONDAY, 1, 1)))
                .isInstanceOf(NotFoundException.class);
        assertThat(storage.metricHistory().newestFirst(view.account().id(), 10)).isEmpty();
    }

    @Test
    void keepsHistoriesOfAccountsApart() {
        AccountId first = register("a", "Pyo", "010-1000-0005", "pyo1").account().id();
        AccountId second = register("a", "Pyo", "010-1000-0005", "pyo2").account().id();
        MetricSnapshot reading = snapshot(first, MONDAY, 3, 3);

        storage.metricHistory().record(reading);

        assertThat(storage.metricHistory().newestFirst(first, 10)).containsExactly(reading);
        assertThat(storage.metricHistory().newestFirst(second, 10)).isEmpty();
    }

    private static MetricSnapshot snapshot(AccountId account, Instant at, long followers, long visitors) {
        return new MetricSnapshot(account, MetricReading.of(at,
                Map.of(MetricName.FOLLOWERS, followers, MetricName.DAILY_VISITORS, visitors)));
    }

}
