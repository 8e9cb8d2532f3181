package dev.roster.application.port;

import dev.roster.application.query.AccountQuery;
import dev.roster.application.query.AccountView;
import dev.roster.application.query.Page;
import dev.roster.application.query.SearchCursor;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** {@link AccountSearch#all} from its pages: each page is read when the one before it has been used up. */
final class SearchPages implements Iterator<AccountView> {

    private final AccountSearch search;
    private AccountQuery next;
    private Iterator<AccountView> page = Collections.emptyIterator();

    private SearchPages(AccountSearch search, AccountQuery first) {
        this.search = search;
        this.next = first;
    }

    static Stream<AccountView> stream(AccountSearch search, AccountQuery first) {
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(
                        new SearchPages(search, first), Spliterator.ORDERED | Spliterator.NONNULL),
                false);
    }

    @Override
    public boolean hasNext() {
        while (!page.hasNext() && next != null) {
            Page<AccountView> read = search.search(next);
            List<AccountView> items = read.items();
            next = read.next().isEmpty() || items.isEmpty()
                    ? null
                    : next.continuingAfter(SearchCursor.after(next.order(), items.get(items.size() - 1)));
            page = items.iterator();
        }
        return page.hasNext();
    }

    @Override
    public AccountView next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return page.next();
    }
}
