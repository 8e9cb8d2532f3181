package dev.roster.application.query;

import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.Handle;
import dev.roster.domain.platform.PlatformCode;

/** A pointer to another account of the same influencer, as shown beside an account. */
public record AccountRef(AccountId id, PlatformCode platform, Handle handle) {}
