package dev.roster.application.port;

/** Reads an account's current metrics from its platform (a web page, a browser, an API). */
public interface MetricSource {

    /** Never throws for trouble on the platform's side: the outcome says what happened. */
    CollectionOutcome collect(CollectionTarget target);
}
