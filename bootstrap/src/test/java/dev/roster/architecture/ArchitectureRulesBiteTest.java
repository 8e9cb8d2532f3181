package dev.roster.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * Proves the rules are not vacuous: fed classes that break them on purpose (the {@code archfixture} packages of this
 * module's test sources, which {@link ArchitectureTest} does not import), each rule reports the break.
 */
class ArchitectureRulesBiteTest {

    @Test
    void aDomainClassUsingTheApplicationIsCaught() {
        EvaluationResult result =
                ArchitectureRules.domainIsPlainJava().evaluate(fixtures("dev.roster.domain.archfixture"));

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("DomainUsingAPort"));
    }

    @Test
    void anAdapterImportingAnotherAdapterIsCaught() {
        JavaClasses classes =
                fixtures("dev.roster.adapters.postgres.archfixture", "dev.roster.adapters.dynamodb.archfixture");

        assertThat(ArchitectureRules.adapterStaysOutOfOtherAdapters("postgres")
                        .evaluate(classes)
                        .hasViolation())
                .isTrue();
    }

    @Test
    void lambdaMayUseTheRouteTableButNothingElseOfTheHttpAdapter() {
        JavaClasses classes = fixtures("dev.roster.adapters.lambda.archfixture", "dev.roster.adapters.http");

        EvaluationResult result =
                ArchitectureRules.adapterStaysOutOfOtherAdapters("lambda").evaluate(classes);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(line -> line.contains("HandlerUsingJavalin"))
                .noneMatch(line -> line.contains("HandlerUsingRoutes"));
    }

    @Test
    void aBrowserOutsideTheBrowserAdapterIsCaught() {
        EvaluationResult result = ArchitectureRules.onlyTheBrowserAdapterDrivesABrowser()
                .evaluate(fixtures("dev.roster.adapters.lambda.archfixture"));

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("HandlerUsingABrowser"));
    }

    @Test
    void aLambdaFunctionReachingABrowserThroughAnotherClassIsCaught() {
        JavaClasses classes = fixtures(
                "dev.roster.bootstrap.lambda.archfixture",
                "dev.roster.bootstrap.collect",
                "dev.roster.adapters.browser");

        EvaluationResult result =
                ArchitectureRules.theLambdaFunctionsNeverReachABrowser().evaluate(classes);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("FunctionStartingBrowsers"));
    }

    @Test
    void poiOutsideTheExcelAdapterIsCaught() {
        EvaluationResult result = ArchitectureRules.onlyTheExcelAdapterUsesPoi()
                .evaluate(fixtures("dev.roster.adapters.http.routes.archfixture"));

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("RouteReadingPoi"));
    }

    @Test
    void aContextUsingAContextItMayNotIsCaught() {
        JavaClasses classes = fixtures("dev.roster.application.job.archfixture", "dev.roster.application.spreadsheet");

        EvaluationResult result =
                ArchitectureRules.contextUsesOnlyWhatItMay("job").evaluate(classes);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(line -> line.contains("JobReadingSpreadsheets"))
                .noneMatch(line -> line.contains("dev.roster.application.job.RunJob"));
    }

    @Test
    void aPackageCycleIsCaught() {
        JavaClasses classes = fixtures("dev.roster.application.archfixture");

        assertThat(ArchitectureRules.noPackageCycles().evaluate(classes).hasViolation())
                .isTrue();
    }

    private static JavaClasses fixtures(String... packages) {
        return new ClassFileImporter().importPackages(packages);
    }
}
