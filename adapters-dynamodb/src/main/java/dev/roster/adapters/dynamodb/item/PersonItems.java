package dev.roster.adapters.dynamodb.item;

import static dev.roster.adapters.dynamodb.item.Values.instant;
import static dev.roster.adapters.dynamodb.item.Values.n;
import static dev.roster.adapters.dynamodb.item.Values.number;
import static dev.roster.adapters.dynamodb.item.Values.putIfPresent;
import static dev.roster.adapters.dynamodb.item.Values.s;
import static dev.roster.adapters.dynamodb.item.Values.string;

import dev.roster.domain.influencer.AccountDetails;
import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.ConsentForm;
import dev.roster.domain.influencer.ConsentFormId;
import dev.roster.domain.influencer.Handle;
import dev.roster.domain.influencer.Influencer;
import dev.roster.domain.influencer.InfluencerId;
import dev.roster.domain.influencer.MetricReading;
import dev.roster.domain.influencer.PersonIdentity;
import dev.roster.domain.influencer.PersonName;
import dev.roster.domain.influencer.PhoneNumber;
import dev.roster.domain.influencer.PlatformAccount;
import dev.roster.domain.platform.PlatformCode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The items of the {@code people} table. A person's partition holds the person ({@code item = P}), each of their
 * accounts ({@code A#<account id>}) and consent forms ({@code C#<form id>}), so one consistent Query reads the
 * whole aggregate.
 */
public final class PersonItems {

    public static final String PARTITION = "influencer";
    public static final String ITEM = "item";
    public static final String PERSON = "P";
    public static final String ACCOUNT_PREFIX = "A#";
    public static final String CONSENT_PREFIX = "C#";

    public static final String NAME = "name";
    public static final String PHONE = "phone";
    public static final String VERSION = "version";
    public static final String CREATED = "createdAt";
    public static final String UPDATED = "updatedAt";
    /** How many consent forms a person has on file, for the search filter: changed with the forms, atomically. */
    public static final String CONSENT = "consent";
    /** Set while a person or account is being removed: no new account, reading or form may join it. */
    public static final String DELETING = "deleting";

    public static final String ID = "id";
    public static final String PLATFORM = "platform";
    public static final String HANDLE = "handle";
    public static final String PROFILE_URL = "profileUrl";
    public static final String EMAIL = "email";
    public static final String NOTES = "notes";
    public static final String METRICS = "metrics";
    public static final String METRICS_AT = "metricsAt";

    public static final String DOCUMENT = "document";
    public static final String FILE_NAME = "fileName";
    public static final String SIZE = "size";
    public static final String SHA256 = "sha256";
    public static final String SIGNED_ON = "signedOn";
    public static final String FILED_AT = "filedAt";
    public static final String FILED_BY = "filedBy";
    public static final String NOTE = "note";
    public static final String ACTIVE_CONTENT = "activeContent";

    private PersonItems() {}

    public static Map<String, AttributeValue> personKey(InfluencerId id) {
        return Map.of(PARTITION, s(id.value()), ITEM, s(PERSON));
    }

    public static Map<String, AttributeValue> accountKey(InfluencerId owner, AccountId id) {
        return Map.of(PARTITION, s(owner.value()), ITEM, s(ACCOUNT_PREFIX + id.value()));
    }

    /** A form's key: its id, so that filing the same form again replaces its item. */
    public static Map<String, AttributeValue> consentKey(InfluencerId owner, ConsentFormId id) {
        return Map.of(PARTITION, s(owner.value()), ITEM, s(CONSENT_PREFIX + id.value()));
    }

    public static Map<String, AttributeValue> person(Influencer influencer) {
        Map<String, AttributeValue> item = new HashMap<>(personKey(influencer.id()));
        item.put(NAME, s(influencer.name().value()));
        item.put(PHONE, s(influencer.phone().e164()));
        item.put(VERSION, n(influencer.version()));
        item.put(CREATED, Values.instant(influencer.createdAt()));
        item.put(UPDATED, Values.instant(influencer.updatedAt()));
        return item;
    }

    public static Influencer influencer(Map<String, AttributeValue> item) {
        return new Influencer(
                InfluencerId.parse(string(item, PARTITION)).orElseThrow(),
                new PersonIdentity(new PersonName(string(item, NAME)), new PhoneNumber(string(item, PHONE))),
                number(item, VERSION),
                instant(item, CREATED),
                instant(item, UPDATED));
    }

    public static Map<String, AttributeValue> account(PlatformAccount account) {
        Map<String, AttributeValue> item = new HashMap<>(accountKey(account.influencerId(), account.id()));
        item.put(ID, s(account.id().value()));
        item.put(PLATFORM, s(account.platform().value()));
        putDetails(item, account.details());
        account.metrics().ifPresent(reading -> {
            item.put(METRICS, MetricItems.values(reading));
            item.put(METRICS_AT, Values.instant(reading.collectedAt()));
        });
        item.put(VERSION, n(account.version()));
        item.put(CREATED, Values.instant(account.createdAt()));
        item.put(UPDATED, Values.instant(account.updatedAt()));
        return item;
    }

    /** The attributes that hold an account's details; absent fields are absent attributes. */
    public static void putDetails(Map<String, AttributeValue> item, AccountDetails details) {
        item.put(HANDLE, s(details.handle().value()));
        putIfPresent(item, PROFILE_URL, details.profileUrl());
        putIfPresent(item, EMAIL, details.email());
        putIfPresent(item, NOTES, details.notes());
    }

    public static PlatformAccount platformAccount(Map<String, AttributeValue> item) {
        MetricReading metrics =
                item.containsKey(METRICS) ? MetricItems.reading(instant(item, METRICS_AT), item.get(METRICS)) : null;
        return new PlatformAccount(
                AccountId.parse(string(item, ID)).orElseThrow(),
                InfluencerId.parse(string(item, PARTITION)).orElseThrow(),
                new PlatformCode(string(item, PLATFORM)),
                new AccountDetails(
                        new Handle(string(item, HANDLE)),
                        string(item, PROFILE_URL),
                        string(item, EMAIL),
                        string(item, NOTES)),
                metrics,
                number(item, VERSION),
                instant(item, CREATED),
                instant(item, UPDATED));
    }

    public static Map<String, AttributeValue> consent(ConsentForm form) {
        Map<String, AttributeValue> item = new HashMap<>(consentKey(form.influencerId(), form.id()));
        item.put(ID, s(form.id().value()));
        item.put(DOCUMENT, s(form.documentKey()));
        item.put(FILE_NAME, s(form.fileName()));
        item.put(SIZE, n(form.size()));
        item.put(SHA256, s(form.sha256()));
        item.put(SIGNED_ON, s(form.signedOn().toString()));
        item.put(FILED_AT, Values.instant(form.filedAt()));
        putIfPresent(item, FILED_BY, form.filedBy());
        putIfPresent(item, NOTE, form.note());
        item.put(ACTIVE_CONTENT, Values.bool(form.activeContent()));
        return item;
    }

    public static ConsentForm consentForm(Map<String, AttributeValue> item) {
        return new ConsentForm(
                new ConsentFormId(string(item, ID)),
                InfluencerId.parse(string(item, PARTITION)).orElseThrow(),
                string(item, DOCUMENT),
                string(item, FILE_NAME),
                number(item, SIZE),
                string(item, SHA256),
                LocalDate.parse(string(item, SIGNED_ON)),
                instant(item, FILED_AT),
                string(item, FILED_BY),
                string(item, NOTE),
                Values.flag(item, ACTIVE_CONTENT));
    }

    public static boolean isPerson(Map<String, AttributeValue> item) {
        return PERSON.equals(string(item, ITEM));
    }

    public static boolean isAccount(Map<String, AttributeValue> item) {
        return string(item, ITEM).startsWith(ACCOUNT_PREFIX);
    }

    public static boolean isConsent(Map<String, AttributeValue> item) {
        return string(item, ITEM).startsWith(CONSENT_PREFIX);
    }
}
