package dev.roster.adapters.http.routes.dto;

import java.util.List;

/** A plain list answer: {@code {"items": [...]}}. */
public record ItemsDto<T>(List<T> items) {}
