package dev.roster.adapters.http.routes.dto;

import java.time.Instant;

/** A short-lived signed link to a file, for clients that asked for JSON rather than a redirect. */
public record DownloadLinkDto(String url, Instant expiresAt) {}
