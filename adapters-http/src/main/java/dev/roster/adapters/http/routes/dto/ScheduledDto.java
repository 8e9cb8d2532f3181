package dev.roster.adapters.http.routes.dto;

import java.util.List;

/** What a manual collection run queued: how many accounts, in which jobs. */
public record ScheduledDto(String platform, int accounts, List<String> jobs) {}
