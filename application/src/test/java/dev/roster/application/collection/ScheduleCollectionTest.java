package dev.roster.application.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.application.error.InvalidInputException;
import dev.roster.application.error.NotFoundException;
import dev.roster.application.port.JobDelivery;
import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.job.Job;
import dev.roster.domain.job.JobStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScheduleCollectionTest extends CollectionFixture {

    @Test
    void queuesEveryDueAccountOnceInBatches() {
        Set<AccountId> registered = new HashSet<>();
        for (int i = 0; i < 60; i++) {
            registered.add(register("a", "due" + i, null).account().id());
        }

        ScheduleCollection.Scheduled scheduled = roster.collection().schedule("a", false);

        assertThat(scheduled.accounts()).isEqualTo(60);
        assertThat(scheduled.jobs())
                .hasSize(3)
                .containsExactlyInAnyOrderElementsOf(queue.receive(10, Duration.ofMinutes(1)).stream()
                        .map(JobDelivery::jobId)
                        .toList());
        List<AccountId> batched = new ArrayList<>();
        for (var id : scheduled.jobs()) {
            Job job = storage.jobs().find(id).orElseThrow();
            assertThat(job.status()).isEqualTo(JobStatus.QUEUED);
            batched.addAll(CollectionBatch.of(job).accounts());
        }
        assertThat(batched).hasSize(60).containsExactlyInAnyOrderElementsOf(registered);
        assertThat(roster.collection().schedule("a", false).accounts())
                .as("already queued")
                .isZero();
    }

    @Test
    void leavesAccountsCollectedWithinTheIntervalUnlessAllAreAskedFor() {
        AccountId fresh = register("a", "fresh", null).account().id();
        source.answer(storage.influencers().findAccount(fresh).orElseThrow().handle(), followers(3));
        roster.collection().collect(new CollectionBatch(A, List.of(fresh)));

        assertThat(roster.collection().schedule("a", false).accounts()).isZero();
        assertThat(roster.collection().schedule("a", true).accounts()).isEqualTo(1);
    }

    @Test
    void theTimerSchedulesOnlyPlatformsTheServerCollects() {
        register("a", "server", null);
        register("b", "office", "https://b.example/office");

        List<ScheduleCollection.Scheduled> runs = roster.collection().scheduleAllDue();

        assertThat(runs).extracting(ScheduleCollection.Scheduled::platform).containsExactly("a");
        assertThatThrownBy(() -> roster.collection().schedule("b", false))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("office collector");
        assertThatThrownBy(() -> roster.collection().schedule("zz", false)).isInstanceOf(NotFoundException.class);
    }
}
