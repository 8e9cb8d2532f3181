package dev.roster.application;

import dev.roster.application.job.GetJob;
import dev.roster.application.job.JobRunner;
import dev.roster.application.job.RunDeliveredJob;
import dev.roster.application.job.RunJob;
import dev.roster.application.port.FileStore;
import dev.roster.application.port.JobQueue;
import dev.roster.application.port.SpreadsheetReader;
import dev.roster.application.port.SpreadsheetWriter;
import dev.roster.application.spreadsheet.ExportAccounts;
import dev.roster.application.spreadsheet.ImportAccounts;
import dev.roster.application.spreadsheet.ImportSettings;
import dev.roster.application.spreadsheet.ImportTemplate;
import dev.roster.application.spreadsheet.SpreadsheetUseCases;
import java.util.List;
import dev.roster.application.account.DeleteAccount;
import dev.roster.application.account.GetAccount;
import dev.roster.application.account.RegisterAccount;
import dev.roster.application.account.SearchAccounts;
import dev.roster.application.account.UpdateAccount;
import dev.roster.application.collection.ClaimDueAccounts;
import dev.roster.application.collection.CollectMetrics;
import dev.roster.application.collection.CollectionSetup;
import dev.roster.application.collection.GetCollectionFailure;
import dev.roster.application.collection.GetMetricHistory;
import dev.roster.application.collection.ListDueAccounts;
import dev.roster.application.collection.Pace;
import dev.roster.application.collection.PlatformCollection;
import dev.roster.application.collection.RecordCollection;
import dev.roster.application.collection.ScheduleCollection;
import dev.roster.application.influencer.DeleteInfluencer;
import dev.roster.application.influencer.GetInfluencer;
import dev.roster.application.influencer.UpdateInfluencer;
import dev.roster.application.port.JobQueue;
import dev.roster.application.port.MetricSource;
import dev.roster.application.port.RosterStorage;
import dev.roster.application.validation.InputRules;
import dev.roster.application.validation.PhoneNumbers;
import dev.roster.domain.platform.PlatformCatalog;
import dev.roster.domain.platform.PlatformCode;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The front door for code that embeds Roster: built once from the ports, it hands out every use case. Thread-safe;
 * build it at start-up and share it.
 *
 * <pre>{@code
 * Roster roster = Roster.builder().storage(storage).build();
 * AccountView view = roster.registerAccount().register(
 *         new RegisterAccountCommand("a", "김민지", "010-1234-5678", "minji", null, null, null));
 * }</pre>
 */
public final class Roster {

    private final PlatformCatalog platforms;
    private final RegisterAccount registerAccount;
    private final UpdateAccount updateAccount;
    private final DeleteAccount deleteAccount;
    private final GetAccount getAccount;
    private final SearchAccounts searchAccounts;
    private final UpdateInfluencer updateInfluencer;
    private final DeleteInfluencer deleteInfluencer;
    private final GetInfluencer getInfluencer;
    private final ScheduleCollection scheduleCollection;
    private final CollectMetrics collectMetrics;
    private final RecordCollection recordCollection;
    private final GetMetricHistory getMetricHistory;
    private final ListDueAccounts listDueAccounts;
    private final ClaimDueAccounts claimDueAccounts;
    private final GetCollectionFailure getCollectionFailure;
    private final SpreadsheetUseCases spreadsheets;
    private final RunJob runJob;
    private final RunDeliveredJob runDeliveredJob;
    private final GetJob getJob;
    private final ImportSettings importSettings;

