package dev.roster.adapters.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.application.port.NewAccount;
import dev.roster.application.query.AccountOrder;
import dev.roster.application.query.AccountQuery;
import dev.roster.domain.influencer.AccountDetails;
import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.Handle;
import dev.roster.domain.influencer.InfluencerId;
import dev.roster.domain.influencer.PersonIdentity;
import dev.roster.domain.influencer.PersonName;
import dev.roster.domain.influencer.PhoneNumber;
import dev.roster.domain.platform.PlatformCode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * How a search projection catches up, counted in the requests its store sends (issue 23: after importing 100,000
 * accounts the first search took over a minute, reading each changed person with a Query of its own, one after
 * another). A few changes behind, it reads only the people who changed; far behind, it loads the table again with one
 * parallel Scan.
 */
class DynamoProjectionCatchUpTest {

    private static final PlatformCode PLATFORM = PlatformCode.of("a");

    private final LocalDynamo local = LocalDynamo.shared();
    private final DynamoStorage writer = local.emptyStorage();
    private final Requests requests = new Requests();
    private final DynamoDbClient watched = DynamoClients.local(local.endpoint(), requests);
    // No look-back lag: each catch-up then reads exactly the entries written since the previous one.
    private final DynamoStorage reader =
            DynamoStorage.create(watched, new DynamoSettings(local.prefix(), null, Duration.ZERO, 8));
    private final String people = TableNames.of(local.prefix()).people();

    @Test
    void aFewChangesBehindReadsOnlyThePeopleWhoChanged() {
        writer.influencers().registerAll(accounts(0, 40));
        reader.prime();
        assertThat(reader.projectedAccounts()).isEqualTo(40);

        writer.influencers().registerAll(accounts(40, 3));
        requests.clear();
        assertThat(handles("user_4")).containsExactly("user_4", "user_40", "user_41", "user_42");

        assertThat(requests.scans()).as("Scan requests").isEmpty();
        assertThat(requests.queriesOf(people)).as("Queries of the people table").hasSize(3);
        assertThat(reader.projectedAccounts()).isEqualTo(43);
    }

    @Test
    void farBehindLoadsAgainWithOneParallelScanInsteadOfAQueryPerPerson() {
        writer.influencers().registerAll(accounts(0, 40));
        reader.prime();
        // 100 people changed: more than 64 plus a quarter of the 40 the projection holds.
        writer.influencers().registerAll(accounts(40, 100));
        requests.clear();
        assertThat(handles("user_13"))
                .containsExactly(
                        "user_13",
                        "user_130",
                        "user_131",
                        "user_132",
                        "user_133",
                        "user_134",
                        "user_135",
                        "user_136",
                        "user_137",
                        "user_138",
                        "user_139");

        assertThat(requests.scans())
                .as("Scan requests: one page per segment of a small table")
                .hasSize(ProjectionFeed.SEGMENTS)
                .allMatch(scan -> scan.tableName().equals(people));
        assertThat(requests.queriesOf(people)).as("Queries of the people table").isEmpty();
        assertThat(reader.projectedAccounts()).isEqualTo(140);

        // The change-log entries the reload covered are not read again on the next catch-up.
        requests.clear();
        assertThat(handles("user_139")).containsExactly("user_139");
        assertThat(requests.scans()).isEmpty();
        assertThat(requests.queriesOf(people)).isEmpty();
    }

    private List<String> handles(String text) {
        AccountQuery query = new AccountQuery(
                PLATFORM, text, null, null, AccountOrder.parse("handle").orElseThrow(), 50, null);
        return reader.accountSearch().search(query).items().stream()
                .map(view -> view.account().handle().value())
                .toList();
    }

    private static List<NewAccount> accounts(int from, int count) {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        List<NewAccount> accounts = new ArrayList<>(count);
        for (int i = from; i < from + count; i++) {
            Instant at = start.plusSeconds(i);
            accounts.add(new NewAccount(
                    AccountId.next(at),
                    InfluencerId.next(at),
                    new PersonIdentity(PersonName.of("Person " + i), PhoneNumber.ofE164("+8210" + (30_000_000 + i))),
                    PLATFORM,
                    new AccountDetails(Handle.of("user_" + i), null, null, null),
                    at));
        }
        return accounts;
    }

    /** The Scan and Query requests the reader's client sends, as sent (retries are not requests of their own). */
    private static final class Requests implements ExecutionInterceptor {
        private final Queue<Object> sent = new ConcurrentLinkedQueue<>();

        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            sent.add(context.request());
        }

        void clear() {
            sent.clear();
        }

        List<ScanRequest> scans() {
            return sent.stream()
                    .filter(ScanRequest.class::isInstance)
                    .map(ScanRequest.class::cast)
                    .toList();
        }

        List<QueryRequest> queriesOf(String table) {
            return sent.stream()
                    .filter(QueryRequest.class::isInstance)
                    .map(QueryRequest.class::cast)
                    .filter(query -> query.tableName().equals(table))
                    .toList();
        }
    }
}
