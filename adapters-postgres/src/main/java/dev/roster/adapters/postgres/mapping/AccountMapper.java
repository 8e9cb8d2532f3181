package dev.roster.adapters.postgres.mapping;

import dev.roster.domain.influencer.AccountDetails;
import dev.roster.domain.influencer.MetricReading;
import dev.roster.domain.influencer.PlatformAccount;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

/** {@code platform_account} rows to accounts, and accounts to rows with their case keys and search bigrams. */
@Mapper(uses = DomainValues.class, unmappedTargetPolicy = ReportingPolicy.ERROR)
public abstract class AccountMapper {

    private final JsonColumns json = new JsonColumns();

    @Mapping(target = "details", source = ".")
    @Mapping(target = "latestMetrics", source = ".")
    // MapStruct takes the record's one-argument "with" method for a fluent setter; the constructor sets everything.
    @Mapping(target = "withMetrics", ignore = true)
    public abstract PlatformAccount toAccount(AccountRow row);

    abstract AccountDetails details(AccountRow row);

    MetricReading latestMetrics(AccountRow row) {
        return row.metrics() == null ? null : json.reading(row.metricsCollectedAt(), row.metrics());
    }

    /** The row for {@code account}, with the keys it is searched and kept unique by. */
    @Mapping(target = "handle", source = "account.details.handle")
    @Mapping(target = "profileUrl", source = "account.details.profileUrl")
    @Mapping(target = "email", source = "account.details.email")
    @Mapping(target = "notes", source = "account.details.notes")
    public abstract AccountWrite toWrite(PlatformAccount account, SearchKeys keys);

    /** The row for {@code account}, whose owner's name has the case key {@code nameKey}. */
    public AccountWrite toWrite(PlatformAccount account, String nameKey) {
        return toWrite(account, SearchKeys.of(account, SearchKeys.NameKeys.of(nameKey)));
    }
}
