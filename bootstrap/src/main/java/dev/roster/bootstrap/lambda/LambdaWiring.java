package dev.roster.bootstrap.lambda;

import dev.roster.adapters.dynamodb.DynamoClients;
import dev.roster.adapters.dynamodb.DynamoSettings;
import dev.roster.adapters.dynamodb.DynamoStorage;
import dev.roster.adapters.excel.PoiSpreadsheetReader;
import dev.roster.adapters.excel.PoiSpreadsheetWriter;
import dev.roster.adapters.excel.pdf.PdfBoxInspector;
import dev.roster.adapters.lambda.aws.AwsClientSettings;
import dev.roster.adapters.lambda.aws.AwsClients;
import dev.roster.adapters.lambda.files.S3FileStore;
import dev.roster.adapters.lambda.files.S3Location;
import dev.roster.adapters.lambda.queue.SqsJobQueue;
import dev.roster.adapters.lambda.queue.SqsQueueSettings;
import dev.roster.application.Roster;
import dev.roster.application.port.FileStore;
import dev.roster.application.port.JobQueue;
import dev.roster.application.spreadsheet.ImportSettings;
import dev.roster.application.validation.InputRules;
import dev.roster.bootstrap.collect.HttpMetricSources;
import dev.roster.bootstrap.config.PlatformDefinitions;
import dev.roster.bootstrap.config.PlatformsFile;
import dev.roster.bootstrap.config.SourceDefinition;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.ZoneId;
import java.util.function.Supplier;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * What every Lambda function is built from, once, at initialisation: the DynamoDB store, S3 files and the SQS job
 * queue of the deployment its environment names, its platform definitions, and a {@link Roster} over them. One queue
 * carries every kind of job; the worker runs each by its type.
 *
 * @param platforms the platforms as this deployment collects them: those read with a browser are left to the office
 *                  collector, since Lambda has no Chromium
 * @param storage   the store, for functions that want its search loaded before SnapStart takes its snapshot
 * @param dynamo    the store's DynamoDB client, built and warmed up alongside the rest ({@link #awaitDynamo()})
 * @param s3        the file store's S3 side, built on first use ({@link #buildDeferred()} builds it now)
 * @param sqs       the job queue's SQS side, likewise
 * @param validator the input rules' validator, likewise
 * @param meter     what the roster counted, for the function to write as metrics after each job or request
 */
record LambdaWiring(
        Roster roster,
        PlatformDefinitions platforms,
        DynamoStorage storage,
        DynamoStart dynamo,
        FileStore files,
        OnFirstUse<FileStore> s3,
        OnFirstUse<JobQueue> sqs,
        OnFirstUse<Validator> validator,
        EmfMeter meter) {

    /**
     * @param dynamo builds the DynamoDB client, which {@link DynamoStart} does alongside the rest of the wiring
     * @param s3     and {@code sqs}: how to reach each service (the same settings on AWS; emulators' in tests)
     */
    static LambdaWiring of(
            LambdaSettings settings, Supplier<DynamoDbClient> dynamo, AwsClientSettings s3, AwsClientSettings sqs) {
        DynamoSettings storeSettings = DynamoSettings.defaults(settings.tablePrefix());
        DynamoStart client = DynamoStart.begin(dynamo, storeSettings);
        DynamoStorage storage = DynamoStorage.create(client::client, storeSettings);
        OnFirstUse<FileStore> s3Files = new OnFirstUse<>(() ->
                new S3FileStore(AwsClients.s3(s3), AwsClients.s3Presigner(s3), S3Location.of(settings.filesBucket())));
        String queueUrl = settings.jobsQueueUrl().toString();
        OnFirstUse<JobQueue> sqsJobs =
                new OnFirstUse<>(() -> new SqsJobQueue(AwsClients.sqs(sqs), SqsQueueSettings.of(queueUrl)));
        OnFirstUse<Validator> validator =
                new OnFirstUse<>(() -> Validation.buildDefaultValidatorFactory().getValidator());
        FileStore files = new LazyFileStore(s3Files);
        JobQueue jobs = new LazyJobQueue(sqsJobs);
        ImportSettings defaults = ImportSettings.defaults();
        Clock clock = Clock.systemUTC();
        EmfMeter meter = new EmfMeter();
        PlatformDefinitions platforms = PlatformsFile.load(
                        settings.platformsFile().orElse(null))
                .leavingToTheOffice(SourceDefinition.Kind.BROWSER);
        Roster.Builder builder = platforms
                .applyTo(Roster.builder())
                .storage(storage)
                .defaultPhoneRegion(settings.phoneRegion())
                .clock(clock)
                .meter(meter)
                .inputRules(new InputRules(new LazyValidator(validator)))
                .files(files)
                // One SQS queue carries every kind of job; the worker runs each by its type.
                .collection(jobs)
                .spreadsheets(new PoiSpreadsheetReader(), new PoiSpreadsheetWriter(ZoneId.systemDefault()), jobs)
                .reports(jobs)
                // Consent PDFs over ~4 MB go to an S3 upload link first, as large workbooks do.
                .consent(new PdfBoxInspector())
                // A request body cannot pass Lambda's 6 MB payload (about 4 MB of workbook once base64-encoded); larger
                // workbooks go to an S3 upload link first, so the cap here is the import's own.
                .importSettings(new ImportSettings(
                        settings.importSyncRows(),
                        defaults.maxRows(),
                        defaults.maxUploadBytes(),
                        defaults.errorFileValidity()));
        // Only the worker reads platforms' pages; the API and the scheduler need the definitions alone.
        if (settings.function() == LambdaVariable.Function.WORKER) {
            HttpMetricSources.of(platforms, platforms::collectedByTheServer, settings.collectMaxBytes(), clock)
                    .forEach(builder::metricSource);
            HttpMetricSources.posts(platforms, platforms::collectedByTheServer, settings.collectMaxBytes(), clock)
                    .forEach(builder::postSource);
        }
        return new LambdaWiring(builder.build(), platforms, storage, client, files, s3Files, sqsJobs, validator, meter);
    }

    /** Waits for the DynamoDB client and its warm-up: functions do so last in their initialisation. */
    void awaitDynamo() {
        dynamo.await();
    }

    /** Builds now what is otherwise built on first use (S3 and SQS clients, the validator), for a snapshot. */
    void buildDeferred() {
        s3.get();
        sqs.get();
        validator.get();
    }

    /** Whether everything built on first use has been built. */
    boolean deferredBuilt() {
        return s3.built() && sqs.built() && validator.built();
    }

    /** The deployment the function's own environment describes, on AWS. */
    static LambdaWiring fromEnvironment(LambdaSettings settings) {
        Region region = Region.of(settings.region());
        AwsClientSettings aws = AwsClientSettings.aws(region);
        return of(settings, () -> DynamoClients.create(region), aws, aws);
    }
}
