package dev.roster.bootstrap;

import dev.roster.bootstrap.cli.RosterCli;

/** The {@code roster} command. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        // Exit explicitly: a stopped Jetty leaves a non-daemon thread behind for a few seconds.
        System.exit(RosterCli.commandLine().execute(args));
    }
}
