package dev.roster.adapters.http.routes.dto;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The body of {@code PATCH /api/influencers/{id}}: the version read and the fields to change. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InfluencerChanges(Long version, String name, String phone) {}
