package dev.roster.adapters.postgres;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The store a server runs (account pages kept in memory) over the test database, emptied, closed after each test. */
final class CachedStore implements AfterEachCallback {

    private PostgresStorage opened;

    PostgresStorage open() {
        opened = TestDatabase.shared().emptyStorageWithAccountCache(1_000);
        return opened;
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        if (opened != null) {
            opened.close();
        }
    }
}
