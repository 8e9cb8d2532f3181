package dev.roster.application.consent;

import dev.roster.application.port.FileStore;
import dev.roster.application.port.PdfInspector;
import dev.roster.application.port.RosterStorage;
import dev.roster.application.validation.InputRules;
import dev.roster.domain.influencer.ConsentForm;
import java.time.Clock;
import java.util.List;

/**
 * The consent capability: file, list, download and withdraw the signed consent forms (PDFs) of a person. Needs the
 * store, the file store the PDFs are kept in, and a {@link PdfInspector}. Each method is one use case, named in its
 * Javadoc.
 */
public final class ConsentCapability {

    private final FileConsentForm file;
    private final ListConsentForms list;
    private final DownloadConsentForm download;
    private final WithdrawConsentForm withdraw;
    private final ConsentSettings settings;

    public ConsentCapability(
            InputRules rules,
            RosterStorage storage,
            FileStore files,
            PdfInspector inspector,
            ConsentSettings settings,
            Clock clock) {
        ConsentLookup lookup = new ConsentLookup(storage.influencers(), storage.consentForms());
        file = new FileConsentForm(
                rules,
                lookup,
                storage.consentForms(),
                files,
                new PdfCheck(inspector, settings.maxBytes()),
                settings,
                clock);
        list = new ListConsentForms(lookup, storage.consentForms());
        download = new DownloadConsentForm(lookup, files, settings.downloadLinkValidity(), clock);
        withdraw = new WithdrawConsentForm(lookup, storage.consentForms(), files);
        this.settings = settings;
    }

    /** The bounds of consent forms, which transports enforce at their edge too (the body size). */
    public ConsentSettings settings() {
        return settings;
    }

    /** {@link FileConsentForm#file}: files a PDF sent in the request; the new record. */
    public ConsentForm file(FileConsentFormCommand command, byte[] document) {
        return file.file(command, document);
    }

    /** {@link FileConsentForm#prepareUpload}: a link to send a PDF too large for a request body to. */
    public ConsentUpload prepareUpload(String influencerId) {
        return file.prepareUpload(influencerId);
    }

    /** {@link FileConsentForm#fileUpload}: files a PDF sent to an upload link. */
    public ConsentForm fileUpload(String uploadId, FileConsentFormCommand command) {
        return file.fileUpload(uploadId, command);
    }

    /** {@link ListConsentForms}: a person's forms, latest signed first. */
    public List<ConsentForm> list(String influencerId) {
        return list.list(influencerId);
    }

    /** {@link DownloadConsentForm}: a short-lived link to one form's PDF. */
    public ConsentDownload downloadLink(String influencerId, String formId) {
        return download.link(influencerId, formId);
    }

    /** {@link WithdrawConsentForm}: removes one form's record and its file. */
    public void withdraw(String influencerId, String formId) {
        withdraw.withdraw(influencerId, formId);
    }
}