    private Roster(Builder builder) {
        RosterStorage storage = Objects.requireNonNull(builder.storage, "storage must be set");
        platforms = builder.platforms;
        InputRules rules = builder.rules != null ? builder.rules : InputRules.withDefaultProvider();
        PhoneNumbers phones = new PhoneNumbers(builder.phoneRegion);
        // Stores keep microseconds (PostgreSQL's precision): ticking the clock at that grain makes what a use case
        // returns equal to what a later read returns.
        Clock clock = Clock.tick(builder.clock, Duration.ofNanos(1_000));
        var influencers = storage.influencers();
        var search = storage.accountSearch();
        registerAccount = new RegisterAccount(platforms, rules, phones, influencers, search, clock);
        updateAccount = new UpdateAccount(platforms, rules, influencers, search, clock);
        deleteAccount = new DeleteAccount(platforms, influencers);
        getAccount = new GetAccount(platforms, influencers, search);
        searchAccounts = new SearchAccounts(platforms, rules, search);
        updateInfluencer = new UpdateInfluencer(rules, phones, influencers, search, clock);
        deleteInfluencer = new DeleteInfluencer(influencers);
        getInfluencer = new GetInfluencer(search);
        var history = storage.metricHistory();
        CollectionSetup collection = new CollectionSetup(builder.collectionSettings, builder.metricSources,
                builder.pace);
        scheduleCollection = new ScheduleCollection(platforms, collection, history, storage.jobs(),
                builder.collectionQueue, clock);
        collectMetrics = new CollectMetrics(collection, influencers, history, clock);
        recordCollection = new RecordCollection(platforms, influencers, history, clock);
        getMetricHistory = new GetMetricHistory(platforms, influencers, history);
        listDueAccounts = new ListDueAccounts(platforms, collection, history, clock);
        claimDueAccounts = new ClaimDueAccounts(platforms, collection, history, clock);
        getCollectionFailure = new GetCollectionFailure(history);
        importSettings = builder.importSettings;
        SpreadsheetUseCases.Ports ports = builder.spreadsheetPorts();
        spreadsheets = ports == null ? null
                : new SpreadsheetUseCases(platforms, storage, registerAccount, searchAccounts, phones, ports, clock);
        List<JobRunner> runners = spreadsheets == null ? List.of(collectMetrics)
                : List.of(spreadsheets.importJob(), collectMetrics);
        runJob = new RunJob(storage.jobs(), runners, clock);
        runDeliveredJob = builder.jobQueue == null ? null : new RunDeliveredJob(runJob, builder.jobQueue);
        getJob = builder.files == null ? null
                : new GetJob(storage.jobs(), builder.files, builder.importSettings.errorFileValidity());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The platforms this roster works with. */
    public PlatformCatalog platforms() {
        return platforms;
    }

    public RegisterAccount registerAccount() {
        return registerAccount;
    }

    public UpdateAccount updateAccount() {
        return updateAccount;
    }

    public DeleteAccount deleteAccount() {
        return deleteAccount;
    }

    public GetAccount getAccount() {
        return getAccount;
    }

    public SearchAccounts searchAccounts() {
        return searchAccounts;
    }

    public UpdateInfluencer updateInfluencer() {
        return updateInfluencer;
    }

    public DeleteInfluencer deleteInfluencer() {
        return deleteInfluencer;
    }

    public GetInfluencer getInfluencer() {
        return getInfluencer;
    }

    public ScheduleCollection scheduleCollection() {
        return scheduleCollection;
    }

    public CollectMetrics collectMetrics() {
        return collectMetrics;
    }

    public RecordCollection recordCollection() {
        return recordCollection;
    }

    public GetMetricHistory getMetricHistory() {
        return getMetricHistory;
    }

    public ListDueAccounts listDueAccounts() {
        return listDueAccounts;
    }

    public ClaimDueAccounts claimDueAccounts() {
        return claimDueAccounts;
    }

    public GetCollectionFailure getCollectionFailure() {
        return getCollectionFailure;
    }

    /** The bounds of imports, which transports enforce at their edge too (the upload size). */
    public ImportSettings importSettings() {
        return importSettings;
    }

    /** Imports an uploaded workbook of accounts; needs the file store, job queue and spreadsheet ports. */
    public ImportAccounts importAccounts() {
        return spreadsheets().importAccounts();
    }

    /** Writes the accounts a search matches as a workbook. */
    public ExportAccounts exportAccounts() {
        return spreadsheets().exportAccounts();
    }

    /** Writes the empty workbook an import expects. */
    public ImportTemplate importTemplate() {
        return spreadsheets().importTemplate();
    }

    /** Runs a job whose id a worker received, whatever carried it (an SQS-fed Lambda calls this). */
    public RunJob runJob() {
        return runJob;
    }

    /** Runs a job received from the job queue and settles the delivery (a worker polling the queue calls this). */
    public RunDeliveredJob runDeliveredJob() {
        return configured(runDeliveredJob, "a job queue (Builder.jobQueue)");
    }

    /** Shows a job to the caller following it; needs the file store, for its result's download links. */
    public GetJob getJob() {
        return configured(getJob, "a file store (Builder.files)");
    }

    private SpreadsheetUseCases spreadsheets() {
        return configured(spreadsheets,
                "a file store, a job queue and a spreadsheet reader and writer (Builder.files, jobQueue, spreadsheets)");
    }

    private static <T> T configured(T useCase, String needs) {
        if (useCase == null) {
            throw new IllegalStateException("this Roster was built without " + needs);
        }
        return useCase;
    }

    /** Collects the ports and settings a {@link Roster} is built from; only the storage is required. */
    public static final class Builder {

        private RosterStorage storage;
        private PlatformCatalog platforms = PlatformCatalog.defaults();
        private String phoneRegion = "KR";
        private Clock clock = Clock.systemUTC();
        private InputRules rules;
        private final Map<PlatformCode, PlatformCollection> collectionSettings = new HashMap<>();
        private final Map<PlatformCode, MetricSource> metricSources = new HashMap<>();
        private JobQueue collectionQueue;
        private Pace pace = Pace.system();
        private FileStore files;
        private JobQueue jobQueue;
        private SpreadsheetReader spreadsheetReader;
        private SpreadsheetWriter spreadsheetWriter;
        private ImportSettings importSettings = ImportSettings.defaults();

        private Builder() {
        }

        /** How a platform is collected; {@link PlatformCollection#defaults()} for platforms not set. */
        public Builder collection(PlatformCode platform, PlatformCollection settings) {
            collectionSettings.put(Objects.requireNonNull(platform, "platform"),
                    Objects.requireNonNull(settings, "settings"));
            return this;
        }

        /** Where this process reads a platform's metrics; a platform without one is not collected here. */
        public Builder metricSource(PlatformCode platform, MetricSource source) {
            metricSources.put(Objects.requireNonNull(platform, "platform"), Objects.requireNonNull(source, "source"));
            return this;
        }

        /** The queue collection jobs go to; without one, collections cannot be scheduled by this process. */
        public Builder collectionQueue(JobQueue queue) {
            this.collectionQueue = Objects.requireNonNull(queue, "queue");
            return this;
        }

        /** The time rate limits are kept by; real time unless set (tests step it). */
        public Builder pace(Pace pace) {
            this.pace = Objects.requireNonNull(pace, "pace");
            return this;
        }

        /** Where error files, uploads awaiting a job and other files are kept. */
        public Builder files(FileStore files) {
            this.files = Objects.requireNonNull(files, "files");
            return this;
        }

        /** Where long work waits for a worker. */
        public Builder jobQueue(JobQueue jobQueue) {
            this.jobQueue = Objects.requireNonNull(jobQueue, "jobQueue");
            return this;
        }

        /** How workbooks are read (imports) and written (exports, templates, error files). */
        public Builder spreadsheets(SpreadsheetReader reader, SpreadsheetWriter writer) {
            this.spreadsheetReader = Objects.requireNonNull(reader, "reader");
            this.spreadsheetWriter = Objects.requireNonNull(writer, "writer");
            return this;
        }

        /** The bounds of imports; {@link ImportSettings#defaults()} unless set. */
        public Builder importSettings(ImportSettings settings) {
            this.importSettings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        private SpreadsheetUseCases.Ports spreadsheetPorts() {
            if (files == null || jobQueue == null || spreadsheetReader == null) {
                return null;
            }
            return new SpreadsheetUseCases.Ports(files, jobQueue, spreadsheetReader, spreadsheetWriter, importSettings);
        }

        /** Where influencers, accounts, metrics, consent records and jobs are kept. */
        public Builder storage(RosterStorage storage) {
            this.storage = Objects.requireNonNull(storage, "storage");
            return this;
        }

        /** The platforms to work with; {@link PlatformCatalog#defaults()} unless set. */
        public Builder platforms(PlatformCatalog platforms) {
            this.platforms = Objects.requireNonNull(platforms, "platforms");
            return this;
        }

        /** The region phone numbers without a country code belong to (ISO 3166, such as {@code KR}); KR unless set. */
        public Builder defaultPhoneRegion(String region) {
            this.phoneRegion = Objects.requireNonNull(region, "region");
            return this;
        }

        /** The clock every timestamp comes from; the system's UTC clock unless set. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The input rules to share, when the embedding code already built a validator; one is built otherwise. */
        public Builder inputRules(InputRules rules) {
            this.rules = Objects.requireNonNull(rules, "rules");
            return this;
        }

        /** @throws IllegalArgumentException naming the bad setting (an unknown phone region, say) */
        public Roster build() {
            return new Roster(this);
        }
    }
}
