import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Computes docs/cost.md from docs/cost/inputs.properties: what the seed's load, 10x and 100x it cost a month on AWS in
 * Seoul, item by item. Run from the repository root: {@code java docs/cost/Cost.java > docs/cost.md}.
 */
public final class Cost {

    private static final double DAYS = 30.4;

    private final Properties in = new Properties();

    private Cost(Path inputs) throws IOException {
        try (Reader reader = Files.newBufferedReader(inputs, StandardCharsets.UTF_8)) {
            in.load(reader);
        }
    }

    public static void main(String[] args) throws IOException {
        Path inputs = Path.of(args.length > 0 ? args[0] : "docs/cost/inputs.properties");
        System.out.print(new Cost(inputs).document());
    }

    private double n(String key) {
        String value = in.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("missing in inputs.properties: " + key);
        }
        return Double.parseDouble(value.strip());
    }

    private String s(String key) {
        return in.getProperty(key + ".source", "");
    }

    private record Item(String name, String how, double[] usd) {
    }

    private List<Item> items() {
        double[] scale = {1, 10, 100};
        List<Item> items = new ArrayList<>();
        double apiPerMonth = n("load.apiRequestsPerDay") * DAYS;
        double rowsPerMonth = n("load.importRowsPerDay") * DAYS;
        double collectedPerMonth = n("load.accounts") * DAYS;
        double schedulerPerMonth = n("lambda.scheduler.invocationsPerDay") * DAYS;
        double collectionJobs = collectedPerMonth / n("sqs.accountsPerCollectionJob");
        double importJobs = n("load.importRowsPerDay") > 0 ? DAYS * 2 : 0;

        double apiGbSeconds = apiPerMonth * n("lambda.api.durationMs") / 1000 * n("lambda.api.memoryMb") / 1024;
        double workerGbSeconds = (rowsPerMonth * n("lambda.worker.msPerImportRow")
                + collectedPerMonth * n("lambda.worker.msPerCollectedAccount")) / 1000 * n("lambda.worker.memoryMb") / 1024;
        double schedulerGbSeconds = schedulerPerMonth * n("lambda.scheduler.durationMs") / 1000
                * n("lambda.scheduler.memoryMb") / 1024;
        double invocations = apiPerMonth + collectionJobs + importJobs + schedulerPerMonth;
        items.add(new Item("Lambda compute", String.format(Locale.ROOT, "%,.0f GB-s at $%s (arm64)",
                apiGbSeconds + workerGbSeconds + schedulerGbSeconds, in.getProperty("price.lambda.gbSecondArm")),
                scaled(scale, (apiGbSeconds + workerGbSeconds) * n("price.lambda.gbSecondArm"),
                        schedulerGbSeconds * n("price.lambda.gbSecondArm"))));
        items.add(new Item("Lambda requests", String.format(Locale.ROOT, "%,.0f invocations", invocations),
                scaled(scale, (invocations - schedulerPerMonth) / 1e6 * n("price.lambda.perMillionRequests"),
                        schedulerPerMonth / 1e6 * n("price.lambda.perMillionRequests"))));
        items.add(new Item("API Gateway (HTTP API)", String.format(Locale.ROOT, "%,.0f requests", apiPerMonth),
                scaled(scale, apiPerMonth / 1e6 * n("price.apigw.httpPerMillion"), 0)));
        double reads = apiPerMonth * n("dynamodb.rcuPerApiRequest") + rowsPerMonth * n("dynamodb.rcuPerImportRow")
                + collectedPerMonth * n("dynamodb.rcuPerCollectedAccount");
        double writes = apiPerMonth * n("dynamodb.wcuPerApiRequest") + rowsPerMonth * n("dynamodb.wcuPerImportRow")
                + collectedPerMonth * n("dynamodb.wcuPerCollectedAccount");
        items.add(new Item("DynamoDB reads and writes (on demand)", String.format(Locale.ROOT,
                "%,.0f read units, %,.0f write units", reads, writes), scaled(scale,
                reads / 1e6 * n("price.dynamodb.perMillionReads") + writes / 1e6 * n("price.dynamodb.perMillionWrites"),
                0)));
        items.add(new Item("DynamoDB storage", String.format(Locale.ROOT, "%.0f GB", n("dynamodb.storedGb")),
                scaled(scale, n("dynamodb.storedGb") * n("price.dynamodb.gbMonth"), 0)));
        double puts = n("s3.putsPerDay") * DAYS;
        double gets = n("s3.getsPerDay") * DAYS;
        items.add(new Item("S3 storage and requests", String.format(Locale.ROOT, "%.0f GB, %,.0f PUTs, %,.0f GETs",
                n("load.storedGb"), puts, gets), scaled(scale, n("load.storedGb") * n("price.s3.gbMonth")
                + puts / 1000 * n("price.s3.perThousandPuts") + gets / 1000 * n("price.s3.perThousandGets"), 0)));
        double sqs = (collectionJobs + importJobs) * n("sqs.requestsPerJob");
        items.add(new Item("SQS", String.format(Locale.ROOT, "%,.0f requests", sqs),
                scaled(scale, sqs / 1e6 * n("price.sqs.perMillion"), 0)));
        double logGb = (apiPerMonth * n("logs.bytesPerApiRequest")
                + (collectedPerMonth + rowsPerMonth) * n("logs.bytesPerWorkerItem")) / 1e9;
        items.add(new Item("CloudWatch Logs", String.format(Locale.ROOT, "%.2f GB ingested, kept 30 days", logGb),
                scaled(scale, logGb * (n("price.logs.ingestGb") + n("price.logs.storeGbMonth")), 0)));
        items.add(new Item("X-Ray (active tracing)", String.format(Locale.ROOT, "%,.0f traces", invocations),
                scaled(scale, invocations / 1e6 * n("price.xray.perMillionTraces"), 0)));
        return items;
    }

    /** What scales with the load, and what does not (the scheduler ticks every minute whatever the load). */
    private static double[] scaled(double[] scale, double perLoad, double fixed) {
        double[] usd = new double[scale.length];
        for (int i = 0; i < scale.length; i++) {
            usd[i] = perLoad * scale[i] + fixed;
        }
        return usd;
    }

    private String document() {
        StringBuilder md = new StringBuilder();
        md.append("# What Roster costs on AWS\n\n");
        md.append("Generated by `java docs/cost/Cost.java > docs/cost.md` from `docs/cost/inputs.properties`, which "
                + "names where each figure comes from; `CostDocumentTest` fails when this file and the tool disagree, so "
                + "change the inputs (or the tool) and regenerate. Region: Seoul (ap-northeast-2); prices in US dollars "
                + "as of " + in.getProperty("price.date") + "; free tiers left out (they would make the first column "
                + "nearly free).\n\n");
        md.append("## The load\n\n| per day | seed | 10x | 100x | from |\n| --- | --- | --- | --- | --- |\n");
        for (String key : List.of("load.apiRequestsPerDay", "load.accounts", "load.importRowsPerDay")) {
            md.append(String.format(Locale.ROOT, "| %s | %,.0f | %,.0f | %,.0f | %s |%n", key.substring(5), n(key),
                    n(key) * 10, n(key) * 100, s(key)));
        }
        md.append("\n## A month, item by item\n\n| item | at the seed's load | seed | 10x | 100x |\n"
                + "| --- | --- | --- | --- | --- |\n");
        double[] total = new double[3];
        for (Item item : items()) {
            md.append(String.format(Locale.ROOT, "| %s | %s | $%.2f | $%.2f | $%.2f |%n", item.name(), item.how(),
                    item.usd()[0], item.usd()[1], item.usd()[2]));
            for (int i = 0; i < 3; i++) {
                total[i] += item.usd()[i];
            }
        }
        md.append(String.format(Locale.ROOT, "| **total** | | **$%.2f** | **$%.2f** | **$%.2f** |%n", total[0],
                total[1], total[2]));
        md.append(String.format(Locale.ROOT, "%nBeside the seed's own estimate for EC2 and RDS, $%.0f to $%.0f a month "
                + "(%s): at the seed's load $%.2f, at 10x $%.2f, at 100x $%.2f. DynamoDB's writes (metric collection "
                + "writes every account every day) and Lambda's compute are most of it; the scheduler's minute ticks "
                + "cost the same at any load.%n", n("seed.low"), n("seed.high"), s("seed"), total[0], total[1],
                total[2]));
        md.append("\n## Where the figures come from\n\n| input | value | from |\n| --- | --- | --- |\n");
        in.stringPropertyNames().stream().filter(key -> !key.endsWith(".source")).filter(key -> !key.startsWith("price."))
                .filter(key -> !key.startsWith("seed.")).sorted().forEach(key -> md.append("| ").append(key)
                        .append(" | ").append(in.getProperty(key)).append(" | ").append(s(key)).append(" |\n"));
        md.append("\n## Prices (ap-northeast-2, USD)\n\n| price | value |\n| --- | --- |\n");
        in.stringPropertyNames().stream().filter(key -> key.startsWith("price.")).sorted()
                .forEach(key -> md.append("| ").append(key.substring(6)).append(" | ").append(in.getProperty(key))
                        .append(" |\n"));
        md.append("\n## Tracing's cost to a cold start\n\nX-Ray active tracing is on for every function (Terraform "
                + "`tracing_config`): Lambda records each invocation's segment itself, at no start-up cost, and the "
                + "trace id is in every request line. Instrumenting the AWS SDK clients with the X-Ray SDK was "
                + "measured by an earlier session at +642 ms of cold start (not re-measured here), far past the 20 ms allowed, so it is "
                + "left out.\n");
        return md.toString();
    }
}
