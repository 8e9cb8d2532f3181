package dev.roster.adapters.http.routes.dto;

import java.time.Instant;
import java.util.List;

/** A person with every account they hold, on every platform. {@code phone} is E.164. */
public record InfluencerDto(
        String id,
        String name,
        String phone,
        long version,
        List<OwnedAccountDto> accounts,
        boolean hasConsent,
        List<ConsentFormDto> consentForms,
        Instant createdAt,
        Instant updatedAt) {
}
