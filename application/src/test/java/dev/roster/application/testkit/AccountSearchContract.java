package dev.roster.application.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.application.account.SearchAccountsCommand;
import dev.roster.application.query.AccountOrder;
import dev.roster.application.query.AccountQuery;
import dev.roster.application.query.AccountRef;
import dev.roster.application.query.AccountView;
import dev.roster.application.query.InfluencerView;
import dev.roster.application.query.Page;
import dev.roster.application.query.SortField;
import dev.roster.domain.influencer.MetricReading;
import dev.roster.domain.influencer.MetricSnapshot;
import dev.roster.domain.platform.MetricName;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The contract of {@link dev.roster.application.port.AccountSearch}: views, text, filters, order and paging. */
public abstract class AccountSearchContract extends StorageContract {

    @Test
    void showsAnAccountWithThePersonsAccountsOnOtherPlatformsOnly() {
        AccountView main = register("a", "김민지", "010-1234-5678", "minji");
        register("a", "김민지", "010-1234-5678", "minji.sub");
        AccountView onBz = register("b", "김민지", "010-1234-5678", "zminji");
        AccountView onBa = register("b", "김민지", "010-1234-5678", "Aminji");
        register("b", "Someone Else", "010-9999-0000", "other");

        AccountView view = storage.accountSearch().view(main.account().id()).orElseThrow();

        assertThat(view.influencer().id()).isEqualTo(main.influencer().id());
        assertThat(view.otherAccounts())
                .containsExactly(
                        new AccountRef(onBa.account().id(), B, onBa.account().handle()),
                        new AccountRef(onBz.account().id(), B, onBz.account().handle()));
    }

    @Test
    void showsAPersonWithEveryAccountByPlatformThenHandle() {
        AccountView b2 = register("b", "Jang", "010-1111-0000", "zeta");
        AccountView a1 = register("a", "Jang", "010-1111-0000", "Beta");
        AccountView b1 = register("b", "Jang", "010-1111-0000", "alpha");
        storage.consentForms().record(consentForm(a1.influencer().id(), LocalDate.of(2026, 3, 1)));

        InfluencerView view =
                storage.accountSearch().influencer(a1.influencer().id()).orElseThrow();

        assertThat(view.accounts())
                .extracting(account -> account.id())
                .containsExactly(
                        a1.account().id(), b1.account().id(), b2.account().id());
        assertThat(view.hasConsent()).isTrue();
    }

    @Test
    void searchesOnePlatformAtATime() {
        register("a", "Kang", "010-2222-1111", "kang.a");
        register("b", "Kang", "010-2222-1111", "kang.b");

        assertThat(handles(search(SearchAccountsCommand.all("a")))).containsExactly("kang.a");
        assertThat(handles(search(SearchAccountsCommand.all("b")))).containsExactly("kang.b");
    }

    @Test
    void findsTextInsideNamesHandlesAndEmailsInAnyLetterCaseIncludingKorean() {
        register("a", "김민지", "010-1234-5678", "mj_daily", "hello@studio.kr");
        register("a", "Brown Sugar", "010-1234-5679", "SweetTooth", null);
        register("a", "박서준", "010-1234-5670", "seojun", "SJ@Agency.com");

        assertThat(handles(search(text("민지")))).containsExactly("mj_daily");
        assertThat(handles(search(text("sweet")))).containsExactly("SweetTooth");
        assertThat(handles(search(text("TOOTH")))).containsExactly("SweetTooth");
        assertThat(handles(search(text("own su")))).containsExactly("SweetTooth");
        assertThat(handles(search(text("agency")))).containsExactly("seojun");
        assertThat(handles(search(text("studio.kr")))).containsExactly("mj_daily");
        assertThat(handles(search(text("서")))).containsExactly("seojun");
        assertThat(handles(search(text("nobody")))).isEmpty();
        assertThat(handles(search(text("%")))).isEmpty();
        assertThat(handles(search(text("_")))).containsExactly("mj_daily");
    }

    @Test
    void filtersByLatestFollowersAndByConsentOnFile() {
        AccountView big = register("a", "Big", "010-3333-0001", "big");
        AccountView small = register("a", "Small", "010-3333-0002", "small");
        register("a", "Unmeasured", "010-3333-0003", "unmeasured");
        followers(big, 50_000, 0);
        followers(small, 900, 0);
        followers(small, 2_000, 1);
        storage.consentForms().record(consentForm(small.influencer().id(), LocalDate.of(2026, 2, 1)));

        assertThat(handles(search(new SearchAccountsCommand("a", null, 1_000L, null, "handle", null, null))))
                .containsExactly("big", "small");
        assertThat(handles(search(new SearchAccountsCommand("a", null, 10_000L, null, "handle", null, null))))
                .containsExactly("big");
        assertThat(handles(search(new SearchAccountsCommand("a", null, null, true, "handle", null, null))))
                .containsExactly("small");
        assertThat(handles(search(new SearchAccountsCommand("a", null, null, false, "handle", null, null))))
                .containsExactly("big", "unmeasured");
        assertThat(handles(search(new SearchAccountsCommand("a", "s", 1_000L, false, "handle", null, null))))
                .isEmpty();
    }

