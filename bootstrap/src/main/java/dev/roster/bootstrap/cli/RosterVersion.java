package dev.roster.bootstrap.cli;

import picocli.CommandLine.IVersionProvider;

/** The version in the jar's manifest, or "development" when run from classes. */
public final class RosterVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = RosterVersion.class.getPackage().getImplementationVersion();
        return new String[] {"roster " + (version == null ? "development" : version)};
    }
}
