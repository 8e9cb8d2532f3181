package dev.roster.adapters.http.routes.dto;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of {@code PATCH /api/platforms/{platform}/accounts/{id}}: the version read and the fields to change. Fields
 * left {@code null} are not sent and stay as they are; an empty string (or JSON {@code null}) clears one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccountChanges(Long version, String handle, String profileUrl, String email, String notes) {}
