package dev.roster.adapters.http.routes;

import dev.roster.adapters.http.routes.dto.ConsentUploadDto;
import dev.roster.adapters.http.routes.dto.DownloadLinkDto;
import dev.roster.adapters.http.routes.dto.ItemsDto;
import dev.roster.adapters.http.routes.dto.ViewMapper;
import dev.roster.adapters.http.routes.json.JsonCodec;
import dev.roster.adapters.http.routes.json.JsonFields;
import dev.roster.adapters.http.routes.security.Role;
import dev.roster.application.consent.ConsentCapability;
import dev.roster.application.consent.ConsentDownload;
import dev.roster.application.consent.ConsentUpload;
import dev.roster.application.consent.FileConsentFormCommand;
import dev.roster.application.error.InvalidInputException;
import dev.roster.domain.influencer.ConsentForm;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A person's consent forms: file one (a PDF in the request, or sent to an upload link first), list them, download one
 * through a short-lived link, withdraw one.
 */
final class ConsentRoutes {

    static final String FORMS = "/api/influencers/{id}/consent-forms";
    private static final String FORM = FORMS + "/{formId}";
    /** PDFs too large for a request body (on Lambda, over ~4 MB) go to the file store first. */
    private static final String UPLOADS = FORMS + "/uploads";

    private static final String PDF = "application/pdf";
    private static final String MULTIPART = "multipart/form-data";
    /** What a form's other fields and part headers add to the PDF, at most. */
    private static final long FORM_OVERHEAD = 64 * 1024;

    private static final Set<String> UPLOAD_FIELDS = Set.of("signedOn", "note", "fileName");

    private final ConsentCapability consent;
    private final JsonCodec json;
    private final Replies replies;
    private final ViewMapper mapper;

    ConsentRoutes(ConsentCapability consent, JsonCodec json, Replies replies, ViewMapper mapper) {
        this.consent = consent;
        this.json = json;
        this.replies = replies;
        this.mapper = mapper;
    }

    List<Route> routes() {
        RequestBody document = new RequestBody(
                List.of(PDF, MULTIPART, "application/octet-stream"),
                consent.settings().maxBytes() + FORM_OVERHEAD);
        return List.of(
                new Route("POST", PathTemplate.of(FORMS), Access.needs(Role.EDITOR), document, this::file),
                Route.get(FORMS, Access.needs(Role.VIEWER), this::list),
                Route.get(FORM + "/file", Access.needs(Role.VIEWER), this::download),
                Route.delete(FORM, Access.needs(Role.ADMIN), this::withdraw),
                new Route(
                        "POST",
                        PathTemplate.of(UPLOADS),
                        Access.needs(Role.EDITOR),
                        RequestBody.none(),
                        this::prepareUpload),
                Route.withJson("POST", UPLOADS + "/{uploadId}", Access.needs(Role.EDITOR), this::fileUpload));
    }

    /** A multipart form ({@code file}, {@code signedOn}, {@code note}), or the PDF itself with the rest as parameters. */
    private ApiResponse file(ApiCall call) {
        ApiRequest request = call.request();
        String type = request.headers().first("Content-Type").orElse("");
        if (type.toLowerCase(Locale.ROOT).startsWith(MULTIPART)) {
            Map<String, MultipartForm.Part> form = MultipartForm.parts(type, request.body(), "file");
            MultipartForm.Part file = form.get("file");
            if (file == null) {
                throw InvalidInputException.of("file", "is missing: send the signed PDF as the form's \"file\" part");
            }
            return created(
                    call,
                    consent.file(
                            command(call, text(form, "signedOn"), text(form, "note"), file.fileName()),
                            file.content()));
        }
        return created(
                call,
                consent.file(
                        command(
                                call,
                                request.queryParam("signedOn").orElse(null),
                                request.queryParam("note").orElse(null),
                                request.queryParam("fileName").orElse(null)),
                        request.body()));
    }

    private ApiResponse list(ApiCall call) {
        return replies.ok(new ItemsDto<>(mapper.toConsentDtos(consent.list(call.path("id")))));
    }

    /** A 302 to a short-lived link, or the link itself for a client that asks for JSON. */
    private ApiResponse download(ApiCall call) {
        ConsentDownload link = consent.downloadLink(call.path("id"), call.path("formId"));
        if (wantsJson(call.request())) {
            return replies.ok(new DownloadLinkDto(link.url().toString(), link.expiresAt()))
                    .withHeader("Cache-Control", "private, no-store");
        }
        return new ApiResponse(
                302, Map.of("Location", link.url().toString(), "Cache-Control", "private, no-store"), new byte[0]);
    }

    private ApiResponse withdraw(ApiCall call) {
        consent.withdraw(call.path("id"), call.path("formId"));
        return ApiResponse.noContent();
    }

    private ApiResponse prepareUpload(ApiCall call) {
        ConsentUpload upload = consent.prepareUpload(call.path("id"));
        String filePath = UPLOADS.replace("{id}", call.path("id")) + "/" + upload.uploadId();
        return replies.uploadLink(upload.uploadId(), upload.link(), filePath, ConsentUploadDto::new);
    }

    private ApiResponse fileUpload(ApiCall call) {
        JsonFields body = json.readObject(call.request().body()).only(UPLOAD_FIELDS);
        FileConsentFormCommand command = command(call, body.text("signedOn"), body.text("note"), body.text("fileName"));
        body.done();
        return created(call, consent.fileUpload(call.path("uploadId"), command));
    }

    private static FileConsentFormCommand command(ApiCall call, String signedOn, String note, String fileName) {
        return new FileConsentFormCommand(
                call.path("id"), signedOn, note, fileName, call.caller().subject());
    }

    private ApiResponse created(ApiCall call, ConsentForm form) {
        return replies.created(
                FORMS.replace("{id}", call.path("id")) + "/" + form.id().value(), mapper.toDto(form));
    }

    private static String text(Map<String, MultipartForm.Part> form, String name) {
        MultipartForm.Part part = form.get(name);
        return part == null ? null : part.text();
    }

    private static boolean wantsJson(ApiRequest request) {
        return request.headers()
                .first("Accept")
                .map(accept -> accept.toLowerCase(Locale.ROOT).contains("application/json"))
                .orElse(false);
    }
}
