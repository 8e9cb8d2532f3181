package dev.roster.application.consent;

import dev.roster.application.error.NotFoundException;
import dev.roster.application.port.ConsentForms;
import dev.roster.application.port.FileKey;
import dev.roster.application.port.FileStore;
import dev.roster.domain.influencer.ConsentForm;

/**
 * Withdraws a consent form: its record, then its file. In that order, so that a record never points at a missing
 * file; a file left by a failure between the two is an orphan the sweep removes.
 */
public final class WithdrawConsentForm {

    private final ConsentLookup lookup;
    private final ConsentForms forms;
    private final FileStore files;

    WithdrawConsentForm(ConsentLookup lookup, ConsentForms forms, FileStore files) {
        this.lookup = lookup;
        this.forms = forms;
        this.files = files;
    }

    /** @throws NotFoundException when the person or the form does not exist */
    public void withdraw(String influencerId, String formId) {
        ConsentForm form = lookup.form(influencerId, formId);
        if (!forms.withdraw(form.influencerId(), form.id())) {
            throw new NotFoundException("consent form", form.id().value());
        }
        files.delete(FileKey.of(form.documentKey()));
    }
}
