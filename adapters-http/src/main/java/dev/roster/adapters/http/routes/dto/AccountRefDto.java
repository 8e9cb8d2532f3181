package dev.roster.adapters.http.routes.dto;

/** Another account of the same influencer, on another platform. */
public record AccountRefDto(String id, String platform, String handle) {}
