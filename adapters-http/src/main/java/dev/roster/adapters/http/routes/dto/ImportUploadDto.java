package dev.roster.adapters.http.routes.dto;

import java.time.Instant;
import java.util.Map;

/**
 * Where to send a large workbook: {@code method} it to {@code url} with exactly {@code headers}, before
 * {@code expiresAt}, then POST to {@code importUrl} to import it.
 */
public record ImportUploadDto(
        String uploadId, String url, String method, Map<String, String> headers, Instant expiresAt, String importUrl) {}
