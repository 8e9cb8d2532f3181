package dev.roster.adapters.http.routes.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A person with every account they hold, on every platform, and their consent forms, latest signed first
 * ({@code consentSignedOn} is the latest signature date, null without a form). {@code phone} is E.164.
 */
public record InfluencerDto(
        String id,
        String name,
        String phone,
        long version,
        List<OwnedAccountDto> accounts,
        boolean hasConsent,
        LocalDate consentSignedOn,
        List<ConsentFormDto> consentForms,
        Instant createdAt,
        Instant updatedAt) {}
