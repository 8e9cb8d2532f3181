package dev.roster.application.account;

import dev.roster.application.validation.EmailText;
import dev.roster.application.validation.HandleText;
import dev.roster.application.validation.Inputs;
import dev.roster.application.validation.NotesText;
import dev.roster.application.validation.WebUrl;
import jakarta.validation.constraints.NotNull;

/**
 * A change to an account's details, made against the version the caller read. A {@code null} field stays as it is;
 * an empty one clears an optional field.
 *
 * @param expectedVersion the version the caller read; the change is refused if the account moved on since
 */
public record UpdateAccountCommand(
        String platform,
        String accountId,

        @NotNull(message = "is required: send the version you read")
        Long expectedVersion,

        @HandleText String handle,
        @WebUrl String profileUrl,
        @EmailText String email,
        @NotesText String notes) {

    public UpdateAccountCommand {
        handle = Inputs.trim(handle);
        profileUrl = Inputs.trim(profileUrl);
        email = Inputs.trim(email);
        notes = Inputs.trim(notes);
    }
}
