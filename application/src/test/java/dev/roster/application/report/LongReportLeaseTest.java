package dev.roster.application.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.application.Roster;
import dev.roster.application.collection.PlatformCollection;
import dev.roster.application.job.JobLease;
import dev.roster.application.job.RetryOrGiveUp;
import dev.roster.application.job.RunDeliveredJob;
import dev.roster.application.port.CollectionOutcome;
import dev.roster.application.port.CommentPage;
import dev.roster.application.port.CommentPage.Comment;
import dev.roster.application.port.JobDelivery;
import dev.roster.application.port.PostOutcome;
import dev.roster.application.port.PostSource;
import dev.roster.application.spreadsheet.SheetLanguage;
import dev.roster.application.testkit.InMemoryFileStore;
import dev.roster.application.testkit.InMemoryJobQueue;
import dev.roster.application.testkit.InMemoryStorage;
import dev.roster.application.testkit.TextSheets;
import dev.roster.domain.job.JobId;
import dev.roster.domain.job.JobStatus;
import dev.roster.domain.platform.PlatformCode;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A report job that goes longer than its lease between two progress reports (one slow, rate-limited page of comments)
 * is not handed to a second worker while it runs: the worker renews the lease on a timer, not only at reports. Real
 * time, with a lease shortened to a second so that the page's 2.5 s outlast it.
 */
class LongReportLeaseTest {

    private static final PlatformCode A = PlatformCode.of("a");
    private static final URI POST = URI.create("https://blog.example/p/slow");
    private static final Duration SLOW_PAGE = Duration.ofMillis(2_500);
    private static final JobLease SHORT = new JobLease(Duration.ofSeconds(1), Duration.ofMillis(300));

    private final InMemoryJobQueue queue = new InMemoryJobQueue(Clock.systemUTC(), 5);
    private final AtomicInteger pagesRead = new AtomicInteger();
    private final PostSource slowPosts = new PostSource() {
        @Override
        public PostOutcome check(URI post) {
            return new PostOutcome.Live(null);
        }

        @Override
        public CommentPage comments(URI page) {
            pagesRead.incrementAndGet();
            try {
                Thread.sleep(SLOW_PAGE.toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            return new CommentPage(new PostOutcome.Live(null), List.of(new Comment("천천히 읽힌 댓글", null, null)), null);
        }

        @Override
        public int maxCommentPages() {
            return 5;
        }
    };
    private final TextSheets sheets = new TextSheets();
    private final Roster roster = Roster.builder()
            .storage(new InMemoryStorage())
            .files(new InMemoryFileStore(Clock.systemUTC()))
            .collection(new InMemoryJobQueue())
            .platformCollection(
                    A, new PlatformCollection(null, Duration.ofDays(1), 0, 1, PlatformCollection.Collector.SERVER))
            .metricSource(A, target -> new CollectionOutcome.AccountPrivate("private"))
            .spreadsheets(sheets, sheets, new InMemoryJobQueue())
            .reports(queue)
            .postSource(A, slowPosts)
            .build();

    @Test
    void aJobSlowerThanItsLeaseBetweenReportsIsNotHandedOutAgainWhileItRuns() throws Exception {
        JobId id = roster.reports().analyseComments("a", List.of(POST.toString()), SheetLanguage.KOREAN);
        RunDeliveredJob worker =
                new RunDeliveredJob(roster.jobs().runner(), queue, RetryOrGiveUp.DEFAULT, SHORT, Clock.systemUTC());
        JobDelivery delivery = queue.receive(1, SHORT.length()).get(0);
        List<JobDelivery> handedToTheSecondWorker = new CopyOnWriteArrayList<>();
        Thread secondWorker = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                handedToTheSecondWorker.addAll(queue.receive(1, SHORT.length()));
                try {
                    Thread.sleep(50);
                } catch (InterruptedException done) {
                    return;
                }
            }
        });
        secondWorker.start();

        long started = System.nanoTime();
        RunDeliveredJob.Outcome outcome = worker.run(delivery);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        secondWorker.interrupt();
        secondWorker.join();

        assertThat(took).isGreaterThan(SHORT.length().multipliedBy(2));
        assertThat(outcome).isEqualTo(RunDeliveredJob.Outcome.SUCCEEDED);
        assertThat(handedToTheSecondWorker).isEmpty();
        assertThat(pagesRead).hasValue(1);
        assertThat(roster.jobs().get(id.value()).job().status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(roster.jobs().get(id.value()).result()).containsEntry("comments", 1L);
        assertThat(queue.unsettled()).isZero();
    }
}
