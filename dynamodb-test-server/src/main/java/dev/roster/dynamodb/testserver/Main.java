package dev.roster.dynamodb.testserver;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar dynamodb-test-server.jar [--port 8000] [--host 127.0.0.1] [--ttl-sweep-seconds 60]}: the server on
 * its own, in memory, until the process is stopped.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) throws InterruptedException {
        DynamoDbTestServer.Builder builder =
                DynamoDbTestServer.builder().port(8000).ttlSweepEvery(Duration.ofSeconds(60));
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                System.out.println("usage: java -jar dynamodb-test-server.jar [--port 8000] [--host 127.0.0.1] "
                        + "[--ttl-sweep-seconds 60]");
                return;
            }
            if (i + 1 == args.length) {
                fail("missing value for " + option);
            }
            String value = args[++i];
            try {
                switch (option) {
                    case "--port" -> builder.port(Integer.parseInt(value));
                    case "--host" -> builder.host(value);
                    case "--ttl-sweep-seconds" -> builder.ttlSweepEvery(Duration.ofSeconds(Long.parseLong(value)));
                    default -> fail("unknown option " + option + " (try --help)");
                }
            } catch (NumberFormatException notANumber) {
                fail(option + " takes a number, not " + value);
            }
        }
        DynamoDbTestServer server = builder.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.close();
                            stopped.countDown();
                        },
                        "dynamodb-test-server-stop"));
        System.out.println("Roster DynamoDB test server on " + server.endpoint() + " (in memory; Ctrl-C stops it)");
        stopped.await();
    }

    private static void fail(String message) {
        System.err.println("dynamodb-test-server: " + message);
        System.exit(2);
    }
}
