package dev.roster.bootstrap.cli;

import dev.roster.adapters.dynamodb.MissingTables;
import dev.roster.bootstrap.config.StoreOptions;
import dev.roster.bootstrap.logging.CommandLog;
import dev.roster.bootstrap.logging.LogFormat;
import dev.roster.bootstrap.logging.LogOptions;
import dev.roster.bootstrap.logging.LoggedCommand;
import dev.roster.bootstrap.serve.OpenedStore;
import dev.roster.bootstrap.serve.Stores;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code roster migrate}: brings a store's schema up to date (Flyway) or creates its missing DynamoDB tables. */
@Command(
        name = "migrate",
        mixinStandardHelpOptions = true,
        description = "Bring the store's schema up to date: PostgreSQL's migrations, or DynamoDB's missing tables "
                + "(on AWS, Terraform creates them; this is for the DynamoDB test server and trials).")
public final class MigrateCommand implements Callable<Integer>, LoggedCommand {

    @Mixin
    StoreOptions store;

    @Mixin
    LogOptions logging;

    @Spec
    CommandSpec spec;

    private CommandLog log;

    @Override
    public Optional<CommandLog> log() {
        return Optional.ofNullable(log);
    }

    @Override
    public Integer call() throws Exception {
        LogFormat format = logging.format();
        store.check();
        // The login is checked (and any notice about it made) before the log starts: a bad one is a bad setting.
        Optional<String> notice =
                store.kind() == StoreOptions.Kind.POSTGRES ? store.jdbcLogin().notice() : Optional.empty();
        log = CommandLog.start(format, "roster.migrate", spec.commandLine().getOut(), Clock.systemUTC());
        try (CommandLog started = log) {
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
