package dev.roster.adapters.http.routes.dto;

import java.util.List;

/** A platform the deployment works with, and the metrics it publishes. */
public record PlatformDto(String code, String name, List<String> metrics) {}
