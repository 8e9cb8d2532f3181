package dev.roster.application.report;

import dev.roster.application.account.AccountLookup;
import dev.roster.application.job.JobRunner;
import dev.roster.application.port.FileKey;
import dev.roster.application.port.PostSource;
import dev.roster.application.port.SheetRow;
import dev.roster.application.port.SpreadsheetReader;
import dev.roster.domain.job.Job;
import dev.roster.domain.job.JobType;
import dev.roster.domain.platform.Platform;
import dev.roster.domain.platform.PlatformCatalog;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Runs a post verification: for each row, the profile's metrics (each profile read once) and whether the post is still
 * published and public; writes the same rows with both as the result workbook ({@link PostCheckSheet}).
 */
final class PostCheckJob implements JobRunner {

    static final JobType TYPE = JobType.of("post-check");
    static final String PLATFORM = "platform";
    static final String FILE = "file";
    static final String ROWS = "rows";

    private final PlatformCatalog platforms;
    private final SpreadsheetReader reader;
    private final PostCheckSheet writer;
    private final ReportFiles files;
    private final ReportSetup setup;
    private final int maxRows;
    private final Clock clock;
    private final Executor executor;

    PostCheckJob(
            PlatformCatalog platforms,
            SpreadsheetReader reader,
            PostCheckSheet writer,
            ReportFiles files,
            ReportSetup setup,
            int maxRows,
            Clock clock,
            Executor executor) {
        this.platforms = platforms;
        this.reader = reader;
        this.writer = writer;
        this.files = files;
        this.setup = setup;
        this.maxRows = maxRows;
        this.clock = clock;
        this.executor = executor;
    }

    @Override
    public JobType type() {
        return TYPE;
    }

    @Override
    public Map<String, Object> run(Job job, Progress progress) {
        Platform platform = AccountLookup.platform(platforms, job.parameters().get(PLATFORM));
        FileKey input = FileKey.of(job.parameters().get(FILE));
        PostSheet sheet = PostSheet.read(reader, files.read(input), maxRows);
        PostSource posts = setup.posts(platform);
        ProfileMetrics profiles = setup.profiles(platform);
        List<PostCheckSheet.Row> rows = InOrder.map(
                sheet.rows(),
                row -> check(platform, sheet, row, posts, profiles),
                setup.concurrency(platform),
                executor,
                progress);
        FileKey result = files.keepResult(job.id().value() + "-post-check", writer.write(platform, sheet, rows));
        files.delete(input);
        Map<PostStatus, Long> counts = new EnumMap<>(PostStatus.class);
        rows.forEach(row -> counts.merge(row.post().status(), 1L, Long::sum));
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("total", (long) rows.size());
        for (PostStatus status : PostStatus.values()) {
            report.put(status.code(), counts.getOrDefault(status, 0L));
        }
        report.put("resultFileKey", result.value());
        return report;
    }

    private PostCheckSheet.Row check(
            Platform platform, PostSheet sheet, SheetRow row, PostSource posts, ProfileMetrics profiles) {
        List<String> notes = new ArrayList<>();
        Profile profile = Profile.NONE;
        URI profileUrl = null;
        String profileText =
                sheet.profileColumn() < 0 ? "" : row.cell(sheet.profileColumn()).strip();
        if (!profileText.isEmpty()) {
            Optional<URI> onHosts = onHosts(platform, profileText);
            if (onHosts.isPresent()) {
                profileUrl = onHosts.get();
                profile = profiles.of(profileUrl);
            } else {
                notes.add("the profile URL is not an http(s) address on " + platform.name() + "'s hosts");
            }
        }
        CheckedPost post;
        String postText = row.cell(sheet.postColumn()).strip();
        if (postText.isEmpty()) {
            post = new CheckedPost(PostStatus.UNKNOWN, "the row has no post URL");
        } else {
            Optional<URI> onHosts = onHosts(platform, postText);
            post = onHosts.isEmpty()
                    ? new CheckedPost(
                            PostStatus.UNKNOWN,
                            "the post URL is not an http(s) address on " + platform.name()
                                    + "'s hosts; it was not fetched")
                    : CheckedPost.of(posts.check(onHosts.get()), profileUrl);
        }
        if (post.reason() != null) {
            notes.add(0, post.reason());
        }
        if (profile.note() != null) {
            notes.add(profile.note());
        }
        return new PostCheckSheet.Row(
                row, profile, post, notes.isEmpty() ? null : String.join("; ", notes), clock.instant());
    }

    /** The text as a URL the platform allows: http(s), on its hosts. */
    static Optional<URI> onHosts(Platform platform, String text) {
        try {
            URI url = new URI(text);
            return platform.acceptsProfileUrl(url) ? Optional.of(url) : Optional.empty();
        } catch (URISyntaxException notAUrl) {
            return Optional.empty();
        }
    }
}
