package dev.roster.bootstrap.local;

import java.nio.file.Path;

/** A process that starts the embedded store and waits to be killed, as a Roster killed with SIGKILL would be. */
final class KeepsPostgresRunning {

    private KeepsPostgresRunning() {}

    public static void main(String[] arguments) throws InterruptedException {
        LocalPostgres postgres = LocalPostgres.start(Path.of(arguments[0]));
        System.out.println("started on " + postgres.port());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
