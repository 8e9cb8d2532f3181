package dev.roster.application.fakes;

import dev.roster.application.port.FileStore;
import dev.roster.application.testkit.FileStoreContract;
import dev.roster.application.testkit.InMemoryFileStore;
import java.time.Clock;

class InMemoryFileStoreTest extends FileStoreContract {

    @Override
    protected FileStore emptyFileStore() {
        return new InMemoryFileStore(Clock.systemUTC());
    }
}
