package dev.roster.adapters.dynamodb.item;

import dev.roster.application.query.AccountRef;
import dev.roster.application.query.AccountView;
import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.ConsentForm;
import dev.roster.domain.influencer.Influencer;
import dev.roster.domain.influencer.PlatformAccount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Everything a person's partition holds, read in one Query.
 *
 * @param consent  whether a consent form is on file (the person's count of forms, kept with them)
 * @param deleting whether the person is being removed
 */
public record PersonAggregate(
        Influencer influencer,
        boolean consent,
        boolean deleting,
        List<PlatformAccount> accounts,
        List<ConsentForm> consentForms) {

    public PersonAggregate {
        accounts = List.copyOf(accounts);
        consentForms = List.copyOf(consentForms);
    }

    /** The aggregate the items of one partition make, or empty when the person item is not among them. */
    public static Optional<PersonAggregate> of(List<Map<String, AttributeValue>> items) {
        Map<String, AttributeValue> person = null;
        List<PlatformAccount> accounts = new ArrayList<>();
        List<ConsentForm> forms = new ArrayList<>();
        for (Map<String, AttributeValue> item : items) {
            if (PersonItems.isPerson(item)) {
                person = item;
            } else if (PersonItems.isAccount(item)) {
                accounts.add(PersonItems.platformAccount(item));
            } else if (PersonItems.isConsent(item)) {
                forms.add(PersonItems.consentForm(item));
            }
        }
        if (person == null) {
            return Optional.empty();
        }
        forms.sort(ConsentForm.NEWEST_FIRST);
        return Optional.of(new PersonAggregate(
                PersonItems.influencer(person),
                Values.count(person, PersonItems.CONSENT) > 0,
                Values.flag(person, PersonItems.DELETING),
                accounts,
                forms));
    }

    public Optional<PlatformAccount> account(AccountId id) {
        return accounts.stream().filter(account -> account.id().equals(id)).findFirst();
    }

    /** One of this person's accounts ready to show, with their accounts on the other platforms. */
    public AccountView viewOf(PlatformAccount account) {
        List<AccountRef> others = accounts.stream()
                .filter(other -> !other.platform().equals(account.platform()))
                .map(other -> new AccountRef(other.id(), other.platform(), other.handle()))
                .sorted(AccountView.OTHER_ACCOUNTS_ORDER)
                .toList();
        return new AccountView(
                account,
                influencer,
                others,
                consentForms.isEmpty() ? null : consentForms.get(0).signedOn());
    }
}
