package dev.roster.bootstrap.cli;

import dev.roster.adapters.dynamodb.MissingTables;
import dev.roster.bootstrap.config.StoreOptions;
import dev.roster.bootstrap.logging.CommandLog;
import dev.roster.bootstrap.logging.LogFormat;
import dev.roster.bootstrap.serve.OpenedStore;
import dev.roster.bootstrap.serve.Stores;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code roster migrate}: brings a store's schema up to date (Flyway) or creates its missing DynamoDB tables. */
@Command(
        name = "migrate",
        mixinStandardHelpOptions = true,
        description = "Bring the store's schema up to date: PostgreSQL's migrations, or DynamoDB's missing tables "
                + "(on AWS, Terraform creates them; this is for the DynamoDB test server and trials).")
public final class MigrateCommand extends LoggingCommand {

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() throws Exception {
        LogFormat format = format();
        store.check();
        // The login is checked (and any notice about it made) before the log starts: a bad one is a bad setting.
        Optional<String> notice =
                store.kind() == StoreOptions.Kind.POSTGRES ? store.jdbcLogin().notice() : Optional.empty();
        CommandLog started = startLog(format, "roster.migrate", Clock.systemUTC());
        try (started) {
            notice.ifPresent(told -> started.out().println(told + "."));
            migrate(started.out());
        }
        return 0;
    }

    private void migrate(PrintWriter out) throws Exception {
        if (store.kind() == StoreOptions.Kind.DYNAMODB) {
            try (var client = Stores.dynamoClient(store)) {
                List<String> created = MissingTables.create(client, store.dynamoDbTablePrefix);
                out.println(
                        created.isEmpty()
                                ? "Every table was there already."
                                : "Created " + String.join(", ", created) + ".");
            }
        } else {
            // Opening a PostgreSQL store migrates it, exactly as the server does at start.
            try (OpenedStore opened = Stores.open(store)) {
                out.println("Up to date: " + opened.description() + ".");
            }
        }
        out.flush();
    }
}
