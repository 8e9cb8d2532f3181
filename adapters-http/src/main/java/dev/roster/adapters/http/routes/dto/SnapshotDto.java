package dev.roster.adapters.http.routes.dto;

import java.time.Instant;
import java.util.Map;

/** One entry of an account's metric history: when, and the figures by metric name. */
public record SnapshotDto(Instant collectedAt, Map<String, Long> metrics) {}
