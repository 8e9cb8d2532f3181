package dev.roster.adapters.http.routes.dto;

/** Work taken for a job: follow it at {@code /api/jobs/{jobId}}. */
public record JobQueuedDto(String jobId) {}
