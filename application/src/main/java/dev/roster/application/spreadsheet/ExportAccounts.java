package dev.roster.application.spreadsheet;

import dev.roster.application.account.AccountLookup;
import dev.roster.application.account.SearchAccounts;
import dev.roster.application.account.SearchAccountsCommand;
import dev.roster.application.port.AccountSearch;
import dev.roster.application.port.SheetColumn;
import dev.roster.application.port.SheetOutputRow;
import dev.roster.application.port.SpreadsheetWriter;
import dev.roster.application.query.AccountQuery;
import dev.roster.application.query.AccountRef;
import dev.roster.application.query.AccountView;
import dev.roster.application.validation.PhoneNumbers;
import dev.roster.domain.influencer.MetricReading;
import dev.roster.domain.platform.MetricName;
import dev.roster.domain.platform.Platform;
import dev.roster.domain.platform.PlatformCatalog;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes the accounts a search matches as a workbook, streaming: the influencer's name and phone, the account's
 * details, its latest metrics with their date, the influencer's handles on the other platforms, when the account was
 * registered and when the influencer's latest consent form was signed. Its first six
 * columns carry the import's labels, so an export can be edited and imported again.
 */
public final class ExportAccounts {

    /** Accounts read per round trip to the store, and handed from the reading thread to the writing one at a time. */
    static final int PAGE = AccountQuery.MAX_LIMIT;

    private final PlatformCatalog platforms;
    private final SearchAccounts searchAccounts;
    private final AccountSearch search;
    private final PhoneNumbers phones;
    private final SpreadsheetWriter writer;
    private final Executor executor;

    ExportAccounts(
            PlatformCatalog platforms,
            SearchAccounts searchAccounts,
            AccountSearch search,
            PhoneNumbers phones,
            SpreadsheetWriter writer,
            Executor executor) {
        this.platforms = platforms;
        this.searchAccounts = searchAccounts;
        this.search = search;
        this.phones = phones;
        this.writer = writer;
        this.executor = executor;
    }

    /**
     * Writes every account {@code filters} match (its limit and cursor are ignored), in its order, to {@code out}.
     *
     * @throws dev.roster.application.error.NotFoundException when the platform is unknown
     * @throws dev.roster.application.error.InvalidInputException when a filter is invalid; nothing is written then
     */
    public void export(SearchAccountsCommand filters, SheetLanguage language, OutputStream out) {
        SearchAccountsCommand everything = new SearchAccountsCommand(
                filters.platform(),
                filters.text(),
                filters.minFollowers(),
                filters.hasConsent(),
                filters.sort(),
                null,
                null);
        AccountQuery asked = searchAccounts.query(everything);
        AccountQuery query = new AccountQuery(
                asked.platform(), asked.text(), asked.minFollowers(), asked.hasConsent(), asked.order(), PAGE, null);
        Platform platform = AccountLookup.platform(platforms, filters.platform());
        List<Platform> others = platforms.all().stream()
                .filter(other -> !other.equals(platform))
                .toList();
        // Rows are made on the reading thread: formatting a phone and the other platforms' handles costs about as much
        // as writing the row, and the writer is the slower half.
        try (Stream<AccountView> all = search.all(query);
                ReadAhead<SheetOutputRow> rows = new ReadAhead<>(
                        all.map(view -> row(view, platform, others)).iterator(),
                        PAGE,
                        "roster-export-reader",
                        executor)) {
            writer.write(platform.name(), columns(platform, others, language), rows, out);
        }
    }

    private List<SheetColumn> columns(Platform platform, List<Platform> others, SheetLanguage language) {
        boolean korean = language == SheetLanguage.KOREAN;
        List<SheetColumn> columns = new ArrayList<>();
        for (ImportColumn column : ImportColumn.values()) {
            columns.add(new SheetColumn(column.label(language), SheetColumn.Kind.TEXT, column.width()));
        }
        for (MetricName metric : platform.metrics()) {
            columns.add(new SheetColumn(MetricLabels.of(metric, language), SheetColumn.Kind.NUMBER, 14));
        }
        columns.add(new SheetColumn(korean ? "측정일" : "Metrics date", SheetColumn.Kind.DATE_TIME, 18));
        for (Platform other : others) {
            columns.add(new SheetColumn(other.name() + (korean ? " 계정명" : " handle"), SheetColumn.Kind.TEXT, 22));
        }
        columns.add(new SheetColumn(korean ? "등록일" : "Registered", SheetColumn.Kind.DATE_TIME, 18));
        // Read back by nothing: an import ignores columns it does not know, so an edited export imports again.
        columns.add(new SheetColumn(korean ? "동의서 서명일" : "Consent signed on", SheetColumn.Kind.DATE, 14));
        return columns;
    }

    private SheetOutputRow row(AccountView view, Platform platform, List<Platform> others) {
        List<Object> values = new ArrayList<>();
        var details = view.account().details();
        values.add(view.influencer().name().value());
        values.add(phones.display(view.influencer().phone()));
        values.add(details.handle().value());
        values.add(details.profileUrl());
        values.add(details.email());
        values.add(details.notes());
        MetricReading latest = view.account().latestMetrics();
        for (MetricName metric : platform.metrics()) {
            values.add(latest == null ? null : latest.value(metric).orElse(null));
        }
        values.add(latest == null ? null : latest.collectedAt());
        for (Platform other : others) {
            String handles = view.otherAccounts().stream()
                    .filter(ref -> ref.platform().equals(other.code()))
                    .map(AccountRef::handle)
                    .map(Object::toString)
                    .collect(Collectors.joining(", "));
            values.add(handles.isEmpty() ? null : handles);
        }
        values.add(view.account().createdAt());
        values.add(view.consentSignedOn());
        return SheetOutputRow.plain(values);
    }
}
