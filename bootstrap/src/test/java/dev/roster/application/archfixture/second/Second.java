package dev.roster.application.archfixture.second;

import dev.roster.application.archfixture.first.First;

/** Breaks the rule on purpose: the other half of a package cycle. */
public class Second {

    First first;
}
