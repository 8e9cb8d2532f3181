package dev.roster.adapters.http.routes;

import dev.roster.adapters.http.routes.dto.ImportUploadDto;
import dev.roster.adapters.http.routes.dto.JobQueuedDto;
import dev.roster.adapters.http.routes.json.JsonCodec;
import dev.roster.adapters.http.routes.json.JsonFields;
import dev.roster.adapters.http.routes.problem.ProblemKind;
import dev.roster.adapters.http.routes.security.Role;
import dev.roster.application.error.InvalidInputException;
import dev.roster.application.report.ReportsCapability;
import dev.roster.application.spreadsheet.ImportUpload;
import dev.roster.application.spreadsheet.SheetLanguage;
import dev.roster.domain.job.JobId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Campaign reports on one platform, each taken as a job followed at {@code /api/jobs/{id}}: post verification of a
 * workbook sent in the request (raw or as the form's {@code file}) or to an upload link first; comment analysis of a
 * list of posts or a workbook of them.
 */
final class ReportRoutes {

    private static final String POST_CHECKS = "/api/platforms/{platform}/post-checks";
    private static final String POST_CHECK_UPLOADS = POST_CHECKS + "/uploads";
    private static final String COMMENT_ANALYSES = "/api/platforms/{platform}/comment-analyses";
    private static final String JSON = "application/json";

    private final ReportsCapability reports;
    private final JsonCodec json;
    private final Replies replies;
    private final long maxUploadBytes;

    ReportRoutes(ReportsCapability reports, JsonCodec json, Replies replies, long maxUploadBytes) {
        this.reports = reports;
        this.json = json;
        this.replies = replies;
        this.maxUploadBytes = maxUploadBytes;
    }

    List<Route> routes() {
        RequestBody upload = new RequestBody(
                List.of(SpreadsheetRoutes.XLSX, SpreadsheetRoutes.MULTIPART, "application/octet-stream"),
                maxUploadBytes);
        return List.of(
                new Route("POST", PathTemplate.of(POST_CHECKS), Access.needs(Role.EDITOR), upload, this::checkPosts),
                new Route(
                        "POST",
                        PathTemplate.of(POST_CHECK_UPLOADS),
                        Access.needs(Role.EDITOR),
                        RequestBody.none(),
                        this::preparePostCheckUpload),
                new Route(
                        "POST",
                        PathTemplate.of(POST_CHECK_UPLOADS + "/{uploadId}"),
                        Access.needs(Role.EDITOR),
                        RequestBody.none(),
                        call -> queued(reports.checkPostUpload(call.path("platform"), call.path("uploadId")))),
                new Route(
                        "POST",
                        PathTemplate.of(COMMENT_ANALYSES),
                        Access.needs(Role.EDITOR),
                        new RequestBody(
                                List.of(
                                        JSON,
                                        SpreadsheetRoutes.XLSX,
                                        SpreadsheetRoutes.MULTIPART,
                                        "application/octet-stream"),
                                maxUploadBytes),
                        this::analyseComments));
    }

    /** {@code {"posts": [...]}} (labels in {@code lang}), or a workbook with a "Post URL" column. */
    private ApiResponse analyseComments(ApiCall call) {
        String type = call.request().headers().first("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        if (!type.startsWith(JSON)) {
            return checked(call, workbook -> reports.analyseCommentsFile(call.path("platform"), workbook));
        }
        if (call.request().body().length > RequestBody.JSON_MAX_BYTES) {
            throw InvalidInputException.of(
                    "posts",
                    "a list of posts is at most " + RequestBody.JSON_MAX_BYTES
                            + " bytes of JSON; send more as a workbook");
        }
        QueryParameters query = new QueryParameters(call.request());
        String lang = query.text("lang");
        query.requireValid();
        SheetLanguage language = lang == null
                ? SheetLanguage.ENGLISH
                : SheetLanguage.parse(lang).orElseThrow(() -> InvalidInputException.of("lang", "must be en or ko"));
        JsonFields body = json.readObject(call.request().body()).only(Set.of("posts"));
        List<String> posts = body.texts("posts");
        body.done();
        return queued(reports.analyseComments(call.path("platform"), posts, language));
    }

    private ApiResponse checkPosts(ApiCall call) {
        return checked(call, workbook -> reports.checkPosts(call.path("platform"), workbook));
    }

    /** Starts a report of the request's workbook (raw or the form's {@code file}), refusing a legacy one plainly. */
    private ApiResponse checked(ApiCall call, Function<byte[], JobId> start) {
        byte[] workbook = SpreadsheetRoutes.workbook(call.request());
        if (SpreadsheetRoutes.startsWith(workbook, SpreadsheetRoutes.OLE2)) {
            return replies.problem(ProblemKind.UNSUPPORTED_MEDIA_TYPE.document(
                    "This is a legacy .xls workbook or a "
                            + "password-protected one. Save it in Excel as Excel Workbook (.xlsx) without a password and upload "
                            + "it again.",
                    call.requestId()));
        }
        return queued(start.apply(workbook));
    }

    private ApiResponse preparePostCheckUpload(ApiCall call) {
        ImportUpload upload = reports.preparePostCheckUpload(call.path("platform"));
        String checkPath = POST_CHECK_UPLOADS.replace("{platform}", call.path("platform")) + "/" + upload.uploadId();
        return replies.uploadLink(upload.uploadId(), upload.link(), checkPath, ImportUploadDto::new);
    }

    private ApiResponse queued(JobId job) {
        return replies.accepted(JobRoutes.location(job.value()), new JobQueuedDto(job.value()));
    }
}
