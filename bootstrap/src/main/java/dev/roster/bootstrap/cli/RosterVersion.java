package dev.roster.bootstrap.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.IVersionProvider;

/** The version in the jar's manifest ("development" when run from classes) and the commit it was built from. */
public final class RosterVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = RosterVersion.class.getPackage().getImplementationVersion();
        return new String[] {"roster " + (version == null ? "development" : version) + " (commit " + commit() + ")"};
    }

    /** Written at build time by the bootstrap pom (git rev-parse); "unknown" when it could not be. */
    static String commit() {
        try (InputStream file = RosterVersion.class.getResourceAsStream("commit.txt")) {
            String commit = file == null ? "" : new String(file.readAllBytes(), StandardCharsets.UTF_8).strip();
            return commit.isEmpty() ? "unknown" : commit;
        } catch (IOException unreadable) {
            return "unknown";
        }
    }
}
