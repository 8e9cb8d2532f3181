package dev.roster.bootstrap.serve;

import dev.roster.bootstrap.cli.ConfigurationException;
import dev.roster.bootstrap.cli.StoreOptions;

/** Opens the store the settings ask for. */
public final class Stores {

    private Stores() {
    }

    public static OpenedStore open(StoreOptions options) {
        throw new ConfigurationException("--store", "no store adapter is wired yet: " + options.kind());
    }
}
