package dev.roster.adapters.lambda.files;

import dev.roster.adapters.lambda.aws.AwsClients;
import dev.roster.application.port.FileStore;
import dev.roster.application.testkit.FileStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** The file store contract against S3Proxy: one server for the class, a fresh bucket per test, keys under a prefix. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3FileStoreContractTest extends FileStoreContract {

    private S3ProxyServer server;
    private S3Client s3;
    private S3Presigner presigner;

    @BeforeAll
    void startServer() throws Exception {
        server = new S3ProxyServer();
        s3 = server.client();
        presigner = AwsClients.s3Presigner(server.settings());
    }

    @AfterAll
    void stopServer() throws Exception {
        presigner.close();
        s3.close();
        server.close();
    }

    @Override
    protected FileStore emptyFileStore() {
        return new S3FileStore(s3, presigner, new S3Location(server.newBucket(s3), "roster/"));
    }
}
