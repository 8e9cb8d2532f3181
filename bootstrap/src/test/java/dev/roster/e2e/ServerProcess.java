package dev.roster.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The packaged {@code roster.jar} running {@code serve} in its own JVM, as a user starts it. */
public final class ServerProcess implements AutoCloseable {

    private static final Pattern SERVING = Pattern.compile("Roster is serving (http://\\S+)");

    private final Process process;
    private final URI url;
    private final List<String> output;
    private final Thread reader;

    private ServerProcess(Process process, URI url, List<String> output, Thread reader) {
        this.process = process;
        this.url = url;
        this.output = output;
        this.reader = reader;
    }

    /** Starts {@code java -jar roster.jar serve <arguments>} and waits until it says where it serves. */
    public static ServerProcess start(List<String> arguments, Duration patience) throws Exception {
        return start(List.of("-Xmx512m"), arguments, patience);
    }

    /** As {@link #start(List, Duration)}, with the JVM's own options, e.g. {@code -Xmx256m}. */
    public static ServerProcess start(List<String> jvmOptions, List<String> arguments, Duration patience)
            throws Exception {
        Path jar = Path.of("target", "roster.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("target/roster.jar is missing: end-to-end tests run after `mvn package`");
        }
        List<String> command = new ArrayList<>(List.of(javaBinary()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "serve"));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> output = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<URI> serving = new CompletableFuture<>();
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader lines = new BufferedReader(
                            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                            output.add(line);
                            Matcher matcher = SERVING.matcher(line);
                            if (matcher.find()) {
                                serving.complete(URI.create(matcher.group(1)));
                            }
                        }
                    } catch (IOException closed) {
                        // The process ended; whoever waits learns it below.
                    }
                    serving.completeExceptionally(new IllegalStateException("the server stopped before serving"));
                },
                "roster-server-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return new ServerProcess(process, serving.get(patience.toMillis(), TimeUnit.MILLISECONDS), output, reader);
        } catch (Exception failed) {
            process.destroyForcibly();
            throw new IllegalStateException("the server did not start; it said:\n" + String.join("\n", output), failed);
        }
    }

    public URI url() {
        return url;
    }

    public List<String> output() {
        synchronized (output) {
            return List.copyOf(output);
        }
    }

    /**
     * Asks the server to stop as Ctrl-C does, and returns its exit code once its output has been read to the end (the
     * lines it wrote while stopping, such as the request log's last ones, included).
     */
    public int stop(Duration patience) throws InterruptedException, TimeoutException {
        // SIGTERM through the process handle: Process.destroy() also closes our end of the server's output at once,
        // and the lines the reader had not got to yet (a request's line, on a busy machine) were lost with it.
        process.toHandle().destroy();
        if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new TimeoutException("the server did not stop within " + patience);
        }
        reader.join(patience.toMillis());
        if (reader.isAlive()) {
            throw new TimeoutException("the server's output did not end within " + patience + " of its exit");
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    public static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
