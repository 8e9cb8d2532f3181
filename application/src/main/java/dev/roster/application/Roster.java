package dev.roster.application;

import dev.roster.application.account.AccountsCapability;
import dev.roster.application.collection.CollectionCapability;
import dev.roster.application.collection.CollectionSetup;
import dev.roster.application.collection.PlatformCollection;
import dev.roster.application.consent.ConsentCapability;
import dev.roster.application.consent.ConsentSettings;
import dev.roster.application.job.JobRunner;
import dev.roster.application.job.JobsCapability;
import dev.roster.application.port.FileStore;
import dev.roster.application.port.JobQueue;
import dev.roster.application.port.Meter;
import dev.roster.application.port.MetricSource;
import dev.roster.application.port.Pace;
import dev.roster.application.port.PdfInspector;
import dev.roster.application.port.PostSource;
import dev.roster.application.port.RosterStorage;
import dev.roster.application.port.SpreadsheetReader;
import dev.roster.application.port.SpreadsheetWriter;
import dev.roster.application.report.ReportsCapability;
import dev.roster.application.spreadsheet.ImportSettings;
import dev.roster.application.spreadsheet.SpreadsheetPorts;
import dev.roster.application.spreadsheet.SpreadsheetsCapability;
import dev.roster.application.validation.InputRules;
import dev.roster.application.validation.PhoneNumbers;
import dev.roster.domain.platform.PlatformCatalog;
import dev.roster.domain.platform.PlatformCode;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The front door for code that embeds Roster: built once from the ports, it hands out the use cases grouped as
 * capabilities, each a small facade of its own. {@link #accounts()} comes with the store; every other capability
 * exists when its ports were given to the {@link Builder}, and a capability missing one of its ports fails
 * {@link Builder#build()}, naming it. Thread-safe; build it at start-up and share it.
 *
 * <pre>{@code
 * Roster roster = Roster.builder().storage(storage).build();
 * AccountView view = roster.accounts().register(
 *         new RegisterAccountCommand("a", "김민지", "010-1234-5678", "minji", null, null, null));
 * }</pre>
 */
public final class Roster {

    private final PlatformCatalog platforms;
    private final AccountsCapability accounts;
    private final CollectionCapability collection;
    private final SpreadsheetsCapability spreadsheets;
    private final JobsCapability jobs;
    private final ReportsCapability reports;
    private final ConsentCapability consent;

    private Roster(Builder builder) {
        RosterStorage storage = Objects.requireNonNull(builder.storage, "a Roster needs a store (Builder.storage)");
        platforms = builder.platforms;
        InputRules rules = builder.rules != null ? builder.rules : InputRules.withDefaultProvider();
        PhoneNumbers phones = new PhoneNumbers(builder.phoneRegion);
        Clock clock = atTheStoresPrecision(builder.clock, storage);
        Executor executor = builder.executor != null ? builder.executor : sharedPool();

        // One setup for collection and reports: they share each platform's rate limiter.
        CollectionSetup setup =
                new CollectionSetup(builder.collectionSettings, builder.metricSources, builder.pace, builder.meter);
        accounts = new AccountsCapability(platforms, rules, phones, storage, builder.files, clock);
        collection = builder.collectionQueue == null
                ? none(builder.collectionConfigured(), "collection", "Builder.collection(queue)")
                : new CollectionCapability(platforms, setup, storage, builder.collectionQueue, clock, executor);
        spreadsheets = builder.spreadsheetReader == null
                ? null
                : new SpreadsheetsCapability(
                        platforms,
                        rules,
                        phones,
                        storage,
                        new SpreadsheetPorts(
                                builder.spreadsheetReader,
                                builder.spreadsheetWriter,
                                builder.files,
                                builder.importQueue),
                        builder.importSettings,
                        clock,
                        executor,
                        builder.meter);
        reports = builder.reportQueue == null
                ? none(!builder.postSources.isEmpty(), "reports", "Builder.reports(queue)")
                : new ReportsCapability(
                        platforms,
                        storage,
                        new SpreadsheetPorts(
                                builder.spreadsheetReader,
                                builder.spreadsheetWriter,
                                builder.files,
                                builder.reportQueue),
                        setup,
                        builder.postSources,
                        builder.importSettings,
                        clock,
                        executor);
        jobs = builder.files == null
                ? none(false, "jobs", "Builder.files")
                : new JobsCapability(
                        storage.jobs(),
                        builder.files,
                        runners(),
                        builder.importSettings.errorFileValidity(),
                        clock,
                        executor,
                        builder.meter);
        consent = builder.pdfInspector == null
                ? null
                : new ConsentCapability(
                        rules, storage, builder.files, builder.pdfInspector, builder.consentSettings, clock);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The platforms this roster works with. */
    public PlatformCatalog platforms() {
        return platforms;
    }

    /** Accounts and the people who hold them; every roster has them. */
    public AccountsCapability accounts() {
        return accounts;
    }

    /** Metric collection and history; given by {@link Builder#collection}. */
    public CollectionCapability collection() {
        return given(collection, "collection", "Builder.collection(queue)");
    }

    /** Excel imports, exports and templates; given by {@link Builder#spreadsheets}. */
    public SpreadsheetsCapability spreadsheets() {
        return given(spreadsheets, "spreadsheets", "Builder.spreadsheets(reader, writer, queue)");
    }

    /** Background jobs, followed and run; given by {@link Builder#files}. */
    public JobsCapability jobs() {
        return given(jobs, "jobs", "Builder.files(store)");
    }

    /** Campaign reports (post verification); given by {@link Builder#reports}. */
    public ReportsCapability reports() {
        return given(reports, "reports", "Builder.reports(queue)");
    }

    /** Consent forms: filed, listed, downloaded, withdrawn; given by {@link Builder#consent}. */
    public ConsentCapability consent() {
        return given(consent, "consent", "Builder.consent(inspector)");
    }

    /** The work of each type of job this roster queues. */
    private List<JobRunner> runners() {
        List<JobRunner> runners = new ArrayList<>();
        if (spreadsheets != null) {
            runners.add(spreadsheets.importRunner());
        }
        if (collection != null) {
            runners.add(collection.batchRunner());
        }
        if (reports != null) {
            runners.addAll(reports.runners());
        }
        return runners;
    }

    private static <T> T given(T capability, String name, String builderMethod) {
        if (capability == null) {
            throw new IllegalStateException(
                    "this Roster was built without " + name + ": give it with " + builderMethod);
        }
        return capability;
    }

    /** A capability left out; when parts of it were given anyway, the missing port is named now, not at first use. */
    private static <T> T none(boolean partlyGiven, String name, String builderMethod) {
        if (partlyGiven) {
            throw new IllegalStateException(name + " was configured but not given its port: call " + builderMethod);
        }
        return null;
    }

    /**
     * Timestamps are taken at the precision the store keeps (PostgreSQL's microseconds, say), so that what a use case
     * returns equals what a later read returns. The store says what that is.
     */
    private static Clock atTheStoresPrecision(Clock clock, RosterStorage storage) {
        Duration precision = storage.timePrecision();
        return precision.equals(Duration.ofNanos(1)) ? clock : Clock.tick(clock, precision);
    }

    /**
     * The threads of a roster not given an executor: as many as the work in flight needs (a collection batch's
     * readers, an import's savers, an export's reader), daemons that end when idle, so nothing has to stop them.
     */
    private static ExecutorService sharedPool() {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory daemons = task -> {
            Thread thread = new Thread(task, "roster-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        return Executors.newCachedThreadPool(daemons);
    }

    /**
     * Collects the ports and settings a {@link Roster} is built from. Only the store is required; each other
     * capability is given by its own method, and {@link #build()} names any port a given capability lacks.
     */
    public static final class Builder {

        private RosterStorage storage;
        private PlatformCatalog platforms = PlatformCatalog.defaults();
        private String phoneRegion = "KR";
        private Clock clock = Clock.systemUTC();
        private Pace pace = Pace.system();
        private Meter meter = Meter.NONE;
        private Executor executor;
        private InputRules rules;
        private FileStore files;
        private JobQueue collectionQueue;
        private final Map<PlatformCode, PlatformCollection> collectionSettings = new HashMap<>();
        private final Map<PlatformCode, MetricSource> metricSources = new HashMap<>();
        private SpreadsheetReader spreadsheetReader;
        private SpreadsheetWriter spreadsheetWriter;
        private JobQueue importQueue;
        private ImportSettings importSettings = ImportSettings.defaults();
        private JobQueue reportQueue;
        private final Map<PlatformCode, PostSource> postSources = new HashMap<>();
        private PdfInspector pdfInspector;
        private ConsentSettings consentSettings = ConsentSettings.defaults();

        private Builder() {}

        /** Where influencers, accounts, metrics, consent records and jobs are kept: the accounts capability. */
        public Builder storage(RosterStorage storage) {
            this.storage = Objects.requireNonNull(storage, "storage");
            return this;
        }

        /**
         * Where error files, uploads awaiting a job and other files are kept: the jobs capability, whose results
         * link to them, and a port the spreadsheets capability needs.
         */
        public Builder files(FileStore files) {
            this.files = Objects.requireNonNull(files, "files");
            return this;
        }

        /**
         * The collection capability, its batches queued on {@code queue}. A platform is collected as
         * {@link #platformCollection} says, here when this process has a {@link #metricSource} for it.
         */
        public Builder collection(JobQueue queue) {
            this.collectionQueue = Objects.requireNonNull(queue, "queue");
            return this;
        }

        /** How a platform is collected; {@link PlatformCollection#defaults()} for platforms not set. */
        public Builder platformCollection(PlatformCode platform, PlatformCollection settings) {
            collectionSettings.put(
                    Objects.requireNonNull(platform, "platform"), Objects.requireNonNull(settings, "settings"));
            return this;
        }

        /** Where this process reads a platform's metrics; a platform without one is not collected here. */
        public Builder metricSource(PlatformCode platform, MetricSource source) {
            metricSources.put(Objects.requireNonNull(platform, "platform"), Objects.requireNonNull(source, "source"));
            return this;
        }

        /**
         * The spreadsheets capability: workbooks read (imports) and written (exports, templates, error files), large
         * imports queued on {@code queue}. Needs the {@link #files file store} too.
         */
        public Builder spreadsheets(SpreadsheetReader reader, SpreadsheetWriter writer, JobQueue queue) {
            this.spreadsheetReader = Objects.requireNonNull(reader, "reader");
            this.spreadsheetWriter = Objects.requireNonNull(writer, "writer");
            this.importQueue = Objects.requireNonNull(queue, "queue");
            return this;
        }

        /**
         * The reports capability, its jobs queued on {@code queue}: needs {@link #spreadsheets} (workbooks in and out)
         * and the {@link #files file store}. A platform's posts are read where this process has a {@link #postSource}
         * for it, within the rate limit its metric collection uses.
         */
        public Builder reports(JobQueue queue) {
            this.reportQueue = Objects.requireNonNull(queue, "queue");
            return this;
        }

        /** Where this process reads a platform's posts and comments; reports on a platform without one fail. */
        public Builder postSource(PlatformCode platform, PostSource source) {
            postSources.put(Objects.requireNonNull(platform, "platform"), Objects.requireNonNull(source, "source"));
            return this;
        }

        /**
         * The consent capability: signed consent PDFs, each opened by {@code inspector} before it is kept in the
         * {@link #files file store}, which it needs too.
         */
        public Builder consent(PdfInspector inspector) {
            this.pdfInspector = Objects.requireNonNull(inspector, "inspector");
            return this;
        }

        /** The bounds of consent forms; {@link ConsentSettings#defaults()} unless set. */
        public Builder consentSettings(ConsentSettings settings) {
            this.consentSettings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /** The bounds of imports; {@link ImportSettings#defaults()} unless set. */
        public Builder importSettings(ImportSettings settings) {
            this.importSettings = Objects.requireNonNull(settings, "settings");
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

        /** The clock every timestamp comes from; the system's UTC clock unless set (tests step one). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** How rate limits wait; real time unless set (tests step it). */
        public Builder pace(Pace pace) {
            this.pace = Objects.requireNonNull(pace, "pace");
            return this;
        }

        /**
         * Where the roster counts what it did (imports' rows, collections, rate-limit waits, jobs' ends) for operators'
         * metrics; nothing is counted unless set.
         */
        public Builder meter(Meter meter) {
            this.meter = Objects.requireNonNull(meter, "meter");
            return this;
        }

        /**
         * The threads work runs on besides the caller's: a collection batch's readers, an import's savers, an
         * export's reader. It must run tasks alongside its callers (a pool that grows, not one thread); a pool of
         * daemon threads that end when idle unless set.
         */
        public Builder executor(Executor executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /** The input rules to share, when the embedding code already built a validator; one is built otherwise. */
        public Builder inputRules(InputRules rules) {
            this.rules = Objects.requireNonNull(rules, "rules");
            return this;
        }

        /** Whether collection settings or sources were given, which mean nothing without the capability. */
        private boolean collectionConfigured() {
            return !collectionSettings.isEmpty() || !metricSources.isEmpty();
        }

        /**
         * @throws IllegalArgumentException naming the bad setting (an unknown phone region, say)
         * @throws IllegalStateException    naming the port a given capability lacks
         * @throws NullPointerException     when no store was given
         */
        public Roster build() {
            if (spreadsheetReader != null && files == null) {
                throw new IllegalStateException(
                        "spreadsheets need a file store, for uploads and error files: call " + "Builder.files(store)");
            }
            if (reportQueue != null && spreadsheetReader == null) {
                throw new IllegalStateException("reports need the spreadsheet reader and writer, for the workbooks "
                        + "they read and write: call Builder.spreadsheets(reader, writer, queue)");
            }
            if (pdfInspector != null && files == null) {
                throw new IllegalStateException(
                        "consent needs a file store, for the signed PDFs: call " + "Builder.files(store)");
            }
            return new Roster(this);
        }
    }
}
