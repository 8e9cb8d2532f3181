package dev.roster.application.spreadsheet;

import dev.roster.application.account.RegisterAccount;
import dev.roster.application.account.SearchAccounts;
import dev.roster.application.port.FileStore;
import dev.roster.application.port.JobQueue;
import dev.roster.application.port.RosterStorage;
import dev.roster.application.port.SpreadsheetReader;
import dev.roster.application.port.SpreadsheetWriter;
import dev.roster.application.validation.PhoneNumbers;
import dev.roster.domain.platform.PlatformCatalog;
import java.time.Clock;

/** The Excel use cases over one set of ports, built together because they share the importer. */
public final class SpreadsheetUseCases {

    private final ImportAccounts importAccounts;
    private final ImportJob importJob;
    private final ExportAccounts exportAccounts;
    private final ImportTemplate importTemplate;

    /** The ports and settings the Excel use cases need, on top of those every use case has. */
    public record Ports(FileStore files, JobQueue queue, SpreadsheetReader reader, SpreadsheetWriter writer,
            ImportSettings settings) {
    }

    public SpreadsheetUseCases(PlatformCatalog platforms, RosterStorage storage, RegisterAccount register,
            SearchAccounts searchAccounts, PhoneNumbers phones, Ports ports, Clock clock) {
        Upserts upserts = new Upserts(storage.accountSearch(), storage.influencers(), clock);
        Importer importer = new Importer(ports.reader(), register, upserts, new ErrorReport(ports.writer(), ports.files()),
                ports.settings(), clock);
        importAccounts = new ImportAccounts(platforms, importer, ports.files(), storage.jobs(), ports.queue(), clock);
        importJob = new ImportJob(platforms, importer, ports.files());
        exportAccounts = new ExportAccounts(platforms, searchAccounts, storage.accountSearch(), phones, ports.writer());
        importTemplate = new ImportTemplate(platforms, ports.writer());
    }

    public ImportAccounts importAccounts() {
        return importAccounts;
    }

    /** The runner of queued imports, for {@link dev.roster.application.job.RunJob}. */
    public ImportJob importJob() {
        return importJob;
    }

    public ExportAccounts exportAccounts() {
        return exportAccounts;
    }

    public ImportTemplate importTemplate() {
        return importTemplate;
    }
}
