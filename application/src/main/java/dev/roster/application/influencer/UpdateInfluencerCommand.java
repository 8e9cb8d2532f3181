package dev.roster.application.influencer;

import dev.roster.application.validation.Inputs;
import dev.roster.application.validation.NameText;
import dev.roster.application.validation.PhoneText;
import jakarta.validation.constraints.NotNull;

/**
 * A change to a person's name or phone number, made against the version the caller read. A {@code null} field stays
 * as it is.
 */
public record UpdateInfluencerCommand(
        String influencerId,

        @NotNull(message = "is required: send the version you read")
        Long expectedVersion,

        @NameText String name,
        @PhoneText String phone) {

    public UpdateInfluencerCommand {
        name = Inputs.trim(name);
        phone = Inputs.trim(phone);
    }
}
