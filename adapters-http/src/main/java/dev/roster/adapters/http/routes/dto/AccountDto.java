package dev.roster.adapters.http.routes.dto;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An account as the API shows it: its details, its influencer, the influencer's accounts on other platforms, and the
 * latest metrics by name with {@code collectedAt} ({@code null} before the first collection).
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
        Map<String, Object> metrics,
        Instant createdAt,
        Instant updatedAt) {
}
