package dev.roster.application.report;

import dev.roster.application.account.AccountLookup;
import dev.roster.application.job.JobRunner;
import dev.roster.application.port.CommentPage;
import dev.roster.application.port.FileKey;
import dev.roster.application.port.PostOutcome;
import dev.roster.application.port.PostSource;
import dev.roster.application.spreadsheet.SheetLanguage;
import dev.roster.domain.job.Job;
import dev.roster.domain.job.JobType;
import dev.roster.domain.platform.Platform;
import dev.roster.domain.platform.PlatformCatalog;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * Runs a comment analysis: reads every page of each post's comments (up to the rules' {@code maxPages}), then each
 * commenter's profile once, and writes the comments, the URLs written in them and the posts as three worksheets
 * ({@link CommentSheets}).
 */
final class CommentAnalysisJob implements JobRunner {

    static final JobType TYPE = JobType.of("comment-analysis");
    static final String PLATFORM = "platform";
    static final String FILE = "file";
    static final String LANGUAGE = "language";
    static final String ROWS = "rows";

    /** One post as read: its status, the pages and comments read, whether {@code maxPages} cut it short. */
    record ReadPost(String url, CheckedPost status, int pages, List<CommentPage.Comment> comments, boolean truncated) {}

    private final PlatformCatalog platforms;
    private final CommentSheets writer;
    private final ReportFiles files;
    private final ReportSetup setup;
    private final Executor executor;

    CommentAnalysisJob(
            PlatformCatalog platforms, CommentSheets writer, ReportFiles files, ReportSetup setup, Executor executor) {
        this.platforms = platforms;
        this.writer = writer;
        this.files = files;
        this.setup = setup;
        this.executor = executor;
    }

    @Override
    public JobType type() {
        return TYPE;
    }

    @Override
    public Map<String, Object> run(Job job, Progress progress) {
        Platform platform = AccountLookup.platform(platforms, job.parameters().get(PLATFORM));
        SheetLanguage language =
                SheetLanguage.parse(job.parameters().get(LANGUAGE)).orElse(SheetLanguage.ENGLISH);
        FileKey input = FileKey.of(job.parameters().get(FILE));
        List<String> urls = new String(files.read(input), StandardCharsets.UTF_8)
                .lines()
                .filter(line -> !line.isBlank())
                .toList();
        PostSource source = setup.posts(platform);
        int width = setup.concurrency(platform);
        // Posts first, then commenters: progress is told in two halves of one total.
        List<ReadPost> posts = InOrder.map(
                urls,
                url -> read(platform, source, url),
                width,
                executor,
                (done, total) -> progress.report(done, total * 2L));
        Set<URI> commenters = new LinkedHashSet<>();
        posts.forEach(post -> post.comments().forEach(comment -> {
            if (comment.author() != null && platform.acceptsProfileUrl(comment.author())) {
                commenters.add(comment.author());
            }
        }));
        ProfileMetrics profiles = setup.profiles(platform);
        List<URI> people = List.copyOf(commenters);
        List<Profile> read = InOrder.map(
                people,
                profiles::of,
                width,
                executor,
                (done, total) -> progress.report(
                        urls.size() + done * (long) urls.size() / Math.max(1, total), urls.size() * 2L));
        Map<String, Profile> byProfile = new LinkedHashMap<>();
        for (int i = 0; i < people.size(); i++) {
            byProfile.put(ProfileKey.of(people.get(i)), read.get(i));
        }
        CommentSheets.Written written = writer.write(platform, language, posts, byProfile);
        FileKey result = files.keepResult(job.id().value() + "-comment-analysis", written.workbook());
        files.delete(input);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("posts", (long) posts.size());
        report.put("comments", written.comments());
        report.put("commenters", (long) people.size());
        report.put("urls", written.urls());
        report.put("resultFileKey", result.value());
        return report;
    }

    /** Reads one post's pages of comments in order, following {@code next} links on the platform's hosts. */
    private static ReadPost read(Platform platform, PostSource source, String url) {
        Optional<URI> first = PostCheckJob.onHosts(platform, url);
        if (first.isEmpty()) {
            return new ReadPost(
                    url,
                    new CheckedPost(
                            PostStatus.UNKNOWN,
                            "the post URL is not an http(s) address on " + platform.name()
                                    + "'s hosts; it was not fetched"),
                    0,
                    List.of(),
                    false);
        }
        List<CommentPage.Comment> comments = new ArrayList<>();
        Set<URI> seen = new HashSet<>();
        PostOutcome status = null;
        String reason = null;
        int pages = 0;
        URI next = first.get();
        while (next != null && pages < source.maxCommentPages() && seen.add(next)) {
            CommentPage page = source.comments(next);
            pages++;
            if (status == null) {
                status = page.status();
            } else if (!(page.status() instanceof PostOutcome.Live)) {
                reason = "page " + pages + " of comments could not be read: "
                        + CheckedPost.of(page.status(), null).reason();
                break;
            }
            comments.addAll(page.comments());
            next = page.next() != null && platform.acceptsProfileUrl(page.next()) ? page.next() : null;
        }
        boolean truncated = next != null && pages >= source.maxCommentPages() && !seen.contains(next);
        CheckedPost checked = CheckedPost.of(status, null);
        if (reason != null) {
            checked = new CheckedPost(
                    checked.status(), checked.reason() == null ? reason : checked.reason() + "; " + reason);
        }
        return new ReadPost(url, checked, pages, comments, truncated);
    }
}
