package dev.roster.e2e;

import java.util.List;

/** The scenarios against the packaged server on PostgreSQL, served by Javalin. */
class PackagedServerOnPostgresIT extends PackagedServerOnPostgres {

    @Override
    protected List<String> transportArguments() {
        return List.of();
    }
}
