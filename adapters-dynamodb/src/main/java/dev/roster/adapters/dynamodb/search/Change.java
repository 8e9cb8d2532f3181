package dev.roster.adapters.dynamodb.search;

import dev.roster.domain.influencer.InfluencerId;

/** One entry of the change log: the person whose partition was written, and the entry's sort key. */
public record Change(String seq, InfluencerId influencer) {}
