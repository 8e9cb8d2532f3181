package dev.roster.application.archfixture.first;

import dev.roster.application.archfixture.second.Second;

/** Breaks the rule on purpose: one half of a package cycle. */
public class First {

    Second second;
}
