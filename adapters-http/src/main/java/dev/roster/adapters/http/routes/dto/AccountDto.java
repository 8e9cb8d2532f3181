package dev.roster.adapters.http.routes.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An account as the API shows it: its details, its influencer, the influencer's accounts on other platforms, and the
 * influencer's consent ({@code hasConsent}, and {@code consentSignedOn}: the latest signature date), the
 * latest metrics by name with {@code collectedAt} ({@code null} before the first collection), and the last failed
 * collection while it is newer than those metrics ({@code null} otherwise, and in search results).
 */
public record AccountDto(
        String id,
        String platform,
        String handle,
        String profileUrl,
        String email,
        String notes,
        long version,
        PersonDto influencer,
        List<AccountRefDto> otherAccounts,
        boolean hasConsent,
        LocalDate consentSignedOn,
        Map<String, Object> metrics,
        Instant createdAt,
        Instant updatedAt,
        LastCollectionDto lastCollection) {

    /** This account with its last failed collection shown. */
    public AccountDto withLastCollection(LastCollectionDto failure) {
        return new AccountDto(
                id,
                platform,
                handle,
                profileUrl,
                email,
                notes,
                version,
                influencer,
                otherAccounts,
                hasConsent,
                consentSignedOn,
                metrics,
                createdAt,
                updatedAt,
                failure);
    }
}
