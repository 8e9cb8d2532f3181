package dev.roster.adapters.http.routes.dto;

/** The influencer an account belongs to, as shown with the account. {@code phone} is E.164. */
public record PersonDto(String id, String name, String phone) {}