    @Test
    void everyOrderPagesThroughAllAccountsInTheReferenceOrder() {
        List<AccountView> all = new ArrayList<>();
        String[] names = {"Ærin", "bob", "Émile", "김", "alice", "Zed", "이", "charlie"};
        for (int i = 0; i < names.length; i++) {
            all.add(register("a", names[i], "010-4444-" + (1000 + i), "h" + ((i * 5) % names.length) + names[i]));
        }
        register("a", "bob", "010-4444-1001", "bob.second");
        followers(all.get(0), 10, 0);
        followers(all.get(1), 10, 0);
        followers(all.get(2), 5, 0);
        followers(all.get(5), 1_000_000, 0);
        // Written out, not taken from the code under test: text by code point of its case-folded form (Æ and É after
        // z, Hangul after those), numbers as numbers, never measured as -1, ties by account id (registration order).
        Map<SortField, List<String>> ascending = Map.of(
                SortField.CREATED,
                        List.of(
                                "h0Ærin",
                                "h5bob",
                                "h2Émile",
                                "h7김",
                                "h4alice",
                                "h1Zed",
                                "h6이",
                                "h3charlie",
                                "bob.second"),
                SortField.HANDLE,
                        List.of(
                                "bob.second",
                                "h0Ærin",
                                "h1Zed",
                                "h2Émile",
                                "h3charlie",
                                "h4alice",
                                "h5bob",
                                "h6이",
                                "h7김"),
                SortField.NAME,
                        List.of(
                                "h4alice",
                                "h5bob",
                                "bob.second",
                                "h3charlie",
                                "h1Zed",
                                "h0Ærin",
                                "h2Émile",
                                "h7김",
                                "h6이"),
                SortField.FOLLOWERS,
                        List.of(
                                "h7김",
                                "h4alice",
                                "h6이",
                                "h3charlie",
                                "bob.second",
                                "h2Émile",
                                "h0Ærin",
                                "h5bob",
                                "h1Zed"));

        assertThat(ascending).containsOnlyKeys(SortField.values());
        for (SortField field : SortField.values()) {
            List<String> expected = ascending.get(field);
            List<String> reversed = new ArrayList<>(expected);
            Collections.reverse(reversed);

            assertThat(handles(everything(field.label())))
                    .as("pages in order %s", field.label())
                    .containsExactlyElementsOf(expected);
            assertThat(handles(everything("-" + field.label())))
                    .as("pages in order -%s", field.label())
                    .containsExactlyElementsOf(reversed);
        }
    }

    @Test
    void pagesNeitherRepeatNorSkipWhileAccountsAreAdded() {
        Set<String> before = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            before.add(register("a", "Before " + i, "010-5555-" + (1000 + i), "before" + i)
                    .account()
                    .id()
                    .value());
        }

