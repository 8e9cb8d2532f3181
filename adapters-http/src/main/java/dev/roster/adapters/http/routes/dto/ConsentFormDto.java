package dev.roster.adapters.http.routes.dto;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A consent form on file for an influencer: the PDF's name, size and SHA-256, the date on the signature, when and by
 * whom it was filed, a note, and whether the PDF carries JavaScript or embedded files ({@code activeContent}).
 */
public record ConsentFormDto(
        String id,
        String fileName,
        long size,
        String sha256,
        LocalDate signedOn,
        Instant filedAt,
        String filedBy,
        String note,
        boolean activeContent) {}
