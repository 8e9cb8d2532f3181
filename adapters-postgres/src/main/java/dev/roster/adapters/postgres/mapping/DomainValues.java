package dev.roster.adapters.postgres.mapping;

import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.Handle;
import dev.roster.domain.influencer.InfluencerId;
import dev.roster.domain.influencer.PersonName;
import dev.roster.domain.influencer.PhoneNumber;
import dev.roster.domain.job.JobId;
import dev.roster.domain.job.JobType;
import dev.roster.domain.platform.PlatformCode;

/**
 * Column text to value objects and back, for the MapStruct mappers. Stored text was canonical when written, so it is
 * read back through the value objects' checking constructors, never through their lenient parsers.
 */
public final class DomainValues {

    private DomainValues() {}

    public static AccountId accountId(String value) {
        return new AccountId(value);
    }

    public static InfluencerId influencerId(String value) {
        return new InfluencerId(value);
    }

    public static JobId jobId(String value) {
        return new JobId(value);
    }

    public static PlatformCode platform(String value) {
        return new PlatformCode(value);
    }

    public static Handle handle(String value) {
        return new Handle(value);
    }

    public static PersonName name(String value) {
        return new PersonName(value);
    }

    public static PhoneNumber phone(String value) {
        return new PhoneNumber(value);
    }

    public static JobType jobType(String value) {
        return new JobType(value);
    }

    public static String text(AccountId id) {
        return id.value();
    }

    public static String text(InfluencerId id) {
        return id.value();
    }

    public static String text(JobId id) {
        return id.value();
    }

    public static String text(PlatformCode code) {
        return code.value();
    }

    public static String text(Handle handle) {
        return handle.value();
    }

    public static String text(PersonName name) {
        return name.value();
    }

    public static String text(PhoneNumber phone) {
        return phone.e164();
    }

    public static String text(JobType type) {
        return type.value();
    }
}
