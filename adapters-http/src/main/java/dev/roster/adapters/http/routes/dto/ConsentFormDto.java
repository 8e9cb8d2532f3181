package dev.roster.adapters.http.routes.dto;

import java.time.Instant;
import java.time.LocalDate;

/** A consent form on file for an influencer. */
public record ConsentFormDto(LocalDate signedOn, Instant recordedAt) {
}
