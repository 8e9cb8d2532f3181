package dev.roster.application.consent;

import dev.roster.application.error.InvalidInputException;
import dev.roster.application.error.NotFoundException;
import dev.roster.application.port.ConsentForms;
import dev.roster.application.port.FileKey;
import dev.roster.application.port.FileStore;
import dev.roster.application.port.PdfFacts;
import dev.roster.application.port.StoredFile;
import dev.roster.application.validation.InputRules;
import dev.roster.application.validation.Problems;
import dev.roster.domain.identity.TimeOrderedUuid;
import dev.roster.domain.influencer.ConsentForm;
import dev.roster.domain.influencer.ConsentFormId;
import dev.roster.domain.influencer.InfluencerId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;

/**
 * Files a person's signed consent form: checks the PDF, stores it, then writes its record. The file is stored before
 * the record, so a record never points at a missing file; a file whose record was never written is an orphan the
 * store's sweep (S3's lifecycle rule) removes.
 */
public final class FileConsentForm {

    /** The earliest signature date taken: older is a typing mistake. */
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    /** Today ends last at UTC+14; a form signed "today" anywhere is never in the future. */
    private static final ZoneOffset LAST_TIME_ZONE = ZoneOffset.ofHours(14);

    private static final String PDF = "application/pdf";
    /** Where filed PDFs are kept: S3 keeps this prefix for good, moving it to Standard-IA (deploy/terraform). */
    public static final String DOCUMENT_PREFIX = "consent/";
    /** Where uploads wait to be filed: a prefix the file store expires, so one never filed goes by itself. */
    public static final String UPLOAD_PREFIX = "uploads/consent/";

    private final InputRules rules;
    private final ConsentLookup lookup;
    private final ConsentForms forms;
    private final FileStore files;
    private final PdfCheck check;
    private final ConsentSettings settings;
    private final Clock clock;

    FileConsentForm(
            InputRules rules,
            ConsentLookup lookup,
            ConsentForms forms,
            FileStore files,
            PdfCheck check,
            ConsentSettings settings,
            Clock clock) {
        this.rules = rules;
        this.lookup = lookup;
        this.forms = forms;
        this.files = files;
        this.check = check;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * @throws NotFoundException when the person does not exist
     * @throws InvalidInputException when the date or note break the rules
     * @throws dev.roster.application.error.RejectedFileException when the PDF is too large or not a PDF
     */
    public ConsentForm file(FileConsentFormCommand command, byte[] document) {
        LocalDate signedOn = signedOn(command);
        InfluencerId person = lookup.person(command.influencerId());
        return store(person, ConsentFormId.next(clock.instant()), command, signedOn, document);
    }

    /**
     * A link to PUT a PDF too large for a request body to, and the id to file it by with {@link #fileUpload}.
     *
     * @throws NotFoundException when the person does not exist
     */
    public ConsentUpload prepareUpload(String influencerId) {
        lookup.person(influencerId);
        String id = TimeOrderedUuid.next(clock.instant());
        return new ConsentUpload(id, files.uploadLink(uploadKey(id), PDF, settings.uploadLinkValidity()));
    }

    /**
     * Files the PDF sent to a link of {@link #prepareUpload}, as {@link #file} files one sent in the request; the
     * upload itself is removed once filed or refused.
     *
     * @throws NotFoundException when the person does not exist, or nothing was uploaded under that id
     */
    public ConsentForm fileUpload(String uploadId, FileConsentFormCommand command) {
        if (!TimeOrderedUuid.isCanonical(uploadId)) {
            throw InvalidInputException.of("uploadId", "is not an upload id this server handed out");
        }
        LocalDate signedOn = signedOn(command);
        InfluencerId person = lookup.person(command.influencerId());
        FileKey upload = uploadKey(uploadId);
        try {
            return store(person, new ConsentFormId(uploadId), command, signedOn, read(upload, uploadId));
        } finally {
            files.delete(upload);
        }
    }

    private byte[] read(FileKey upload, String uploadId) {
        try (StoredFile stored = files.open(upload).orElseThrow(() -> new NotFoundException("upload", uploadId))) {
            check.requireSize(stored.length());
            return stored.content().readNBytes((int) Math.min(stored.length(), settings.maxBytes() + 1));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private ConsentForm store(
            InfluencerId person,
            ConsentFormId id,
            FileConsentFormCommand command,
            LocalDate signedOn,
            byte[] document) {
        PdfFacts facts = check.check(document);
        FileKey key = documentKey(person, id);
        files.put(key, PDF, new ByteArrayInputStream(document), document.length);
        ConsentForm form = new ConsentForm(
                id,
                person,
                key.value(),
                command.fileName(),
                document.length,
                sha256(document),
                signedOn,
                clock.instant(),
                command.filedBy(),
                command.note(),
                facts.activeContent());
        try {
            forms.record(form);
        } catch (RuntimeException notRecorded) {
            // The person went away meanwhile, or the store failed: the file must not outlive its record.
            files.delete(key);
            throw notRecorded;
        }
        return form;
    }

    private LocalDate signedOn(FileConsentFormCommand command) {
        Problems problems = rules.check(command);
        LocalDate date = null;
        if (!problems.has("signedOn")) {
            try {
                date = LocalDate.parse(command.signedOn());
                if (date.isBefore(EARLIEST)) {
                    problems.add("signedOn", "must be " + EARLIEST + " or later");
                } else if (date.isAfter(clock.instant().atOffset(LAST_TIME_ZONE).toLocalDate())) {
                    problems.add("signedOn", "must not be in the future");
                }
            } catch (DateTimeParseException notADate) {
                problems.add("signedOn", "must be a date as yyyy-MM-dd, such as 2026-12-07");
            }
        }
        problems.throwIfAny();
        return date;
    }

    /** Where a filed PDF is kept: under {@code consent/}, which S3 keeps for good (moving it to Standard-IA). */
    static FileKey documentKey(InfluencerId person, ConsentFormId id) {
        return FileKey.of(DOCUMENT_PREFIX + person.value() + "/" + id.value() + ".pdf");
    }

    /** Uploads wait under {@code uploads/}, which the file store expires: one never filed goes by itself. */
    private static FileKey uploadKey(String id) {
        return FileKey.of(UPLOAD_PREFIX + id + ".pdf");
    }

    private static String sha256(byte[] document) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(document));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }
}
