package dev.roster.bootstrap.lambda.archfixture;

import dev.roster.bootstrap.collect.MetricSources;

/**
 * Breaks the rule on purpose: a function using the sources that also start browsers, which would load Playwright from
 * a zip that does not carry it. Nothing here names Playwright; the rule must follow the dependency through.
 */
public class FunctionStartingBrowsers {

    MetricSources sources;
}
