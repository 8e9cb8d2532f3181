package dev.roster.adapters.http.routes.dto;

/** A large upload taken for a job: follow it at {@code /api/jobs/{jobId}}. */
public record ImportQueuedDto(String jobId, long rows) {}
