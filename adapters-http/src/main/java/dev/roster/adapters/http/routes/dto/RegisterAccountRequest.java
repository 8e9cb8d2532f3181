package dev.roster.adapters.http.routes.dto;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The body of {@code POST /api/platforms/{platform}/accounts}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RegisterAccountRequest(
        String name, String phone, String handle, String profileUrl, String email, String notes) {}