        for (String sort : List.of("handle", "-created", "created", "-name")) {
            List<String> seen = new ArrayList<>();
            String cursor = null;
            int added = 0;
            do {
                Page<AccountView> page = search(new SearchAccountsCommand("a", null, null, null, sort, 5, cursor));
                seen.addAll(ids(page.items()));
                cursor = page.nextCursor();
                String handle = "added" + sort.replace("-", "d") + added++;
                register("a", "Added " + handle, "010-6666-" + (1000 + seen.size() + added * 37), handle);
            } while (cursor != null);

            assertThat(seen).as("no account twice, sorted by %s", sort).doesNotHaveDuplicates();
            assertThat(seen)
                    .as("every account that was there from the start, sorted by %s", sort)
                    .containsAll(before);
        }
    }

    @Test
    void theLastPageSaysThereIsNoMore() {
        for (int i = 0; i < 4; i++) {
            register("b", "Last " + i, "010-7777-" + (1000 + i), "last" + i);
        }

        Page<AccountView> first = search(new SearchAccountsCommand("b", null, null, null, "handle", 2, null));
        Page<AccountView> second =
                search(new SearchAccountsCommand("b", null, null, null, "handle", 2, first.nextCursor()));

        assertThat(handles(first)).containsExactly("last0", "last1");
        assertThat(handles(second)).containsExactly("last2", "last3");
        assertThat(second.nextCursor()).as("no more after the last account").isNull();
        assertThat(search(new SearchAccountsCommand("b", "nothing", null, null, null, null, null))
                        .nextCursor())
                .isNull();
    }

    @Test
    void readsEveryMatchingAccountAtOnceInTheOrderPagesGiveWhateverTheRoundTripSize() {
        String[] names = {"Ærin", "bob", "Émile", "김", "alice", "Zed", "이", "charlie"};
        for (int i = 0; i < names.length; i++) {
            AccountView view = register("a", names[i], "010-4545-" + (1000 + i), "h" + ((i * 3) % names.length) + "x");
            followers(view, 10L * (i % 3), 0);
        }
        register("b", "bob", "010-4545-1001", "bob.on.b");

        for (String sort : List.of("handle", "-handle", "created", "-created", "name", "-followers")) {
            SearchAccountsCommand filters = new SearchAccountsCommand("a", null, null, null, sort, 3, null);
            AccountQuery query = roster.accounts().query(filters);

            try (Stream<AccountView> all = storage.accountSearch().all(query)) {
                assertThat(all.toList()).as("sorted by %s", sort).containsExactlyElementsOf(everything(sort));
            }
        }
        AccountQuery some = roster.accounts().query(new SearchAccountsCommand("a", "h", 10L, null, "handle", 2, null));
        try (Stream<AccountView> all = storage.accountSearch().all(some)) {
            assertThat(all.toList())
                    .containsExactlyElementsOf(
                            search(new SearchAccountsCommand("a", "h", 10L, null, "handle", 100, null))
                                    .items());
        }
    }

    @Test
    void readingEveryAccountStartsAfterTheCursor() {
        for (int i = 0; i < 6; i++) {
            register("a", "Cursor " + i, "010-4646-" + (1000 + i), "cursor" + i);
        }
        Page<AccountView> first = search(new SearchAccountsCommand("a", null, null, null, "handle", 2, null));
        AccountQuery rest = roster.accounts()
                .query(new SearchAccountsCommand("a", null, null, null, "handle", 2, first.nextCursor()));

        try (Stream<AccountView> all = storage.accountSearch().all(rest)) {
            assertThat(all.map(view -> view.account().handle().value()))
                    .containsExactly("cursor2", "cursor3", "cursor4", "cursor5");
        }
    }

    @Test
    void readsThatAreClosedHalfWayLeaveTheStoreServing() {
        for (int i = 0; i < 5; i++) {
            register("a", "Half " + i, "010-4747-" + (1000 + i), "half" + i);
        }
        AccountQuery query =
                roster.accounts().query(new SearchAccountsCommand("a", null, null, null, "handle", 2, null));

        for (int i = 0; i < 40; i++) {
            try (Stream<AccountView> all = storage.accountSearch().all(query)) {
                assertThat(all.iterator().next().account().handle().value()).isEqualTo("half0");
            }
        }
        // Text the use cases refuse, from code that calls the store directly.
        try (Stream<AccountView> nothing = storage.accountSearch()
                .all(new AccountQuery(A, "no\0such", null, null, AccountOrder.NEWEST_FIRST, 2, null))) {
            assertThat(nothing).isEmpty();
        }
        assertThat(handles(search(new SearchAccountsCommand("a", null, null, null, "handle", 10, null))))
                .containsExactly("half0", "half1", "half2", "half3", "half4");
    }

    private void followers(AccountView view, long count, int minutesLater) {
        storage.metricHistory()
                .record(new MetricSnapshot(
                        view.account().id(),
                        MetricReading.of(
                                clock.instant().plusSeconds(60L * minutesLater), Map.of(MetricName.FOLLOWERS, count))));
    }

    private List<AccountView> everything(String sort) {
        List<AccountView> all = new ArrayList<>();
        String cursor = null;
        do {
            Page<AccountView> page = search(new SearchAccountsCommand("a", null, null, null, sort, 3, cursor));
            all.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
        return all;
    }

    private Page<AccountView> search(SearchAccountsCommand command) {
        return roster.accounts().search(command);
    }

    private static SearchAccountsCommand text(String text) {
        return new SearchAccountsCommand("a", text, null, null, "handle", null, null);
    }

    private static List<String> handles(Page<AccountView> page) {
        return handles(page.items());
    }

    private static List<String> handles(List<AccountView> views) {
        return views.stream().map(view -> view.account().handle().value()).toList();
    }

    private static List<String> ids(List<AccountView> views) {
        return views.stream().map(view -> view.account().id().value()).toList();
    }
}
