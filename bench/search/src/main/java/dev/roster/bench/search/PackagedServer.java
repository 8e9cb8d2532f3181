package dev.roster.bench.search;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@code java -jar roster.jar serve} as the README starts it, in a data directory of its own, on a free port. */
final class PackagedServer implements AutoCloseable {

    private final Process process;
    private final URI url;
    private final Path log;

    private PackagedServer(Process process, URI url, Path log) {
        this.process = process;
        this.url = url;
        this.log = log;
    }

    static PackagedServer start(Path jar, Path dataDir, List<String> extraArguments)
            throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = dataDir.resolve("server.log");
        List<String> command = new ArrayList<>(List.of(
                javaBinary(),
                "-jar",
                jar.toString(),
                "serve",
                "--data-dir",
                dataDir.resolve("data").toString(),
                "--port",
                Integer.toString(port)));
        command.addAll(extraArguments);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        PackagedServer server = new PackagedServer(process, URI.create("http://127.0.0.1:" + port), log);
        server.awaitHealthy(Duration.ofSeconds(90));
        return server;
    }

    URI url() {
        return url;
    }

    private void awaitHealthy(Duration patience) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited:\n" + Files.readString(log));
            }
            try {
                HttpResponse<Void> health = client.send(
                        HttpRequest.newBuilder(url.resolve("/api/health")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(
                "the server was not healthy within " + patience + ":\n" + Files.readString(log));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
