package dev.roster.adapters.http.routes.dto;

import java.time.Instant;
import java.util.Map;

/** One of an influencer's accounts, as listed with the influencer. */
public record OwnedAccountDto(
        String id,
        String platform,
        String handle,
        String profileUrl,
        String email,
        String notes,
        long version,
        Map<String, Object> metrics,
        Instant createdAt,
        Instant updatedAt) {}
