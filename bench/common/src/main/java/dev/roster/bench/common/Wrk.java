package dev.roster.bench.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs {@code wrk} (2 threads, {@code --latency}) and reads what it reports. */
public final class Wrk {

    private static final Pattern REQUESTS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+([0-9]+)");
    private static final Pattern SOCKET_ERRORS =
            Pattern.compile("Socket errors: connect ([0-9]+), read ([0-9]+), write ([0-9]+), timeout ([0-9]+)");

    private Wrk() {}

    /** What one run reported: requests a second, latency percentiles in milliseconds, and errors of any kind. */
    public record Report(double perSecond, double p50, double p75, double p90, double p99, long errors, String text) {}

    /**
     * Loads {@code url} with {@code connections} connections for {@code seconds}, each request made by the Lua
     * {@code script} (a resource of {@code owner}, or none for a plain GET of the URL), with {@code environment} set.
     */
    public static Report run(
            String url, Class<?> owner, String script, Map<String, String> environment, int connections, int seconds)
            throws IOException, InterruptedException {
        ProcessBuilder wrk;
        if (script == null) {
            wrk = new ProcessBuilder("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--latency", url);
        } else {
            Path lua = Files.createTempFile("bench", ".lua");
            try (InputStream resource = owner.getResourceAsStream(script)) {
                Files.write(lua, resource.readAllBytes());
            }
            wrk = new ProcessBuilder(
                    "wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--latency", "-s", lua.toString(), url);
        }
        wrk.redirectErrorStream(true).environment().putAll(environment);
        Process process = wrk.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("wrk failed:\n" + output);
        }
        return new Report(
                number(REQUESTS, output),
                millis(output, "50%"),
                millis(output, "75%"),
                millis(output, "90%"),
                millis(output, "99%"),
                errors(output),
                output);
    }

    private static long errors(String output) {
        long errors = 0;
        Matcher non2xx = NON_2XX.matcher(output);
        if (non2xx.find()) {
            errors += Long.parseLong(non2xx.group(1));
        }
        Matcher socket = SOCKET_ERRORS.matcher(output);
        if (socket.find()) {
            for (int group = 1; group <= 4; group++) {
                errors += Long.parseLong(socket.group(group));
            }
        }
        return errors;
    }

    private static double number(Pattern pattern, String report) {
        Matcher matcher = pattern.matcher(report);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + pattern + " in:\n" + report);
        }
        return Double.parseDouble(matcher.group(1));
    }

    /** A latency percentile line of {@code --latency} ({@code 99%  12.34ms}) in milliseconds. */
    public static double millis(String report, String percentile) {
        Matcher matcher = Pattern.compile(Pattern.quote(percentile) + "\\s+([0-9.]+)(us|ms|s)")
                .matcher(report);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + percentile + " in:\n" + report);
        }
        double value = Double.parseDouble(matcher.group(1));
        return switch (matcher.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }
}
