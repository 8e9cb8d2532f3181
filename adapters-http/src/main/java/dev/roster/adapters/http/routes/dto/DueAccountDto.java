package dev.roster.adapters.http.routes.dto;

/** An account a collector should read now, and the page to read. */
public record DueAccountDto(String id, String handle, String profileUrl) {}
