package dev.roster.adapters.dynamodb;

import dev.roster.adapters.dynamodb.item.JobItems;
import dev.roster.adapters.dynamodb.item.Values;
import dev.roster.application.error.ConflictException;
import dev.roster.application.error.NotFoundException;
import dev.roster.application.port.Jobs;
import dev.roster.domain.job.Job;
import dev.roster.domain.job.JobId;
import java.util.Map;
import java.util.Optional;

/** Jobs in the {@code jobs} table, one item each, changed only against the version they were read at. */
final class DynamoJobs implements Jobs {

    private final TableNames tables;
    private final People people;
    private final Transactions transactions;

    DynamoJobs(Dynamo dynamo, People people, Transactions transactions) {
        this.tables = dynamo.tables();
        this.people = people;
        this.transactions = transactions;
    }

    @Override
    public void create(Job job) {
        transactions.run(new Transaction()
                .put(
                        tables.jobs(),
                        JobItems.item(job),
                        "attribute_not_exists(#id)",
                        null,
                        () -> ConflictException.duplicateId("job", job.id().value())));
    }

    @Override
    public Optional<Job> find(JobId id) {
        return people.get(tables.jobs(), JobItems.key(id)).map(JobItems::job);
    }

    @Override
    public Job update(Job changed) {
        Job stored = changed.nextVersion();
        String id = changed.id().value();
        transactions.run(new Transaction()
                .put(
                        tables.jobs(),
                        JobItems.item(stored),
                        "#version = :version",
                        Map.of(":version", Values.n(changed.version())),
                        () -> find(changed.id())
                                .<RuntimeException>map(job -> ConflictException.stale("job", id))
                                .orElseGet(() -> new NotFoundException("job", id))));
        return stored;
    }
}
