package dev.roster.application.spreadsheet;

import dev.roster.application.port.AccountSearch;
import dev.roster.application.query.AccountQuery;
import dev.roster.application.query.AccountView;
import dev.roster.application.query.Page;
import dev.roster.application.query.SearchCursor;
import java.util.Iterator;
import java.util.NoSuchElementException;

/** Every account a query matches, a page at a time: only one page is held, however many accounts match. */
final class AccountPages implements Iterator<AccountView> {

    private final AccountSearch search;
    private AccountQuery next;
    private Iterator<AccountView> page = java.util.Collections.emptyIterator();

    AccountPages(AccountSearch search, AccountQuery first) {
        this.search = search;
        this.next = first;
    }

    @Override
    public boolean hasNext() {
        while (!page.hasNext() && next != null) {
            Page<AccountView> read = search.search(next);
            next = read.next().isEmpty() || read.items().isEmpty() ? null
                    : next.continuingAfter(SearchCursor.after(next.order(), read.items().get(read.items().size() - 1)));
            page = read.items().iterator();
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
