package dev.roster.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged {@code roster-lambda.zip} as Lambda unpacks it: classes at the root, libraries under {@code lib/} (one
 * merged jar), none
 * of the local-only parts, every Roster class it carries loadable from what it carries alone (but the browser source,
 * see {@link #BROWSER_SOURCE}), and the platform definitions read and their http sources built from it.
 */
class LambdaArtifactIT {

    private static final Path ZIP = Paths.get("target", "roster-lambda.zip");
    /** Every library the functions load, in one jar: see the shade execution roster-lambda-libraries of the pom. */
    private static final String LIBRARIES = "roster-lambda-libraries.jar";
    /**
     * The one package of a carried library that does not load: adapters-browser comes in for its http source, and its
     * browser source needs Playwright, which stays out (Lambda has no Chromium). ArchitectureTest proves no function
     * reaches it; browser-read platforms are left to the office collector.
     */
    private static final String BROWSER_SOURCE = "dev/roster/adapters/browser/playwright/";

    private static Path unpacked;
    private static URLClassLoader lambda;

    @BeforeAll
    static void unpack() throws IOException {
        unpacked = Files.createTempDirectory("roster-lambda");
        try (ZipFile zip = new ZipFile(ZIP.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                Path target = unpacked.resolve(entry.getName()).normalize();
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, target);
                    }
                }
            }
        }
        List<URL> path = new ArrayList<>(List.of(unpacked.toUri().toURL()));
        try (var libs = Files.list(unpacked.resolve("lib"))) {
            for (Path lib : libs.toList()) {
                path.add(lib.toUri().toURL());
            }
        }
        // Nothing from the test's own class path: only the platform and the zip, as in Lambda.
        lambda = new URLClassLoader(path.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        System.out.printf("roster-lambda.zip: %,d bytes, %d libraries%n", Files.size(ZIP), path.size() - 1);
    }

    @AfterAll
    static void close() throws IOException {
        lambda.close();
    }

    @Test
    void holdsTheFunctionsAtTheRootAndNoLocalOnlyParts() throws IOException {
        assertThat(unpacked.resolve("dev/roster/bootstrap/lambda/ApiFunction.class"))
                .exists();
        assertThat(unpacked.resolve("dev/roster/bootstrap/lambda/WorkerFunction.class"))
                .exists();
        assertThat(unpacked.resolve("dev/roster/bootstrap/lambda/SchedulerFunction.class"))
                .exists();
        try (var libs = Files.list(unpacked.resolve("lib"))) {
            assertThat(libs.map(lib -> lib.getFileName().toString()).toList())
                    .as("the libraries, merged into one jar")
                    .containsExactly(LIBRARIES);
        }
        List<String> carried = entries(unpacked.resolve("lib").resolve(LIBRARIES));
        assertThat(carried)
                .as("the local server, browsers, PostgreSQL, emulators, the CLI, other HTTP clients")
                .noneMatch(name -> name.startsWith("org/eclipse/jetty/")
                        || name.startsWith("io/javalin/")
                        || name.startsWith("com/microsoft/playwright/")
                        || name.startsWith("com/amazonaws/services/dynamodbv2/")
                        || name.startsWith("dev/roster/dynamodb/testserver/")
                        || name.startsWith("io/zonky/")
                        || name.startsWith("org/postgresql/")
                        || name.startsWith("org/flywaydb/")
                        || name.startsWith("picocli/")
                        || name.startsWith("dev/roster/adapters/postgres/")
                        || name.startsWith("dev/roster/bootstrap/")
                        || name.startsWith("software/amazon/awssdk/http/apache5/")
                        || name.startsWith("io/netty/"));
        assertThat(carried)
                .as("the web UI, which CloudFront serves from S3 on AWS")
                .noneMatch(name -> name.startsWith("web/"));
        assertThat(unpacked.resolve("web")).doesNotExist();
        assertThat(carried)
                .as("the platforms file and the http source")
                .anyMatch(name -> name.startsWith("dev/roster/adapters/browser/http/"))
                .anyMatch(name -> name.startsWith("org/jsoup/"))
                .anyMatch(name -> name.startsWith("com/fasterxml/jackson/dataformat/yaml/"))
                .anyMatch(name -> name.startsWith("org/yaml/snakeyaml/"));
        try (JarFile libraries =
                new JarFile(unpacked.resolve("lib").resolve(LIBRARIES).toFile())) {
            assertThat(libraries.stream()
                            .filter(entry -> entry.getMethod() != ZipEntry.STORED)
                            .map(JarEntry::getName))
                    .as("stored, so that no class is inflated as it loads")
                    .isEmpty();
        }
        assertThat(Files.size(ZIP))
                .as("Lambda takes zips of up to 50 MB directly")
                .isLessThan(50L * 1024 * 1024);
    }

    @Test
    void neitherArtifactCarriesTheDynamoDbTestServer() throws IOException {
        // Developers start the test server's own jar beside `roster serve --store dynamodb`; neither artifact needs it.
        assertThat(entries(Paths.get("target", "roster.jar")))
                .isNotEmpty()
                .noneMatch(name -> name.startsWith("dev/roster/dynamodb/testserver/"));
        assertThat(entries(unpacked.resolve("lib").resolve(LIBRARIES)))
                .isNotEmpty()
                .noneMatch(name -> name.startsWith("dev/roster/dynamodb/testserver/"));
    }

    @Test
    void everyRosterClassItCarriesLoadsFromWhatItCarries() throws Exception {
        List<String> failures = new ArrayList<>();
        for (String name : entries(unpacked.resolve("lib").resolve(LIBRARIES))) {
            // The Javalin binding is for the local server only; Lambda never loads it.
            if (name.startsWith("dev/roster/")
                    && name.endsWith(".class")
                    && !name.contains("/javalin/")
                    && !name.startsWith(BROWSER_SOURCE)) {
                link(name.replace('/', '.').replace(".class", ""), failures);
            }
        }
        link("dev.roster.bootstrap.lambda.ApiFunction", failures);
        link("dev.roster.bootstrap.lambda.WorkerFunction", failures);
        link("dev.roster.bootstrap.lambda.SchedulerFunction", failures);
        link("dev.roster.bootstrap.collect.HttpMetricSources", failures);
        link("dev.roster.bootstrap.config.PlatformsFile", failures);
        assertThat(failures).isEmpty();
    }

    /**
     * POI reaches libraries of its own (commons-compress, XMLBeans, …) only while it works, so linking its callers does
     * not show one missing: a workbook is written and read back with what the zip carries.
     */
    @Test
    void writesAndReadsAWorkbookWithWhatItCarries() throws Exception {
        Class<?> columnType = Class.forName("dev.roster.application.port.SheetColumn", true, lambda);
        Class<?> kindType = Class.forName("dev.roster.application.port.SheetColumn$Kind", true, lambda);
        Class<?> rowType = Class.forName("dev.roster.application.port.SheetOutputRow", true, lambda);
        Object kind = kindType.getField("TEXT").get(null);
        Object column =
                columnType.getConstructor(String.class, kindType, int.class).newInstance("Handle", kind, 20);
        Object row = rowType.getMethod("plain", List.class).invoke(null, List.of("minji"));
        Class<?> writerType = Class.forName("dev.roster.adapters.excel.PoiSpreadsheetWriter", true, lambda);
        Object writer = writerType.getConstructor(ZoneId.class).newInstance(ZoneOffset.UTC);
        var workbook = new ByteArrayOutputStream();

        writerType
                .getMethod("write", String.class, List.class, Iterator.class, OutputStream.class)
                .invoke(writer, "Platform A", List.of(column), List.of(row).iterator(), workbook);
        Class<?> readerType = Class.forName("dev.roster.adapters.excel.PoiSpreadsheetReader", true, lambda);
        List<Object> read = new ArrayList<>();
        readerType
                .getMethod("read", InputStream.class, int.class, Consumer.class)
                .invoke(
                        readerType.getConstructor().newInstance(),
                        new ByteArrayInputStream(workbook.toByteArray()),
                        10,
                        (Consumer<Object>) read::add);

        assertThat(read)
                .map(Object::toString)
                .containsExactly("SheetRow[number=1, cells=[Handle]]", "SheetRow[number=2, cells=[minji]]");
    }

    @Test
    void readsAPlatformsFileAndBuildsItsHttpSourcesFromWhatItCarries() throws Exception {
        Path platforms = Files.writeString(unpacked.resolve("platforms.yaml"), """
                platforms:
                  - code: a
                    name: Platform A
                    hosts: [a.example]
                    metrics: [followers]
                    collect: { source: http, rules: { followers: { css: ".followers" } } }
                  - code: b
                    name: Platform B
                    hosts: [b.example]
                    metrics: [followers]
                    collect: { source: browser, rules: { followers: { css: "text=Followers" } } }
                """);
        Class<?> definitions = Class.forName("dev.roster.bootstrap.config.PlatformDefinitions", true, lambda);
        Object read = Class.forName("dev.roster.bootstrap.config.PlatformsFile", true, lambda)
                .getMethod("load", Path.class)
                .invoke(null, platforms);
        Predicate<Object> every = platform -> true;

        Map<?, ?> sources = (Map<?, ?>) Class.forName("dev.roster.bootstrap.collect.HttpMetricSources", true, lambda)
                .getMethod("of", definitions, Predicate.class, long.class, Clock.class)
                .invoke(null, read, every, 2_097_152L, Clock.systemUTC());

        assertThat(sources).hasSize(1);
        assertThat(sources.keySet()).extracting(Object::toString).containsExactly("a");
        assertThat(sources.values())
                .extracting(source -> source.getClass().getName())
                .containsExactly("dev.roster.adapters.browser.http.HttpMetricSource");
    }

    @Test
    void aFunctionWithoutItsEnvironmentSaysWhichVariableIsMissing() throws Exception {
        Class<?> api = Class.forName("dev.roster.bootstrap.lambda.ApiFunction", true, lambda);

        assertThatThrownBy(() -> api.getConstructor().newInstance())
                .isInstanceOf(InvocationTargetException.class)
                .cause()
                .hasMessageContaining("ROSTER_")
                .hasMessageContaining("is required by the API function");
    }

    private static List<String> entries(Path jar) throws IOException {
        try (JarFile libraries = new JarFile(jar.toFile())) {
            return libraries.stream().map(JarEntry::getName).toList();
        }
    }

    /** Loads the class and everything its fields and methods name, which is what a missing library breaks. */
    private static void link(String className, List<String> failures) {
        try {
            Class<?> type = Class.forName(className, false, lambda);
            type.getDeclaredFields();
            type.getDeclaredMethods();
            type.getDeclaredConstructors();
        } catch (ReflectiveOperationException | LinkageError broken) {
            failures.add(className + ": " + broken);
        }
    }
}
