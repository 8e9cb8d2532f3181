package dev.roster.application.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.application.Roster;
import dev.roster.application.account.RegisterAccountCommand;
import dev.roster.application.account.SearchAccountsCommand;
import dev.roster.application.account.UpdateAccountCommand;
import dev.roster.application.error.ConflictException;
import dev.roster.application.influencer.UpdateInfluencerCommand;
import dev.roster.application.port.RosterStorage;
import dev.roster.application.query.AccountView;
import dev.roster.application.query.InfluencerView;
import dev.roster.application.query.Page;
import dev.roster.domain.influencer.Handle;
import dev.roster.domain.influencer.PersonName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A real {@link Roster} over the store under test, side by side with a plain model of what it should hold. Each
 * action does the same thing to both and checks that the roster answered as the model predicts.
 */
public final class RosterModel {

    /** A person as staff might type them; {@code e164} is what the roster must read the phone as. */
    public record Person(String name, String phone, String e164) {

        String key() {
            return e164 + " " + PersonName.of(name).key();
        }
    }

    private record Account(String platform, String handleKey, String personKey) {}

    static final List<String> PLATFORMS = List.of("a", "b");
    static final List<Person> PEOPLE = List.of(
            new Person("김민지", "010-1234-5678", "+821012345678"),
            new Person("김민지", "+82 10 1234 5678", "+821012345678"),
            new Person("Kim Minji", "1012345678", "+821012345678"),
            new Person("KIM  MINJI", "010 1234 5678", "+821012345678"),
            new Person("박서준", "010-9876-5432", "+821098765432"),
            new Person("Lee Jiwoo", "02-312-3456", "+8223123456"));
    static final List<String> HANDLES = List.of("minji", "MinJi", "@minji", "seo.jun", "Seo.Jun", "jiwoo_", "하늘");
    static final List<String> TEXTS = List.of("minji", "MIN", "김", "jun", "이", "wo", "x", "_");

    private final Roster roster;
    private final Map<String, Account> accounts = new HashMap<>();
    private final Map<String, String> influencerIdByPerson = new HashMap<>();
    private final Map<String, String> nameKeyByPerson = new HashMap<>();

    RosterModel(RosterStorage storage) {
        this.roster = Roster.builder().storage(storage).build();
    }

    void register(String platform, Person person, String handle) {
        String handleKey = Handle.of(handle).key();
        RegisterAccountCommand command =
                new RegisterAccountCommand(platform, person.name(), person.phone(), handle, null, null, null);
        if (handleTaken(platform, handleKey, null)) {
            assertConflict(() -> roster.accounts().register(command), ConflictException.Reason.DUPLICATE_HANDLE);
            return;
        }
        AccountView view = roster.accounts().register(command);
        String known = influencerIdByPerson.get(person.key());
        if (known != null) {
            assertThat(view.influencer().id().value())
                    .as("attached to the known person")
                    .isEqualTo(known);
        } else {
            assertThat(influencerIdByPerson)
                    .as("a new person gets a new influencer")
                    .doesNotContainValue(view.influencer().id().value());
            influencerIdByPerson.put(person.key(), view.influencer().id().value());
            nameKeyByPerson.put(person.key(), view.influencer().name().key());
        }
        accounts.put(view.account().id().value(), new Account(platform, handleKey, person.key()));
    }

    void changeHandle(int pick, String handle) {
        String id = pickAccount(pick);
        Account account = accounts.get(id);
        AccountView current = roster.accounts().get(account.platform(), id);
        String handleKey = Handle.of(handle).key();
        UpdateAccountCommand command = new UpdateAccountCommand(
                account.platform(), id, current.account().version(), handle, null, null, null);
        if (handleTaken(account.platform(), handleKey, id)) {
            assertConflict(() -> roster.accounts().update(command), ConflictException.Reason.DUPLICATE_HANDLE);
            return;
        }
        assertThat(roster.accounts().update(command).account().version())
                .isEqualTo(current.account().version() + 1);
        accounts.put(id, new Account(account.platform(), handleKey, account.personKey()));
    }

