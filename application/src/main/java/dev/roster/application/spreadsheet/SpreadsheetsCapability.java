package dev.roster.application.spreadsheet;

import dev.roster.application.account.RegisterAccount;
import dev.roster.application.account.SearchAccounts;
import dev.roster.application.account.SearchAccountsCommand;
import dev.roster.application.job.JobRunner;
import dev.roster.application.port.Meter;
import dev.roster.application.port.RosterStorage;
import dev.roster.application.validation.InputRules;
import dev.roster.application.validation.PhoneNumbers;
import dev.roster.domain.platform.PlatformCatalog;
import java.io.OutputStream;
import java.time.Clock;
import java.util.concurrent.Executor;

/**
 * The spreadsheets capability: the workbooks staff live in. Imports (at once, or as a job for large files), exports
 * of a search, and the empty template. Needs {@link SpreadsheetPorts}. Each method is one use case, named in its
 * Javadoc; an import builds the very commands the accounts capability takes, row by row.
 */
public final class SpreadsheetsCapability {

    private final ImportAccounts importAccounts;
    private final ImportJob importJob;
    private final ExportAccounts exportAccounts;
    private final ImportTemplate importTemplate;
    private final ImportSettings settings;

    /**
     * @param executor saves an import's batches and reads an export ahead of its writer
     * @param meter    counts each import's saved and failed rows
     */
    public SpreadsheetsCapability(
            PlatformCatalog platforms,
            InputRules rules,
            PhoneNumbers phones,
            RosterStorage storage,
            SpreadsheetPorts ports,
            ImportSettings settings,
            Clock clock,
            Executor executor,
            Meter meter) {
        var views = storage.accountSearch();
        RegisterAccount register = new RegisterAccount(platforms, rules, phones, storage.influencers(), views, clock);
        SearchAccounts search = new SearchAccounts(platforms, rules, views);
        HandleHolders holders = new HandleHolders(views);
        Importer importer = new Importer(
                ports.reader(),
                register,
                holders,
                new Upserts(holders, storage.influencers(), clock),
                new ErrorReport(ports.writer(), ports.files()),
                settings,
                clock,
                executor,
                meter);
        importAccounts = new ImportAccounts(platforms, importer, ports.files(), storage.jobs(), ports.queue(), clock);
        importJob = new ImportJob(platforms, importer, ports.files());
        exportAccounts = new ExportAccounts(platforms, search, views, phones, ports.writer(), executor);
        importTemplate = new ImportTemplate(platforms, ports.writer());
        this.settings = settings;
    }

    /** The bounds of imports, which transports enforce at their edge too (the upload size). */
    public ImportSettings settings() {
        return settings;
    }

    /** {@link ImportAccounts#importFile}: imports a workbook sent in the request, at once or as a job. */
    public ImportOutcome importFile(ImportAccountsCommand command) {
        return importAccounts.importFile(command);
    }

    /** {@link ImportAccounts#prepareUpload}: a link to send a workbook too large for a request body to. */
    public ImportUpload prepareUpload(String platform) {
        return importAccounts.prepareUpload(platform);
    }

    /** {@link ImportAccounts#importUpload}: imports a workbook sent to an upload link. */
    public ImportOutcome importUpload(ImportUploadCommand command) {
        return importAccounts.importUpload(command);
    }

    /** {@link ExportAccounts}: writes the accounts a search matches as a workbook. */
    public void export(SearchAccountsCommand filters, SheetLanguage language, OutputStream out) {
        exportAccounts.export(filters, language, out);
    }

    /** {@link ImportTemplate}: writes the empty workbook an import expects. */
    public void template(String platform, SheetLanguage language, OutputStream out) {
        importTemplate.write(platform, language, out);
    }

    /** The runner of queued imports, for the jobs capability. */
    public JobRunner importRunner() {
        return importJob;
    }
}
