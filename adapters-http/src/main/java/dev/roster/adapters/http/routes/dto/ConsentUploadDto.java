package dev.roster.adapters.http.routes.dto;

import java.time.Instant;
import java.util.Map;

/**
 * Where to send a large consent PDF: {@code method} it to {@code url} with exactly {@code headers}, before
 * {@code expiresAt}, then POST to {@code fileUrl} (with {@code signedOn}, and {@code note} and {@code fileName} if
 * wanted) to file it.
 */
public record ConsentUploadDto(
        String uploadId, String url, String method, Map<String, String> headers, Instant expiresAt, String fileUrl) {}
