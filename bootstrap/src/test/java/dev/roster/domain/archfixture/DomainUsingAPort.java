package dev.roster.domain.archfixture;

import dev.roster.application.port.Influencers;

/** Breaks the rule on purpose: a domain class that reaches out to the application. */
public class DomainUsingAPort {

    Influencers influencers;
}
