package dev.roster.adapters.http.routes.dto;

import java.util.Map;

/** Every part the API needs is up: the store in use and each part's status. */
public record ReadyDto(String status, String store, Map<String, String> checks) {}