    void renamePerson(int pick, Person to) {
        String personKey = pickPerson(pick);
        String influencerId = influencerIdByPerson.get(personKey);
        InfluencerView current = roster.accounts().influencer(influencerId);
        UpdateInfluencerCommand command =
                new UpdateInfluencerCommand(influencerId, current.influencer().version(), to.name(), to.phone());
        String newKey = to.key();
        if (!newKey.equals(personKey) && influencerIdByPerson.containsKey(newKey)) {
            assertConflict(
                    () -> roster.accounts().updateInfluencer(command), ConflictException.Reason.DUPLICATE_PERSON);
            return;
        }
        roster.accounts().updateInfluencer(command);
        influencerIdByPerson.remove(personKey);
        nameKeyByPerson.remove(personKey);
        influencerIdByPerson.put(newKey, influencerId);
        nameKeyByPerson.put(newKey, PersonName.of(to.name()).key());
        accounts.replaceAll((id, account) -> account.personKey().equals(personKey)
                ? new Account(account.platform(), account.handleKey(), newKey)
                : account);
    }

    void deleteAccount(int pick) {
        String id = pickAccount(pick);
        roster.accounts().delete(accounts.get(id).platform(), id);
        accounts.remove(id);
    }

    void deleteInfluencer(int pick) {
        String personKey = pickPerson(pick);
        roster.accounts().deleteInfluencer(influencerIdByPerson.remove(personKey));
        nameKeyByPerson.remove(personKey);
        accounts.values().removeIf(account -> account.personKey().equals(personKey));
    }

    void search(String platform, String text) {
        String needle = text.toLowerCase(java.util.Locale.ROOT);
        Set<String> expected = accounts.entrySet().stream()
                .filter(entry -> entry.getValue().platform().equals(platform))
                .filter(entry -> entry.getValue().handleKey().contains(needle)
                        || nameKeyByPerson.get(entry.getValue().personKey()).contains(needle))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        assertThat(ids(everyPage(platform, text)))
                .as("search %s for '%s'", platform, text)
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    boolean hasAccounts() {
        return !accounts.isEmpty();
    }

    /** What must hold after every step, checked against the roster itself, not the model alone. */
    void checkInvariants() {
        List<AccountView> everyAccount = new ArrayList<>();
        for (String platform : PLATFORMS) {
            List<AccountView> onPlatform = everyPage(platform, null);
            assertThat(ids(onPlatform))
                    .as("no account listed twice on %s", platform)
                    .doesNotHaveDuplicates();
            assertThat(onPlatform.stream().map(view -> view.account().handle().key()))
                    .as("handles are unique on %s", platform)
                    .doesNotHaveDuplicates();
            everyAccount.addAll(onPlatform);
        }
        assertThat(ids(everyAccount))
                .as("search lists exactly the accounts that exist")
                .containsExactlyInAnyOrderElementsOf(accounts.keySet());

        Set<String> identities = new HashSet<>();
        Set<String> influencerIds = everyAccount.stream()
                .map(view -> view.influencer().id().value())
                .collect(Collectors.toSet());
        for (String influencerId : influencerIds) {
            InfluencerView person = roster.accounts().influencer(influencerId);
            assertThat(identities.add(person.influencer().identity().key()))
                    .as("name + phone belong to one influencer")
                    .isTrue();
        }
        for (AccountView view : everyAccount) {
            InfluencerView owner =
                    roster.accounts().influencer(view.influencer().id().value());
            assertThat(owner.accounts())
                    .as("every account belongs to its influencer")
                    .anyMatch(account -> account.id().equals(view.account().id()));
        }
    }

    @Override
    public String toString() {
        return accounts.size() + " accounts of " + influencerIdByPerson.size() + " people";
    }

    private boolean handleTaken(String platform, String handleKey, String exceptAccount) {
        return accounts.entrySet().stream()
                .anyMatch(entry -> !entry.getKey().equals(exceptAccount)
                        && entry.getValue().platform().equals(platform)
                        && entry.getValue().handleKey().equals(handleKey));
    }

    private String pickAccount(int pick) {
        List<String> ids = accounts.keySet().stream().sorted().toList();
        return ids.get(pick % ids.size());
    }

    private String pickPerson(int pick) {
        List<String> people = influencerIdByPerson.keySet().stream().sorted().toList();
        return people.get(pick % people.size());
    }

    private List<AccountView> everyPage(String platform, String text) {
        List<AccountView> all = new ArrayList<>();
        String cursor = null;
        do {
            Page<AccountView> page = roster.accounts()
                    .search(new SearchAccountsCommand(platform, text, null, null, "handle", 4, cursor));
            all.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
        return all;
    }

    private static List<String> ids(List<AccountView> views) {
        return views.stream().map(view -> view.account().id().value()).toList();
    }

    private static void assertConflict(Runnable change, ConflictException.Reason reason) {
        assertThatThrownBy(change::run)
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        conflict -> assertThat(conflict.reason()).isEqualTo(reason));
    }
}
