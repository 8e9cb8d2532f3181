package dev.roster.adapters.dynamodb;

import dev.roster.adapters.dynamodb.item.CollectionItems;
import dev.roster.adapters.dynamodb.item.PersonAggregate;
import dev.roster.adapters.dynamodb.item.PersonItems;
import dev.roster.adapters.dynamodb.item.Values;
import dev.roster.adapters.dynamodb.search.SearchProjection;
import dev.roster.application.port.AccountSearch;
import dev.roster.application.query.AccountDetail;
import dev.roster.application.query.AccountQuery;
import dev.roster.application.query.AccountView;
import dev.roster.application.query.InfluencerView;
import dev.roster.application.query.Page;
import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.CollectionFailure;
import dev.roster.domain.influencer.InfluencerId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The read side: a view is the owner's partition read in one consistent Query (after the id pointer), so the handles
 * on other platforms cost nothing more; search runs on the {@link SearchProjection}, caught up first.
 */
final class DynamoAccountSearch implements AccountSearch {

    private final People people;
    private final SearchProjection projection;

    DynamoAccountSearch(People people, SearchProjection projection) {
        this.people = people;
        this.projection = projection;
    }

    @Override
    public Optional<AccountView> view(AccountId id) {
        return people.ownerOf(id)
                .flatMap(people::aggregate)
                .flatMap(person -> person.account(id).map(person::viewOf));
    }

    /** The failure is kept on the account's item, which the partition's Query reads anyway: no GetItem more. */
    @Override
    public Optional<AccountDetail> detail(AccountId id) {
        return people.ownerOf(id).flatMap(owner -> {
            List<Map<String, AttributeValue>> items = people.partition(owner, null);
            return PersonAggregate.of(items)
                    .flatMap(person -> person.account(id)
                            .map(account -> new AccountDetail(person.viewOf(account), failureOf(items, id))));
        });
    }

    private static CollectionFailure failureOf(List<Map<String, AttributeValue>> items, AccountId id) {
        return items.stream()
                .filter(item -> PersonItems.isAccount(item) && id.value().equals(Values.string(item, PersonItems.ID)))
                .findFirst()
                .flatMap(CollectionItems::failure)
                .orElse(null);
    }

    @Override
    public Optional<InfluencerView> influencer(InfluencerId id) {
        return people.aggregate(id)
                .map(person -> new InfluencerView(
                        person.influencer(),
                        person.accounts().stream()
                                .sorted(InfluencerView.ACCOUNTS_ORDER)
                                .toList(),
                        person.consentForms()));
    }

    @Override
    public Page<AccountView> search(AccountQuery query) {
        projection.refresh();
        return projection.search(query);
    }
}
