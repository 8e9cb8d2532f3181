package dev.roster.bench.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Roster's DynamoDB test server as the README starts it ({@code java -jar dynamodb-test-server.jar}), on a free port,
 * in a JVM of its own: the roster then weighs on its heap, not on the packaged server's.
 */
final class DynamoDbTestServerJar implements AutoCloseable {

    private final Process process;
    private final URI endpoint;

    private DynamoDbTestServerJar(Process process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    static DynamoDbTestServerJar start(Path jar) throws IOException {
        Process process = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx2g",
                        "-jar",
                        jar.toString(),
                        "--port",
                        "0"))
                .redirectErrorStream(true)
                .start();
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (line == null || !line.startsWith("Roster DynamoDB test server on ")) {
            process.destroyForcibly();
            throw new IOException("the DynamoDB test server did not start: " + line);
        }
        // Keep reading what it prints, so that a full pipe never stops it.
        Thread drain = new Thread(() -> out.lines().forEach(ignored -> {}), "dynamodb-test-server-output");
        drain.setDaemon(true);
        drain.start();
        return new DynamoDbTestServerJar(process, URI.create(line.split(" ")[5]));
    }

    URI endpoint() {
        return endpoint;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
