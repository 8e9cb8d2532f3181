package dev.roster.application.account;

import dev.roster.application.validation.Problems;
import dev.roster.application.validation.WebUrlValidator;
import dev.roster.domain.influencer.AccountDetails;
import dev.roster.domain.influencer.Handle;
import dev.roster.domain.platform.Platform;
import dev.roster.domain.platform.PlatformHost;
import java.net.URI;
import java.util.Optional;
import java.util.TreeSet;

/** Turns account fields, already checked against their annotations, into details fit for one platform. */
final class AccountDetailsReader {

    private AccountDetailsReader() {}

    /** The details, or {@code null} with the reasons added to {@code problems}. */
    static AccountDetails read(
            Platform platform, String handle, String profileUrl, String email, String notes, Problems problems) {
        if ((handle == null || handle.isEmpty()) && !problems.has("handle")) {
            problems.add("handle", "is required");
        }
        Handle parsedHandle = problems.value("handle", () -> Handle.of(handle));
        if (profileUrl != null && !problems.has("profileUrl")) {
            Optional<URI> url = WebUrlValidator.parse(profileUrl);
            if (url.isPresent() && !platform.acceptsProfileUrl(url.get())) {
                problems.add(
                        "profileUrl",
                        "must be on "
                                + String.join(
                                        " or ",
                                        new TreeSet<>(platform.hosts().entries().stream()
                                                .map(PlatformHost::toString)
                                                .toList()))
                                + " for " + platform.name());
            }
        }
        if (parsedHandle == null || !problems.isEmpty()) {
            return null;
        }
        return problems.value("details", () -> new AccountDetails(parsedHandle, profileUrl, email, notes));
    }
}
