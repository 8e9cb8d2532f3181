package dev.roster.adapters.browser.rules;

import dev.roster.application.port.CollectionOutcome;
import dev.roster.domain.influencer.MetricReading;
import dev.roster.domain.platform.MetricName;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/** Applies a platform's rules to a rendered profile page: metrics found, a private or missing account, or a change. */
public final class PageReader {

    private final PageRules rules;

    public PageReader(PageRules rules) {
        this.rules = rules;
    }

    public PageRules rules() {
        return rules;
    }

    public CollectionOutcome read(RenderedPage page, Instant at) {
        if (rules.missingWhen() != null && page.text(rules.missingWhen()).isPresent()) {
            return new CollectionOutcome.AccountMissing("the platform shows no such account");
        }
        if (rules.privateWhen() != null && page.text(rules.privateWhen()).isPresent()) {
            return new CollectionOutcome.AccountPrivate("the platform shows the account as private");
        }
        Map<MetricName, Long> values = new TreeMap<>();
        for (MetricRule rule : rules.metrics()) {
            OptionalLong value = page.text(rule.selector())
                    .map(rule::numberText)
                    .map(DisplayedNumbers::parse)
                    .orElse(OptionalLong.empty());
            if (value.isEmpty()) {
                return new CollectionOutcome.PageChanged(rule.metric(), Excerpt.of(page.visibleText()));
            }
            values.put(rule.metric(), value.getAsLong());
        }
        return new CollectionOutcome.Collected(MetricReading.of(at, values));
    }
}
