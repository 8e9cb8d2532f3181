package dev.roster.application.account;

import dev.roster.application.validation.EmailText;
import dev.roster.application.validation.HandleText;
import dev.roster.application.validation.Inputs;
import dev.roster.application.validation.NameText;
import dev.roster.application.validation.NotesText;
import dev.roster.application.validation.PhoneText;
import dev.roster.application.validation.Required;
import dev.roster.application.validation.WebUrl;

/**
 * What staff enter to register an account on a platform, as typed: by the API, by each row of an Excel import, or by
 * code embedding Roster. Text is trimmed; blank optional fields count as absent.
 *
 * @param platform the platform's code
 */
public record RegisterAccountCommand(
        String platform,
        @Required @NameText String name,
        @Required @PhoneText String phone,
        @Required @HandleText String handle,
        @WebUrl String profileUrl,
        @EmailText String email,
        @NotesText String notes) {

    public RegisterAccountCommand {
        name = Inputs.trim(name);
        phone = Inputs.trim(phone);
        handle = Inputs.trim(handle);
        profileUrl = Inputs.trimToNull(profileUrl);
        email = Inputs.trimToNull(email);
        notes = Inputs.trimToNull(notes);
    }
}
