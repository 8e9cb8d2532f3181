package dev.roster.adapters.http.routes;

import dev.roster.adapters.http.routes.dto.ImportQueuedDto;
import dev.roster.adapters.http.routes.dto.ImportUploadDto;
import dev.roster.adapters.http.routes.dto.ViewMapper;
import dev.roster.adapters.http.routes.problem.ProblemKind;
import dev.roster.adapters.http.routes.security.Role;
import dev.roster.application.account.AccountsCapability;
import dev.roster.application.account.SearchAccountsCommand;
import dev.roster.application.error.InvalidInputException;
import dev.roster.application.spreadsheet.ImportAccountsCommand;
import dev.roster.application.spreadsheet.ImportOutcome;
import dev.roster.application.spreadsheet.ImportUpload;
import dev.roster.application.spreadsheet.ImportUploadCommand;
import dev.roster.application.spreadsheet.SheetLanguage;
import dev.roster.application.spreadsheet.SpreadsheetsCapability;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;

/**
 * Excel in and out for one platform: upload an import (in the request, or to an upload link first), download its
 * template, export a search.
 */
final class SpreadsheetRoutes {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String MULTIPART = "multipart/form-data";
    private static final String IMPORTS = "/api/platforms/{platform}/imports";
    /** Workbooks too large for a request body (on Lambda, over ~4 MB) go to the file store first. */
    private static final String UPLOADS = IMPORTS + "/uploads";
    /** The signature of OLE2 containers: legacy .xls workbooks, and .xlsx workbooks encrypted with a password. */
    static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };

    private final SpreadsheetsCapability spreadsheets;
    private final AccountsCapability accounts;
    private final Replies replies;
    private final ViewMapper mapper;

    SpreadsheetRoutes(
            SpreadsheetsCapability spreadsheets, AccountsCapability accounts, Replies replies, ViewMapper mapper) {
        this.spreadsheets = spreadsheets;
        this.accounts = accounts;
        this.replies = replies;
        this.mapper = mapper;
    }

    List<Route> routes() {
        RequestBody upload = new RequestBody(
                List.of(XLSX, MULTIPART, "application/octet-stream"),
                spreadsheets.settings().maxUploadBytes());
        return List.of(
                new Route("POST", PathTemplate.of(IMPORTS), Access.needs(Role.EDITOR), upload, this::importFile),
                new Route(
                        "POST",
                        PathTemplate.of(UPLOADS),
                        Access.needs(Role.EDITOR),
                        RequestBody.none(),
                        this::prepareUpload),
                new Route(
                        "POST",
                        PathTemplate.of(UPLOADS + "/{uploadId}"),
                        Access.needs(Role.EDITOR),
                        RequestBody.none(),
                        this::importUpload),
                Route.get(IMPORTS + "/template", Access.needs(Role.VIEWER), this::template),
                Route.get("/api/platforms/{platform}/exports", Access.needs(Role.VIEWER), this::export));
    }

    private ApiResponse importFile(ApiCall call) {
        boolean upsert = upsert(call);
        byte[] workbook = workbook(call.request());
        if (startsWith(workbook, OLE2)) {
            return replies.problem(ProblemKind.UNSUPPORTED_MEDIA_TYPE.document(
                    "This is a legacy .xls workbook or a "
                            + "password-protected one. Save it in Excel as Excel Workbook (.xlsx) without a password and upload "
                            + "it again.",
                    call.requestId()));
        }
        return reply(spreadsheets.importFile(new ImportAccountsCommand(call.path("platform"), workbook, upsert)));
    }

    private ApiResponse prepareUpload(ApiCall call) {
        ImportUpload upload = spreadsheets.prepareUpload(call.path("platform"));
        String importPath = UPLOADS.replace("{platform}", call.path("platform")) + "/" + upload.uploadId();
        return replies.uploadLink(upload.uploadId(), upload.link(), importPath, ImportUploadDto::new);
    }

    private ApiResponse importUpload(ApiCall call) {
        return reply(spreadsheets.importUpload(
                new ImportUploadCommand(call.path("platform"), call.path("uploadId"), upsert(call))));
    }

    /** An import's {@code upsert} switch, off unless asked for; a malformed one is refused before anything is read. */
    private static boolean upsert(ApiCall call) {
        QueryParameters query = new QueryParameters(call.request());
        Boolean upsert = query.yesNo("upsert");
        query.requireValid();
        return Boolean.TRUE.equals(upsert);
    }

    private ApiResponse reply(ImportOutcome outcome) {
        if (outcome instanceof ImportOutcome.Queued queued) {
            return replies.accepted(
                    JobRoutes.location(queued.job().value()),
                    new ImportQueuedDto(queued.job().value(), queued.rows()));
        }
        return replies.ok(mapper.toDto(((ImportOutcome.Imported) outcome).report()));
    }

    private ApiResponse template(ApiCall call) {
        SheetLanguage language = language(call.request());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        spreadsheets.template(call.path("platform"), language, out);
        return Replies.file(
                XLSX, "roster-import-" + call.path("platform") + "-" + language.code() + ".xlsx", out.toByteArray());
    }

    private ApiResponse export(ApiCall call) {
        QueryParameters query = new QueryParameters(call.request());
        SearchAccountsCommand filters = new SearchAccountsCommand(
                call.path("platform"),
                query.text("q"),
                query.wholeNumber("minFollowers"),
                query.yesNo("hasConsent"),
                query.text("sort"),
                null,
                null);
        SheetLanguage language = language(call.request());
        query.read(() -> accounts.query(filters));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        spreadsheets.export(filters, language, out);
        return Replies.file(XLSX, "roster-accounts-" + call.path("platform") + ".xlsx", out.toByteArray());
    }

    /** The workbook of a raw body, or of the {@code file} part of a form. */
    static byte[] workbook(ApiRequest request) {
        String type = request.headers().first("Content-Type").orElse("");
        byte[] workbook = type.toLowerCase(Locale.ROOT).startsWith(MULTIPART)
                ? MultipartForm.part(type, request.body(), "file")
                : request.body();
        if (workbook.length == 0) {
            throw InvalidInputException.of(
                    "file", "is empty: send an .xlsx workbook as the body or the form's " + "\"file\" part");
        }
        return workbook;
    }

    private static SheetLanguage language(ApiRequest request) {
        String code = request.queryParam("lang").orElse("en");
        return SheetLanguage.parse(code).orElseThrow(() -> InvalidInputException.of("lang", "must be en or ko"));
    }

    static boolean startsWith(byte[] body, byte[] prefix) {
        if (body.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (body[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
