package dev.roster.application.account;

import dev.roster.application.influencer.DeleteInfluencer;
import dev.roster.application.influencer.GetInfluencer;
import dev.roster.application.influencer.UpdateInfluencer;
import dev.roster.application.influencer.UpdateInfluencerCommand;
import dev.roster.application.port.FileStore;
import dev.roster.application.port.RegistrationResult;
import dev.roster.application.port.RosterStorage;
import dev.roster.application.query.AccountDetail;
import dev.roster.application.query.AccountQuery;
import dev.roster.application.query.AccountView;
import dev.roster.application.query.InfluencerView;
import dev.roster.application.query.Page;
import dev.roster.application.validation.InputRules;
import dev.roster.application.validation.PhoneNumbers;
import dev.roster.domain.platform.PlatformCatalog;
import java.time.Clock;
import java.util.List;

/**
 * The accounts capability: register, find, change and remove accounts and the people who hold them. Needs only the
 * store; every {@link dev.roster.application.Roster} has it. Each method is one use case, named in its Javadoc.
 */
public final class AccountsCapability {

    private final RegisterAccount register;
    private final UpdateAccount update;
    private final DeleteAccount delete;
    private final GetAccount get;
    private final SearchAccounts search;
    private final GetInfluencer getInfluencer;
    private final UpdateInfluencer updateInfluencer;
    private final DeleteInfluencer deleteInfluencer;

    /** @param files where consent PDFs are kept, deleted with their person; null for a roster without a file store */
    public AccountsCapability(
            PlatformCatalog platforms,
            InputRules rules,
            PhoneNumbers phones,
            RosterStorage storage,
            FileStore files,
            Clock clock) {
        var influencers = storage.influencers();
        var views = storage.accountSearch();
        register = new RegisterAccount(platforms, rules, phones, influencers, views, clock);
        update = new UpdateAccount(platforms, rules, influencers, views, clock);
        delete = new DeleteAccount(platforms, influencers);
        get = new GetAccount(platforms, influencers, views);
        search = new SearchAccounts(platforms, rules, views);
        getInfluencer = new GetInfluencer(views);
        updateInfluencer = new UpdateInfluencer(rules, phones, influencers, views, clock);
        deleteInfluencer = new DeleteInfluencer(influencers, storage.consentForms(), files);
    }

    /** {@link RegisterAccount}: the new account as staff see it. */
    public AccountView register(RegisterAccountCommand command) {
        return register.register(command);
    }

    /** {@link RegisterAccount#validate}: checks a registration against every rule, saving nothing. */
    public Registration validate(RegisterAccountCommand command) {
        return register.validate(command);
    }

    /** {@link RegisterAccount#saveAll}: saves validated registrations at once, each saved or refused on its own. */
    public List<RegistrationResult> registerAll(List<Registration> registrations) {
        return register.saveAll(registrations);
    }

    /** {@link UpdateAccount}: the account as changed. */
    public AccountView update(UpdateAccountCommand command) {
        return update.update(command);
    }

    /** {@link DeleteAccount}. */
    public void delete(String platform, String accountId) {
        delete.delete(platform, accountId);
    }

    /** {@link GetAccount}: the account with its person and their accounts on the other platforms. */
    public AccountView get(String platform, String accountId) {
        return get.get(platform, accountId);
    }

    /** {@link GetAccount#detail}: the account as its own page shows it, with its last failed collection if newer. */
    public AccountDetail detail(String platform, String accountId) {
        return get.detail(platform, accountId);
    }

    /** {@link SearchAccounts}: one page of the accounts a search matches. */
    public Page<AccountView> search(SearchAccountsCommand command) {
        return search.search(command);
    }

    /** {@link SearchAccounts#query}: the validated query a search asks for, as the store takes it. */
    public AccountQuery query(SearchAccountsCommand command) {
        return search.query(command);
    }

    /** {@link GetInfluencer}: a person with every account they hold. */
    public InfluencerView influencer(String influencerId) {
        return getInfluencer.get(influencerId);
    }

    /** {@link UpdateInfluencer}: the person as changed. */
    public InfluencerView updateInfluencer(UpdateInfluencerCommand command) {
        return updateInfluencer.update(command);
    }

    /** {@link DeleteInfluencer}: the person with all their accounts, history, consent records and consent files. */
    public void deleteInfluencer(String influencerId) {
        deleteInfluencer.delete(influencerId);
    }
}
