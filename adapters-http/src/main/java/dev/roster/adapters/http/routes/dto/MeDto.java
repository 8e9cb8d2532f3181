package dev.roster.adapters.http.routes.dto;

import java.util.List;

/**
 * Who the caller is, as the API sees them: the token's subject and every role it grants ({@code viewer},
 * {@code editor}, {@code admin}), so a client can leave out what the caller may not do.
 */
public record MeDto(String subject, List<String> roles) {}
