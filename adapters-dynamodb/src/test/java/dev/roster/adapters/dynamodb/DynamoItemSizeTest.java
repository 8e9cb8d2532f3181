package dev.roster.adapters.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.domain.influencer.AccountDetails;
import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.CollectionFailure;
import dev.roster.domain.influencer.ConsentForm;
import dev.roster.domain.influencer.ConsentFormId;
import dev.roster.domain.influencer.Handle;
import dev.roster.domain.influencer.Influencer;
import dev.roster.domain.influencer.InfluencerId;
import dev.roster.domain.influencer.MetricReading;
import dev.roster.domain.influencer.MetricSnapshot;
import dev.roster.domain.influencer.PersonIdentity;
import dev.roster.domain.influencer.PersonName;
import dev.roster.domain.influencer.PhoneNumber;
import dev.roster.domain.influencer.PlatformAccount;
import dev.roster.domain.job.Job;
import dev.roster.domain.job.JobId;
import dev.roster.domain.job.JobType;
import dev.roster.domain.platform.MetricName;
import dev.roster.domain.platform.PlatformCode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Items over DynamoDB's limits (400 KB an item, 2 KB a partition key, 1 KB a sort key) cannot be made: everything the
 * domain allows at its largest, in 3-byte Korean characters (the most UTF-8 bytes per Java character), is stored and
 * read back whole.
 */
class DynamoItemSizeTest {

    private static final Instant NOW = Instant.parse("2026-07-01T09:00:00Z");
    private static final String WIDE = "가";

    private final DynamoStorage storage = LocalDynamo.shared().emptyStorage();

    @Test
    void theLargestPersonAccountReadingAndConsentFormTheDomainAllowsAreStoredWhole() {
        Influencer person = Influencer.register(
                InfluencerId.next(NOW),
                new PersonIdentity(
                        PersonName.of(WIDE.repeat(PersonName.MAX_LENGTH)), PhoneNumber.ofE164("+821012345678901")),
                NOW);
        AccountDetails details = new AccountDetails(
                Handle.of(WIDE.repeat(Handle.MAX_LENGTH)),
                "https://example.com/" + WIDE.repeat(AccountDetails.MAX_PROFILE_URL_LENGTH - 20),
                WIDE.repeat(AccountDetails.MAX_EMAIL_LENGTH),
                WIDE.repeat(AccountDetails.MAX_NOTES_LENGTH));
        PlatformAccount account = PlatformAccount.register(
                AccountId.next(NOW), person.id(), PlatformCode.of("p".repeat(32)), details, NOW);
        TreeMap<MetricName, Long> metrics = new TreeMap<>();
        for (int i = 0; i < MetricReading.MAX_METRICS; i++) {
            metrics.put(MetricName.of("m" + "x".repeat(36) + String.format("%03d", i)), Long.MAX_VALUE);
        }
        MetricReading reading = new MetricReading(NOW, metrics);
        ConsentForm form = new ConsentForm(
                ConsentFormId.next(NOW),
                person.id(),
                WIDE.repeat(ConsentForm.MAX_DOCUMENT_KEY_LENGTH),
                WIDE.repeat(ConsentForm.MAX_FILE_NAME_LENGTH),
                Long.MAX_VALUE,
                "f".repeat(64),
                LocalDate.of(2026, 7, 1),
                NOW,
                WIDE.repeat(ConsentForm.MAX_FILED_BY_LENGTH),
                WIDE.repeat(ConsentForm.MAX_NOTE_LENGTH),
                true);

        storage.influencers().create(person, account);
        storage.metricHistory().record(new MetricSnapshot(account.id(), reading));
        storage.consentForms().record(form);

        assertThat(storage.influencers().findByIdentity(person.identity())).contains(person);
        assertThat(storage.influencers().findAccount(account.id())).contains(account.withMetrics(reading));
        assertThat(storage.consentForms().of(person.id())).containsExactly(form);
    }

    @Test
    void theLargestFailureIsKeptOnTheLargestAccountAndItStaysSchedulable() {
        Influencer person = Influencer.register(
                InfluencerId.next(NOW),
                new PersonIdentity(
                        PersonName.of(WIDE.repeat(PersonName.MAX_LENGTH)), PhoneNumber.ofE164("+821012345678902")),
                NOW);
        AccountDetails details = new AccountDetails(
                Handle.of(WIDE.repeat(Handle.MAX_LENGTH)),
                "https://example.com/" + WIDE.repeat(AccountDetails.MAX_PROFILE_URL_LENGTH - 20),
                WIDE.repeat(AccountDetails.MAX_EMAIL_LENGTH),
                WIDE.repeat(AccountDetails.MAX_NOTES_LENGTH));
        PlatformCode platform = PlatformCode.of("p".repeat(32));
        PlatformAccount account = PlatformAccount.register(AccountId.next(NOW), person.id(), platform, details, NOW);
        CollectionFailure failure = new CollectionFailure(
                account.id(),
                CollectionFailure.Status.PAGE_CHANGED,
                WIDE.repeat(CollectionFailure.MAX_REASON_LENGTH),
                NOW);

        storage.influencers().create(person, account);
        storage.metricHistory().recordFailure(failure);

        assertThat(storage.metricHistory().lastFailure(account.id())).contains(failure);
        assertThat(storage.metricHistory().claimDue(platform, NOW.plusSeconds(1), NOW, Duration.ofMinutes(1), 10))
                .containsExactly(account);
    }

    @Test
    void theLargestJobTheDomainAllowsIsStoredWhole() {
        Map<String, String> parameters = new LinkedHashMap<>();
        Map<String, Object> result = new LinkedHashMap<>();
        for (int i = 0; i < Job.MAX_ENTRIES; i++) {
            String key = String.format("%03d", i) + WIDE.repeat(Job.MAX_KEY_LENGTH - 3);
            parameters.put(key, WIDE.repeat(Job.MAX_TEXT_LENGTH));
            result.put(key, WIDE.repeat(Job.MAX_TEXT_LENGTH));
        }
        Job queued = Job.queue(JobId.next(NOW), JobType.of("import"), parameters, NOW);
        storage.jobs().create(queued);

        Job done = storage.jobs().update(queued.start(NOW).succeed(result, NOW));

        assertThat(storage.jobs().find(queued.id())).contains(done);
        assertThat(done.result()).containsExactlyEntriesOf(result);
    }
}
