package dev.roster.adapters.http.routes.dto;

import java.util.List;

/** One page of search results; pass {@code nextCursor} back as {@code cursor} for the next ({@code null}: no more). */
public record AccountPageDto(List<AccountDto> items, String nextCursor) {}
