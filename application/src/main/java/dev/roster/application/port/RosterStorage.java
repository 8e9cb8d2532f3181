package dev.roster.application.port;

/** The storage ports one store provides together; a storage adapter hands out all of them. */
public interface RosterStorage {

    Influencers influencers();

    AccountSearch accountSearch();

    MetricHistory metricHistory();

    ConsentForms consentForms();

    Jobs jobs();
}
