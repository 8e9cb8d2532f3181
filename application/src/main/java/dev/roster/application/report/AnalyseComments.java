package dev.roster.application.report;

import dev.roster.application.account.AccountLookup;
import dev.roster.application.error.InvalidInputException;
import dev.roster.application.port.JobQueue;
import dev.roster.application.port.Jobs;
import dev.roster.application.port.SpreadsheetReader;
import dev.roster.application.spreadsheet.SheetLanguage;
import dev.roster.domain.job.Job;
import dev.roster.domain.job.JobId;
import dev.roster.domain.platform.Platform;
import dev.roster.domain.platform.PlatformCatalog;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Starts a comment analysis of one or more posts, given as a list or as a workbook with a "Post URL" column: keeps the
 * list where any worker reads it and queues the job that reads every comment ({@link CommentAnalysisJob}).
 */
public final class AnalyseComments {

    /** Posts one analysis reads at most: each may take {@code maxPages} requests, and its commenters one each. */
    public static final int MAX_POSTS = 500;

    private final PlatformCatalog platforms;
    private final SpreadsheetReader reader;
    private final ReportFiles files;
    private final Jobs jobs;
    private final JobQueue queue;
    private final Clock clock;

    AnalyseComments(
            PlatformCatalog platforms,
            SpreadsheetReader reader,
            ReportFiles files,
            Jobs jobs,
            JobQueue queue,
            Clock clock) {
        this.platforms = platforms;
        this.reader = reader;
        this.files = files;
        this.jobs = jobs;
        this.queue = queue;
        this.clock = clock;
    }

    /**
     * @param posts    the posts' URLs; each is read once however often it is given
     * @param language of the result workbook's labels; {@code null} for English
     * @throws dev.roster.application.error.NotFoundException when the platform is unknown
     * @throws InvalidInputException when there is no post, more than {@value #MAX_POSTS}, or one is blank
     */
    public JobId analyse(String platform, List<String> posts, SheetLanguage language) {
        Platform known = AccountLookup.platform(platforms, platform);
        if (posts == null || posts.isEmpty()) {
            throw InvalidInputException.of("posts", "must list at least one post URL");
        }
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        for (int i = 0; i < posts.size(); i++) {
            String post = posts.get(i);
            if (post == null || post.isBlank()) {
                throw InvalidInputException.of("posts[" + i + "]", "is empty: give each post's URL");
            }
            distinct.add(post.strip());
        }
        if (distinct.size() > MAX_POSTS) {
            throw InvalidInputException.of(
                    "posts", "lists " + distinct.size() + " posts; one analysis reads at most " + MAX_POSTS);
        }
        Instant now = clock.instant();
        JobId id = JobId.next(now);
        var input = files.keepPosts(id.value(), List.copyOf(distinct));
        jobs.create(Job.queue(
                id,
                CommentAnalysisJob.TYPE,
                Map.of(
                        CommentAnalysisJob.PLATFORM,
                        known.code().value(),
                        CommentAnalysisJob.FILE,
                        input.value(),
                        CommentAnalysisJob.LANGUAGE,
                        Objects.requireNonNullElse(language, SheetLanguage.ENGLISH)
                                .code(),
                        CommentAnalysisJob.ROWS,
                        Integer.toString(distinct.size())),
                now));
        queue.enqueue(id);
        return id;
    }

    /** As {@link #analyse}, the posts being the "Post URL" column of a workbook, its labels' language the result's. */
    public JobId analyseFile(String platform, byte[] workbook) {
        AccountLookup.platform(platforms, platform);
        PostSheet sheet = PostSheet.read(reader, workbook, MAX_POSTS);
        List<String> posts = new ArrayList<>();
        sheet.rows().forEach(row -> {
            String post = row.cell(sheet.postColumn()).strip();
            if (!post.isEmpty()) {
                posts.add(post);
            }
        });
        if (posts.isEmpty()) {
            throw InvalidInputException.of("file", "has no post URL under its " + PostSheet.POST_LABEL + " column");
        }
        return analyse(platform, posts, sheet.language());
    }
}
