package dev.roster.adapters.lambda.files;

import dev.roster.application.port.FileStore;
import dev.roster.application.testkit.FileStoreContract;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The file store contract against S3Proxy: one server for the class, a fresh bucket per test, keys under a prefix. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3FileStoreContractTest extends FileStoreContract {

    @RegisterExtension
    final S3ProxyServer server = new S3ProxyServer();

    @Override
    protected FileStore emptyFileStore() {
        return server.newStore("roster/");
    }
}
