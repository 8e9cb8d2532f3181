package dev.roster.bootstrap.signin;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Opens an address in the person's browser where there is one to open: {@code open} on macOS, the URL handler on
 * Windows, {@code xdg-open} on a Linux desktop. On a machine without a display nothing is started (a text browser in
 * the terminal would take it over); the address is printed anyway.
 */
public final class Browser {

    private Browser() {}

    /** The command that would open the address here, if this machine has a desktop. */
    static Optional<List<String>> command(URI url, String osName, Map<String, String> environment) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("mac")) {
            return Optional.of(List.of("open", url.toString()));
        }
        if (os.startsWith("windows")) {
            return Optional.of(List.of("rundll32", "url.dll,FileProtocolHandler", url.toString()));
        }
        boolean desktop = present(environment.get("DISPLAY")) || present(environment.get("WAYLAND_DISPLAY"));
        return desktop ? Optional.of(List.of("xdg-open", url.toString())) : Optional.empty();
    }

    /** Whether a browser was asked to open the address. */
    public static boolean open(URI url) {
        Optional<List<String>> command = command(url, System.getProperty("os.name"), System.getenv());
        if (command.isEmpty()) {
            return false;
        }
        try {
            new ProcessBuilder(command.get())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return true;
        } catch (IOException missing) {
            return false;
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
