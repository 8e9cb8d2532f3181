package dev.roster.adapters.http.routes.dto;

/** Whether the API is up, and which store it runs on. */
public record HealthDto(String status, String store) {}
