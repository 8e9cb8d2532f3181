package dev.roster.adapters.http.routes.dto;

/**
 * The body of {@code POST /api/platforms/{platform}/collections/claims}: how many due accounts to claim.
 *
 * @param limit 1-200; the server's default (20) when {@code null}
 */
public record ClaimRequest(Integer limit) {}
