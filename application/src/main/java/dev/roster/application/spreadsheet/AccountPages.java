package dev.roster.application.spreadsheet;

import dev.roster.application.port.AccountSearch;
import dev.roster.application.query.AccountQuery;
import dev.roster.application.query.AccountView;
import dev.roster.application.query.Page;
import dev.roster.application.query.SearchCursor;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Every account a query matches, a page at a time: the next page is read while the current one is written, and no
 * more than those two are held, however many accounts match.
 */
final class AccountPages implements Iterator<AccountView>, AutoCloseable {

    private final AccountSearch search;
    private final ExecutorService reader = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "roster-export-reader");
        thread.setDaemon(true);
        return thread;
    });
    private CompletableFuture<Page<AccountView>> next;
    private AccountQuery nextQuery;
    private Iterator<AccountView> page = Collections.emptyIterator();

    AccountPages(AccountSearch search, AccountQuery first) {
        this.search = search;
        this.nextQuery = first;
        this.next = fetch(first);
    }

    @Override
    public boolean hasNext() {
        while (!page.hasNext() && next != null) {
            Page<AccountView> read;
            try {
                read = next.join();
            } catch (CompletionException failed) {
                throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
            }
            nextQuery = read.next().isEmpty() || read.items().isEmpty() ? null
                    : nextQuery.continuingAfter(SearchCursor.after(nextQuery.order(),
                            read.items().get(read.items().size() - 1)));
            next = nextQuery == null ? null : fetch(nextQuery);
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

    @Override
    public void close() {
        reader.shutdownNow();
    }

    private CompletableFuture<Page<AccountView>> fetch(AccountQuery query) {
        return CompletableFuture.supplyAsync(() -> search.search(query), reader);
    }
}
