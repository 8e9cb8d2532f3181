package dev.roster.bench.reports;

import dev.roster.adapters.browser.FakePlatformSite;
import dev.roster.adapters.browser.fetch.PageFetcher;
import dev.roster.adapters.browser.http.HttpMetricSource;
import dev.roster.adapters.browser.http.HttpPostSource;
import dev.roster.adapters.browser.rules.CommentReader;
import dev.roster.adapters.browser.rules.CommentRules;
import dev.roster.adapters.browser.rules.PageReader;
import dev.roster.adapters.browser.rules.PostReader;
import dev.roster.adapters.excel.PoiSpreadsheetReader;
import dev.roster.adapters.excel.PoiSpreadsheetWriter;
import dev.roster.application.Roster;
import dev.roster.application.collection.PlatformCollection;
import dev.roster.application.job.JobView;
import dev.roster.application.port.SheetColumn;
import dev.roster.application.port.SheetOutputRow;
import dev.roster.application.spreadsheet.SheetLanguage;
import dev.roster.application.testkit.InMemoryFileStore;
import dev.roster.application.testkit.InMemoryJobQueue;
import dev.roster.application.testkit.InMemoryStorage;
import dev.roster.bench.common.Medians;
import dev.roster.domain.job.JobId;
import dev.roster.domain.job.JobStatus;
import dev.roster.domain.platform.PlatformCatalog;
import dev.roster.domain.platform.PlatformCode;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The campaign reports' throughput against the fake platform site on loopback, over real HTTP, rate limit off:
 * posts verified per minute (a workbook of rows, each a post and a distinct profile) and comments analysed per minute
 * (crowd posts of {@value FakePlatformSite#CROWD_PER_PAGE} comments a page by {@value FakePlatformSite#CROWD}
 * commenters), each job run as a worker runs it (workbook in, workbook out, through the http source's checked fetcher),
 * beside a bare GET of the same pages at the same concurrency in the same round; then the comment analysis's heap on
 * 10,000 comments (peak of the heap pools, and what is left after it). Medians of several rounds.
 *
 * <p>Usage: {@code ReportsBench [rounds] [rows] [crowdPosts]} (defaults 5, 500, 4: 4 × 2,500 = 10,000 comments), or
 * {@code ReportsBench heap [crowdPosts]} to run only the analysis once, e.g. at a small {@code -Xmx} to show it fits.
 */
public final class ReportsBench {

    private static final PlatformCode A = PlatformCode.of("a");
    private static final int CONCURRENCY = 4;

    private ReportsBench() {}

    public static void main(String[] args) throws Exception {
        // The JDK's HttpServer otherwise waits on delayed ACKs (~40 ms a response): the fake site would be measured.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try (FakePlatformSite site = FakePlatformSite.start(1)) {
            PageFetcher fetcher = site.fetcher(Duration.ofSeconds(10));
            Reports reports = new Reports(site, fetcher);
            if (args.length > 0 && args[0].equals("heap")) {
                int posts = args.length > 1 ? Integer.parseInt(args[1]) : 4;
                heap(reports, posts);
                fetcher.close();
                return;
            }
            int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
            int rows = args.length > 1 ? Integer.parseInt(args[1]) : 500;
            int posts = args.length > 2 ? Integer.parseInt(args[2]) : 4;
            HttpClient client = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            byte[] workbook = postWorkbook(site, rows);
            // Warm-up, two of each at full size: the JIT, the fetcher's connections, POI.
            for (int warm = 0; warm < 2; warm++) {
                reports.checkPosts(workbook, rows);
                reports.analyseComments(posts(site, posts));
                bareVerification(client, site, rows);
                bareAnalysis(client, site, posts);
            }
            double[] bareChecks = new double[rounds];
            double[] checks = new double[rounds];
            double[] bareComments = new double[rounds];
            double[] comments = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                // Which goes first changes every round, so neither always meets a warmer machine.
                if (round % 2 == 0) {
                    bareChecks[round] = bareVerification(client, site, rows);
                    checks[round] = reports.checkPosts(workbook, rows);
                    bareComments[round] = bareAnalysis(client, site, posts);
                    comments[round] = reports.analyseComments(posts(site, posts));
                } else {
                    checks[round] = reports.checkPosts(workbook, rows);
                    bareChecks[round] = bareVerification(client, site, rows);
                    comments[round] = reports.analyseComments(posts(site, posts));
                    bareComments[round] = bareAnalysis(client, site, posts);
                }
                System.out.printf(
                        "round %d: posts %,.0f/min (bare %,.0f rows/min), comments %,.0f/min (bare %,.0f/min)%n",
                        round + 1, checks[round], bareChecks[round], comments[round], bareComments[round]);
            }
            report("post verification", "posts/min", rows + " rows", checks, bareChecks);
            report("comment analysis", "comments/min", posts * perPost() + " comments", comments, bareComments);
            heap(reports, posts);
            fetcher.close();
        }
    }

    /** Runs the comment analysis of {@code posts} crowd posts once, measuring the heap around it. */
    private static void heap(Reports reports, int posts) throws Exception {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
        System.gc();
        long before = used(heap);
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        double perMinute = reports.analyseComments(posts(reports.site, posts));
        long peak =
                heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.gc();
        long after = used(heap);
        System.out.printf(
                "heap, comment analysis of %,d comments (-Xmx %,d MB): used before %.1f MB, peak of the heap pools "
                        + "%.1f MB (their sum: an upper bound), after a GC %.1f MB; %,.0f comments/min%n",
                posts * perPost(),
                Runtime.getRuntime().maxMemory() >> 20,
                before / 1048576.0,
                peak / 1048576.0,
                after / 1048576.0,
                perMinute);
    }

    private static long used(List<MemoryPoolMXBean> heap) {
        return heap.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
    }

    private static int perPost() {
        return FakePlatformSite.CROWD_PAGES * FakePlatformSite.CROWD_PER_PAGE;
    }

    /** The reports capability over the fake site, as a worker has it: the checked http sources, POI, in memory. */
    private static final class Reports {

        private final FakePlatformSite site;
        private final InMemoryJobQueue queue = new InMemoryJobQueue();
        private final Roster roster;

        Reports(FakePlatformSite site, PageFetcher fetcher) {
            this.site = site;
            // The site's comment rules, allowed to read every page of a crowd post.
            CommentRules rules = FakePlatformSite.COMMENT_RULES;
            CommentRules everyPage = new CommentRules(
                    rules.item(),
                    rules.author(),
                    rules.text(),
                    rules.time(),
                    rules.next(),
                    FakePlatformSite.CROWD_PAGES);
            PostReader posts = new PostReader(FakePlatformSite.POST_RULES);
            PoiSpreadsheetReader reader = new PoiSpreadsheetReader();
            PoiSpreadsheetWriter writer = new PoiSpreadsheetWriter(ZoneOffset.UTC);
            roster = Roster.builder()
                    .storage(new InMemoryStorage())
                    .files(new InMemoryFileStore(Clock.systemUTC()))
                    .platforms(PlatformCatalog.of(List.of(site.platform())))
                    .collection(new InMemoryJobQueue())
                    .platformCollection(
                            A,
                            new PlatformCollection(
                                    null, Duration.ofDays(1), 0, CONCURRENCY, PlatformCollection.Collector.SERVER))
                    .metricSource(
                            A, new HttpMetricSource(fetcher, new PageReader(FakePlatformSite.RULES), Clock.systemUTC()))
                    .spreadsheets(reader, writer, new InMemoryJobQueue())
                    .reports(queue)
                    .postSource(
                            A,
                            new HttpPostSource(fetcher, posts, new CommentReader(everyPage, posts), Clock.systemUTC()))
                    .build();
        }

        /** Posts verified per minute: the job from its queued workbook to its result workbook. */
        double checkPosts(byte[] workbook, int rows) {
            long start = System.nanoTime();
            JobView done = run(roster.reports().checkPosts("a", workbook));
            long elapsed = System.nanoTime() - start;
            expect(done, "live", rows);
            return perMinute(rows, elapsed);
        }

        /** Comments analysed per minute: every page of each post, then each commenter's profile once. */
        double analyseComments(List<String> posts) {
            long start = System.nanoTime();
            JobView done = run(roster.reports().analyseComments("a", posts, SheetLanguage.KOREAN));
            long elapsed = System.nanoTime() - start;
            expect(done, "comments", posts.size() * perPost());
            return perMinute(posts.size() * perPost(), elapsed);
        }

        private JobView run(JobId id) {
            roster.jobs()
                    .deliveredBy(queue)
                    .run(queue.receive(1, Duration.ofMinutes(30)).get(0));
            return roster.jobs().get(id.value());
        }

        private static void expect(JobView done, String figure, long count) {
            Object found = done.result().get(figure);
            if (done.job().status() != JobStatus.SUCCEEDED
                    || !(found instanceof Number number)
                    || number.longValue() != count) {
                throw new IllegalStateException("the report did not do all its work: "
                        + done.job().status() + " " + done.job().failureReason() + " " + done.result());
            }
        }
    }

    /** A workbook of {@code rows} rows, each a live post and a profile of its own. */
    private static byte[] postWorkbook(FakePlatformSite site, int rows) {
        List<SheetColumn> columns = List.of(
                new SheetColumn("프로필 URL", SheetColumn.Kind.TEXT, 40),
                new SheetColumn("게시물 URL", SheetColumn.Kind.TEXT, 40));
        List<SheetOutputRow> lines = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            lines.add(SheetOutputRow.plain(
                    new ArrayList<>(List.of(profile(site, i).toString(), site.post("live") + "?n=" + i))));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PoiSpreadsheetWriter(ZoneOffset.UTC).write("Sheet1", columns, lines.iterator(), out);
        return out.toByteArray();
    }

    private static URI profile(FakePlatformSite site, int row) {
        return site.profile(String.format("user%05d", row));
    }

    private static List<String> posts(FakePlatformSite site, int count) {
        List<String> posts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            posts.add(site.post("crowd" + i).toString());
        }
        return posts;
    }

    /** Rows per minute: each row's post page and profile page fetched and discarded, at the same concurrency. */
    private static double bareVerification(HttpClient client, FakePlatformSite site, int rows) throws Exception {
        List<Callable<Integer>> work = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            URI post = URI.create(site.post("live") + "?n=" + i);
            URI profile = profile(site, i);
            work.add(() -> get(client, post) + get(client, profile));
        }
        return perMinute(rows, timed(work, 2 * rows));
    }

    /** Comments per minute: each post's pages in turn (a next link at a time), then each commenter's profile once. */
    private static double bareAnalysis(HttpClient client, FakePlatformSite site, int posts) throws Exception {
        List<Callable<Integer>> pages = new ArrayList<>();
        for (String post : posts(site, posts)) {
            pages.add(() -> {
                int ok = 0;
                for (int page = 1; page <= FakePlatformSite.CROWD_PAGES; page++) {
                    ok += get(client, URI.create(post + (page == 1 ? "" : "?page=" + page)));
                }
                return ok;
            });
        }
        List<Callable<Integer>> profiles = new ArrayList<>();
        for (int i = 0; i < FakePlatformSite.CROWD; i++) {
            URI profile = site.profile("user" + i);
            profiles.add(() -> get(client, profile));
        }
        long elapsed = timed(pages, posts * FakePlatformSite.CROWD_PAGES) + timed(profiles, FakePlatformSite.CROWD);
        return perMinute(posts * perPost(), elapsed);
    }

    /** Nanoseconds to run {@code work} on {@value #CONCURRENCY} threads; each task answers its pages that were 200. */
    private static long timed(List<Callable<Integer>> work, int pages) throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(CONCURRENCY);
        try {
            long start = System.nanoTime();
            int ok = 0;
            for (Future<Integer> done : callers.invokeAll(work)) {
                ok += done.get();
            }
            long elapsed = System.nanoTime() - start;
            if (ok != pages) {
                throw new IllegalStateException("the fake site answered 200 to " + ok + " of " + pages + " pages");
            }
            return elapsed;
        } finally {
            callers.shutdownNow();
        }
    }

    private static int get(HttpClient client, URI page) throws Exception {
        int status = client.send(HttpRequest.newBuilder(page).GET().build(), HttpResponse.BodyHandlers.ofByteArray())
                .statusCode();
        return status == 200 ? 1 : 0;
    }

    private static double perMinute(long count, long nanos) {
        return count * 60_000_000_000.0 / nanos;
    }

    private static void report(String what, String unit, String size, double[] perMinute, double[] bare) {
        System.out.printf(
                "%-18s median %,10.0f %s over %d rounds of %s, concurrency %d; bare GET of the same pages %,10.0f"
                        + " (%.3f x bare; median of per-round ratios %.3f)%n",
                what,
                Medians.of(perMinute),
                unit,
                perMinute.length,
                size,
                CONCURRENCY,
                Medians.of(bare),
                Medians.of(perMinute) / Medians.of(bare),
                Medians.of(ratios(perMinute, bare)));
    }

    private static double[] ratios(double[] of, double[] to) {
        double[] ratios = new double[of.length];
        for (int i = 0; i < of.length; i++) {
            ratios[i] = of[i] / to[i];
        }
        return ratios;
    }
}
