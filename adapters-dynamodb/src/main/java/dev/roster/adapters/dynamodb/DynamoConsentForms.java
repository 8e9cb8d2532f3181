package dev.roster.adapters.dynamodb;

import dev.roster.adapters.dynamodb.item.PersonItems;
import dev.roster.adapters.dynamodb.item.Values;
import dev.roster.application.error.ConflictException;
import dev.roster.application.error.NotFoundException;
import dev.roster.application.port.ConsentForms;
import dev.roster.domain.influencer.ConsentForm;
import dev.roster.domain.influencer.ConsentFormId;
import dev.roster.domain.influencer.InfluencerId;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Consent forms as items of their person's partition. The person counts their forms ({@code consent}), changed in the
 * same {@code TransactWriteItems} as the form itself, so that search reads who has consent from the person alone.
 */
final class DynamoConsentForms implements ConsentForms {

    /** A form filed or withdrawn by someone else between the read and the write: read again, a few times at most. */
    private static final int ATTEMPTS = 5;

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
        Map<String, AttributeValue> key = PersonItems.consentKey(owner, form.id());
        for (int attempt = 1; ; attempt++) {
            // A new form counts one more; a form filed again replaces its item and leaves the count.
            boolean replaces = people.get(tables.people(), key).isPresent();
            String present = "attribute_exists(#influencer) AND attribute_not_exists(#deleting)";
            Transaction transaction = new Transaction();
            if (replaces) {
                transaction.check(
                        tables.people(),
                        PersonItems.personKey(owner),
                        present,
                        null,
                        () -> new NotFoundException("influencer", owner.value()));
            } else {
                transaction.update(
                        tables.people(),
                        PersonItems.personKey(owner),
                        "ADD #consent :one",
                        present,
                        Map.of(":one", Values.n(1)),
                        () -> new NotFoundException("influencer", owner.value()));
            }
            transaction.put(
                    tables.people(),
                    PersonItems.consent(form),
                    replaces ? "attribute_exists(#item)" : "attribute_not_exists(#item)",
                    null,
                    Raced::new);
            try {
                transactions.run(changes.record(transaction, owner));
                return;
            } catch (Raced raced) {
                if (attempt == ATTEMPTS) {
                    throw new ConflictException(
                            ConflictException.Reason.STALE_VERSION,
                            "consent form " + form.id() + " kept changing while it was filed; try again");
                }
            }
        }
    }

    @Override
    public List<ConsentForm> of(InfluencerId influencer) {
        return people.partition(influencer, PersonItems.CONSENT_PREFIX).stream()
                .map(PersonItems::consentForm)
                .sorted(ConsentForm.NEWEST_FIRST)
                .toList();
    }

    @Override
    public boolean withdraw(InfluencerId influencer, ConsentFormId form) {
        Transaction transaction = new Transaction()
                .delete(
                        tables.people(),
                        PersonItems.consentKey(influencer, form),
                        "attribute_exists(#item)",
                        null,
                        Raced::new)
                .update(
                        tables.people(),
                        PersonItems.personKey(influencer),
                        "ADD #consent :less",
                        "attribute_exists(#influencer)",
                        Map.of(":less", Values.n(-1)),
                        Raced::new);
        try {
            transactions.run(changes.record(transaction, influencer));
            return true;
        } catch (Raced absent) {
            return false;
        }
    }

    /** A condition on a form's item failed: it came or went meanwhile (or, on withdrawal, was never there). */
    private static final class Raced extends RuntimeException {
        Raced() {
            super(null, null, false, false);
        }
    }
}
