package dev.roster.application.report;

import dev.roster.application.collection.CollectionSetup;
import dev.roster.application.job.JobRunner;
import dev.roster.application.port.PostSource;
import dev.roster.application.port.RosterStorage;
import dev.roster.application.spreadsheet.ImportSettings;
import dev.roster.application.spreadsheet.ImportUpload;
import dev.roster.application.spreadsheet.SheetLanguage;
import dev.roster.application.spreadsheet.SpreadsheetPorts;
import dev.roster.domain.job.JobId;
import dev.roster.domain.platform.PlatformCatalog;
import dev.roster.domain.platform.PlatformCode;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * The reports capability: campaign reports read from the platforms' pages, each run as a job whose result is a
 * workbook. Post verification (are the posts influencers were paid for still published and public?) and comment
 * analysis (every comment of some posts, its commenter's metrics and the URLs written in it). Needs the
 * spreadsheet ports, the platforms' post sources, and the collection setup whose rate limits it shares. Each method is
 * one use case, named in its Javadoc.
 */
public final class ReportsCapability {

    private final CheckPosts checkPosts;
    private final PostCheckJob postCheckJob;
    private final AnalyseComments analyseComments;
    private final CommentAnalysisJob commentAnalysisJob;

    /** @param executor reads a report's pages, up to the platform's concurrency at once */
    public ReportsCapability(
            PlatformCatalog platforms,
            RosterStorage storage,
            SpreadsheetPorts ports,
            CollectionSetup collection,
            Map<PlatformCode, PostSource> posts,
            ImportSettings settings,
            Clock clock,
            Executor executor) {
        ReportFiles files = new ReportFiles(ports.files(), settings.maxUploadBytes(), clock);
        ReportSetup setup = new ReportSetup(collection, posts, storage.accountSearch(), clock);
        checkPosts = new CheckPosts(
                platforms, ports.reader(), files, storage.jobs(), ports.queue(), settings.maxRows(), clock);
        postCheckJob = new PostCheckJob(
                platforms,
                ports.reader(),
                new PostCheckSheet(ports.writer()),
                files,
                setup,
                settings.maxRows(),
                clock,
                executor);
        analyseComments = new AnalyseComments(platforms, ports.reader(), files, storage.jobs(), ports.queue(), clock);
        commentAnalysisJob =
                new CommentAnalysisJob(platforms, new CommentSheets(ports.writer()), files, setup, executor);
    }

    /** {@link CheckPosts#checkFile}: queues a post verification of a workbook sent in the request. */
    public JobId checkPosts(String platform, byte[] workbook) {
        return checkPosts.checkFile(platform, workbook);
    }

    /** {@link CheckPosts#prepareUpload}: a link to send a workbook too large for a request body to. */
    public ImportUpload preparePostCheckUpload(String platform) {
        return checkPosts.prepareUpload(platform);
    }

    /** {@link CheckPosts#checkUpload}: queues a post verification of a workbook sent to an upload link. */
    public JobId checkPostUpload(String platform, String uploadId) {
        return checkPosts.checkUpload(platform, uploadId);
    }

    /** {@link AnalyseComments#analyse}: queues a comment analysis of a list of posts. */
    public JobId analyseComments(String platform, List<String> posts, SheetLanguage language) {
        return analyseComments.analyse(platform, posts, language);
    }

    /** {@link AnalyseComments#analyseFile}: queues a comment analysis of the posts of a workbook. */
    public JobId analyseCommentsFile(String platform, byte[] workbook) {
        return analyseComments.analyseFile(platform, workbook);
    }

    /** The runners of the reports' jobs, for the jobs capability. */
    public List<JobRunner> runners() {
        return List.of(postCheckJob, commentAnalysisJob);
    }
}
