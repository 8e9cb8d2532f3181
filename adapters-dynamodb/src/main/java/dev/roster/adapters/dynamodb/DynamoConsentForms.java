package dev.roster.adapters.dynamodb;

import dev.roster.adapters.dynamodb.item.PersonAggregate;
import dev.roster.adapters.dynamodb.item.PersonItems;
import dev.roster.adapters.dynamodb.item.Values;
import dev.roster.application.error.NotFoundException;
import dev.roster.application.port.ConsentForms;
import dev.roster.domain.influencer.ConsentForm;
import dev.roster.domain.influencer.InfluencerId;
import java.util.List;
import java.util.Map;

/** Consent forms as items of their person's partition; the person carries a flag that one is on file, for search. */
final class DynamoConsentForms implements ConsentForms {

    private final TableNames tables;
    private final People people;
    private final Transactions transactions;
    private final ChangeLog changes;

    DynamoConsentForms(Dynamo dynamo, People people, Transactions transactions, ChangeLog changes) {
        this.tables = dynamo.tables();
        this.people = people;
        this.transactions = transactions;
        this.changes = changes;
    }

    @Override
    public void record(ConsentForm form) {
        InfluencerId owner = form.influencerId();
        Transaction transaction = new Transaction()
                .update(tables.people(), PersonItems.personKey(owner), "SET #consent = :yes",
                        "attribute_exists(#influencer) AND attribute_not_exists(#deleting)",
                        Map.of(":yes", Values.bool(true)), () -> new NotFoundException("influencer", owner.value()))
                .put(tables.people(), PersonItems.consent(form));
        transactions.run(changes.record(transaction, owner));
    }

    @Override
    public List<ConsentForm> of(InfluencerId influencer) {
        return people.partition(influencer, PersonItems.CONSENT_PREFIX).stream().map(PersonItems::consentForm)
                .sorted(PersonAggregate.FORMS_ORDER).toList();
    }
}
