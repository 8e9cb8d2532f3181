package dev.roster.adapters.http.routes;

import dev.roster.adapters.http.routes.dto.ImportUploadDto;
import dev.roster.adapters.http.routes.dto.JobQueuedDto;
import dev.roster.adapters.http.routes.problem.ProblemKind;
import dev.roster.adapters.http.routes.security.Role;
import dev.roster.application.port.UploadLink;
import dev.roster.application.report.ReportsCapability;
import dev.roster.application.spreadsheet.ImportUpload;
import dev.roster.domain.job.JobId;
import java.util.List;

/**
 * Campaign reports on one platform, each taken as a job followed at {@code /api/jobs/{id}}: post verification of a
 * workbook sent in the request (raw or as the form's {@code file}) or to an upload link first.
 */
final class ReportRoutes {

    private static final String POST_CHECKS = "/api/platforms/{platform}/post-checks";
    private static final String POST_CHECK_UPLOADS = POST_CHECKS + "/uploads";

    private final ReportsCapability reports;
    private final Replies replies;
    private final long maxUploadBytes;

    ReportRoutes(ReportsCapability reports, Replies replies, long maxUploadBytes) {
        this.reports = reports;
        this.replies = replies;
        this.maxUploadBytes = maxUploadBytes;
    }

    List<Route> routes() {
        RequestBody upload = new RequestBody(List.of(SpreadsheetRoutes.XLSX, SpreadsheetRoutes.MULTIPART,
                "application/octet-stream"), maxUploadBytes);
        return List.of(
                new Route("POST", PathTemplate.of(POST_CHECKS), Access.needs(Role.EDITOR), upload, this::checkPosts),
                new Route("POST", PathTemplate.of(POST_CHECK_UPLOADS), Access.needs(Role.EDITOR), RequestBody.none(),
                        this::preparePostCheckUpload),
                new Route("POST", PathTemplate.of(POST_CHECK_UPLOADS + "/{uploadId}"), Access.needs(Role.EDITOR),
                        RequestBody.none(), call -> queued(reports.checkPostUpload(call.path("platform"),
                                call.path("uploadId")))));
    }

    private ApiResponse checkPosts(ApiCall call) {
        byte[] workbook = SpreadsheetRoutes.workbook(call.request());
        if (SpreadsheetRoutes.startsWith(workbook, SpreadsheetRoutes.OLE2)) {
            return replies.problem(ProblemKind.UNSUPPORTED_MEDIA_TYPE.document("This is a legacy .xls workbook or a "
                    + "password-protected one. Save it in Excel as Excel Workbook (.xlsx) without a password and upload "
                    + "it again.", call.requestId()));
        }
        return queued(reports.checkPosts(call.path("platform"), workbook));
    }

    private ApiResponse preparePostCheckUpload(ApiCall call) {
        ImportUpload upload = reports.preparePostCheckUpload(call.path("platform"));
        String checkPath = POST_CHECK_UPLOADS.replace("{platform}", call.path("platform")) + "/" + upload.uploadId();
        UploadLink link = upload.link();
        return replies.created(checkPath, new ImportUploadDto(upload.uploadId(), link.url().toString(), link.method(),
                link.headers(), link.expiresAt(), checkPath));
    }

    private ApiResponse queued(JobId job) {
        return replies.accepted(JobRoutes.location(job.value()), new JobQueuedDto(job.value()));
    }
}
