package dev.roster.application.consent;

import dev.roster.application.validation.Inputs;
import dev.roster.domain.influencer.ConsentForm;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Filing a signed consent form for a person: the PDF comes beside it (in the request, or at an upload link).
 *
 * @param signedOn the date on the signature, as ISO {@code yyyy-MM-dd}
 * @param fileName the name the PDF was uploaded under; a path is cut to its last segment, nothing gives
 *                 {@code consent.pdf}
 * @param filedBy  who files it (the caller's name or subject), or null
 */
public record FileConsentFormCommand(
        String influencerId,

        @NotNull(message = "is required: the date on the signature, such as 2026-12-07")
        String signedOn,

        @Size(max = ConsentForm.MAX_NOTE_LENGTH, message = "must be at most {max} characters")
        @Pattern(
                regexp = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*",
                message = "must not contain control characters other than line breaks and tabs")
        String note,

        String fileName,
        String filedBy) {

    static final String DEFAULT_FILE_NAME = "consent.pdf";

    public FileConsentFormCommand {
        signedOn = Inputs.trimToNull(signedOn);
        note = Inputs.trimToNull(note);
        fileName = fileNameOf(fileName);
        filedBy = filedBy == null ? null : truncate(Inputs.trimToNull(filedBy), ConsentForm.MAX_FILED_BY_LENGTH);
    }

    /** What a browser or client sent as the name, as a plain name: no path, no control characters, not too long. */
    private static String fileNameOf(String given) {
        if (given == null) {
            return DEFAULT_FILE_NAME;
        }
        String name = given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "");
        name = Inputs.trimToNull(name);
        return name == null ? DEFAULT_FILE_NAME : truncate(name, ConsentForm.MAX_FILE_NAME_LENGTH);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
