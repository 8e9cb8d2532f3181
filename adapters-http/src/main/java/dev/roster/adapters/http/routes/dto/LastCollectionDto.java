package dev.roster.adapters.http.routes.dto;

import java.time.Instant;

/** The account's last failed collection, shown while it is newer than the metrics: how, why, when. */
public record LastCollectionDto(String status, String reason, Instant at) {}
