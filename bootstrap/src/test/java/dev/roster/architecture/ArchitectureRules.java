package dev.roster.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The house plan's dependency rule, as ArchUnit rules: dependencies point inward, adapters never import each other
 * (except Lambda using the HTTP route table), and no package cycles.
 */
final class ArchitectureRules {

    static final String DOMAIN = "dev.roster.domain..";
    static final String APPLICATION = "dev.roster.application..";
    static final String BOOTSTRAP = "dev.roster.bootstrap..";
    static final List<String> ADAPTERS = List.of("postgres", "dynamodb", "http", "lambda", "excel", "browser");

    /**
     * The application's contexts, each with the other contexts it may use; every context may use the shared packages.
     * A new context (reports) adds its line here.
     */
    static final Map<String, List<String>> CONTEXTS = Map.of(
            "account", List.of("influencer"),
            "influencer", List.of(),
            "collection", List.of("account", "job"),
            "spreadsheet", List.of("account", "job"),
            "report", List.of("account", "collection", "spreadsheet", "job"),
            "job", List.of(),
            "consent", List.of());

    /** What every context shares: the ports, the read side's shapes and rules, input rules, the refusals. */
    static final List<String> SHARED = List.of("port", "query", "validation", "error");

    /** The one package of another adapter an adapter may use: Lambda serves the HTTP API's route table. */
    static final String HTTP_ROUTE_TABLE = "dev.roster.adapters.http.routes..";

    private ArchitectureRules() {}

    static ArchRule domainIsPlainJava() {
        return classes()
                .that()
                .resideInAPackage(DOMAIN)
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", DOMAIN)
                .because("the domain is plain Java 17: no library, no framework, no I/O");
    }

    static ArchRule applicationSeesOnlyTheDomainValidationAndPhoneNumbers() {
        return classes()
                .that()
                .resideInAPackage(APPLICATION)
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..", DOMAIN, APPLICATION, "jakarta.validation..", "com.google.i18n.phonenumbers..")
                .because("use cases depend on the domain, Jakarta Validation and libphonenumber only");
    }

    /**
     * A context uses the domain, the shared packages, itself and the contexts {@link #CONTEXTS} lets it use; never
     * {@code Roster}'s package, which composes them all.
     */
    static ArchRule contextUsesOnlyWhatItMay(String context) {
        List<String> allowed =
                new ArrayList<>(List.of("java..", DOMAIN, "jakarta.validation..", "com.google.i18n.phonenumbers.."));
        allowed.add(application(context));
        CONTEXTS.get(context).forEach(other -> allowed.add(application(other)));
        SHARED.forEach(shared -> allowed.add(application(shared)));
        return classes()
                .that()
                .resideInAPackage(application(context))
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(allowed.toArray(String[]::new))
                .because("context " + context + " may use " + CONTEXTS.get(context) + " and the shared packages "
                        + SHARED + " only");
    }

    /** The shared packages use no context: they are what the contexts have in common. */
    static ArchRule sharedPackagesUseNoContext() {
        String[] contexts =
                CONTEXTS.keySet().stream().map(ArchitectureRules::application).toArray(String[]::new);
        return noClasses()
                .that()
                .resideInAnyPackage(
                        SHARED.stream().map(ArchitectureRules::application).toArray(String[]::new))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(contexts)
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage("dev.roster.application")
                .because("ports, queries, validation and errors belong to no context");
    }

    static String application(String subpackage) {
        return "dev.roster.application." + subpackage + "..";
    }

    static ArchRule adapterStaysOutOfOtherAdapters(String adapter) {
        String[] others = ADAPTERS.stream()
                .filter(other -> !other.equals(adapter))
                .map(other -> "dev.roster.adapters." + other + "..")
                .toArray(String[]::new);
        var rule = noClasses().that().resideInAPackage("dev.roster.adapters." + adapter + "..");
        if (adapter.equals("lambda")) {
            return rule.should()
                    .dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                            "are in another adapter (but the HTTP route table)",
                            javaClass -> javaClass.getPackageName().startsWith("dev.roster.adapters.")
                                    && !javaClass.getPackageName().startsWith("dev.roster.adapters.lambda")
                                    && !javaClass.getPackageName().startsWith("dev.roster.adapters.http.routes")))
                    .because(
                            "Lambda may use only the route table of the HTTP adapter, so both transports serve one API")
                    .allowEmptyShould(true);
        }
        return rule.should()
                .dependOnClassesThat()
                .resideInAnyPackage(others)
                .because("adapters never import each other: only bootstrap knows every module")
                .allowEmptyShould(true);
    }

    /** POI is big and has had its share of CVEs: it stays behind the spreadsheet ports, in one adapter. */
    static ArchRule onlyTheExcelAdapterUsesPoi() {
        return noClasses()
                .that()
                .resideOutsideOfPackage("dev.roster.adapters.excel..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.apache.poi..")
                .because("only adapters-excel reads and writes workbooks; the rest sees SpreadsheetReader/Writer");
    }

    static ArchRule onlyBootstrapKnowsBootstrap() {
        return noClasses()
                .that()
                .resideOutsideOfPackage(BOOTSTRAP)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(BOOTSTRAP)
                .because("bootstrap is the composition root: nothing depends on it");
    }

    static ArchRule coreNeverSeesAdapters() {
        return noClasses()
                .that()
                .resideInAnyPackage(DOMAIN, APPLICATION)
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.roster.adapters..")
                .because("dependencies point inward");
    }

    static ArchRule onlyTheBrowserAdapterDrivesABrowser() {
        return noClasses()
                .that()
                .resideOutsideOfPackages("dev.roster.adapters.browser..", BOOTSTRAP)
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.microsoft.playwright..")
                .because("Playwright's driver bundle is ~200 MB: it must stay out of every lean artifact (Lambda's)");
    }

    /**
     * The Lambda zip carries adapters-browser for its http source but not Playwright, so nothing a function loads may
     * lead there, however indirectly (as {@code MetricSources}, which also starts browsers, would).
     */
    static ArchRule theLambdaFunctionsNeverReachABrowser() {
        return noClasses()
                .that()
                .resideInAPackage("dev.roster.bootstrap.lambda..")
                .should()
                .transitivelyDependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(
                        "com.microsoft.playwright..", "dev.roster.adapters.browser.playwright.."))
                .because("Lambda has no Chromium and roster-lambda.zip no Playwright: browser-read platforms are left "
                        + "to the office collector");
    }

    static ArchRule noPackageCycles() {
        return slices().matching("dev.roster.(**)").should().beFreeOfCycles();
    }
}
