package dev.roster.adapters.http.routes.dto;

/** What an import did with an upload imported at once; {@code errorFileUrl} is null when no row failed. */
public record ImportReportDto(long total, long success, long failed, String errorFileUrl) {}
