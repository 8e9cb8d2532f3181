package dev.roster.bench.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged server in its own JVM, started the way the README starts it ({@code java -jar roster.jar serve ...}),
 * with the JVM options given (none: the JVM's defaults). Its output is read to the end, so its request log never fills
 * the pipe and stalls it.
 */
public final class PackagedServer implements AutoCloseable {

    private static final Pattern SERVING = Pattern.compile("Roster is serving (http://\\S+)");

    private final Process process;
    private final String url;

    private PackagedServer(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    /** Starts {@code jar} with {@code jvmOptions} and then {@code serve} with {@code serveArguments}; waits until it serves. */
    public static PackagedServer start(Path jar, List<String> jvmOptions, List<String> serveArguments)
            throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "serve"));
        command.addAll(serveArguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        CompletableFuture<String> url = new CompletableFuture<>();
        Thread reader = new Thread(() -> drain(process.getInputStream(), url), "server-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return new PackagedServer(process, url.get(120, TimeUnit.SECONDS));
        } catch (Exception notServing) {
            process.destroy();
            throw notServing;
        }
    }

    public String url() {
        return url;
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /** Reads the server's output to the end, noting where it serves. */
    private static void drain(InputStream output, CompletableFuture<String> url) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                Matcher serving = SERVING.matcher(line);
                if (serving.find()) {
                    url.complete(serving.group(1));
                }
            }
        } catch (IOException ended) {
            // The server stopped; a caller still waiting learns it below.
        }
        url.completeExceptionally(new IllegalStateException("the server stopped before serving"));
    }
}
