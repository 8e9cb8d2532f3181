package dev.roster.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Holds the dependency rule over the main classes of every module (bootstrap sees them all). */
class ArchitectureTest {

    private static JavaClasses production;

    @BeforeAll
    static void importEveryModule() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ArchitectureTest::isNotATestJar)
                .importPackages("dev.roster");
    }

    @Test
    void seesTheClassesOfTheCore() {
        assertThat(production.containPackage("dev.roster.domain.influencer")).isTrue();
        assertThat(production.containPackage("dev.roster.application.port")).isTrue();
    }

    @Test
    void theDomainIsPlainJava() {
        ArchitectureRules.domainIsPlainJava().check(production);
    }

    @Test
    void theApplicationSeesOnlyTheDomainValidationAndPhoneNumbers() {
        ArchitectureRules.applicationSeesOnlyTheDomainValidationAndPhoneNumbers()
                .check(production);
    }

    @Test
    void theCoreNeverSeesAnAdapter() {
        ArchitectureRules.coreNeverSeesAdapters().check(production);
    }

    static final java.util.List<String> contexts = List.copyOf(ArchitectureRules.CONTEXTS.keySet());

    @ParameterizedTest
    @FieldSource("contexts")
    void eachContextUsesOnlyTheContextsItMay(String context) {
        ArchitectureRules.contextUsesOnlyWhatItMay(context).check(production);
    }

    @Test
    void theSharedPackagesUseNoContext() {
        ArchitectureRules.sharedPackagesUseNoContext().check(production);
    }

    @Test
    void everyPackageOfTheApplicationIsAContextOrShared() {
        Set<String> packages = production.stream()
                .map(JavaClass::getPackageName)
                .filter(name -> name.startsWith("dev.roster.application."))
                .map(name -> name.substring("dev.roster.application.".length()).split("\\.")[0])
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> known = new TreeSet<>(ArchitectureRules.CONTEXTS.keySet());
        known.addAll(ArchitectureRules.SHARED);

        assertThat(packages)
                .as("a new package of the application gets its line in ArchitectureRules.CONTEXTS")
                .isEqualTo(known);
    }

    static final java.util.List<String> adapters = ArchitectureRules.ADAPTERS;

    @ParameterizedTest
    @FieldSource("adapters")
    void adaptersStayOutOfEachOther(String adapter) {
        ArchitectureRules.adapterStaysOutOfOtherAdapters(adapter).check(production);
    }

    @Test
    void onlyTheExcelAdapterUsesPoi() {
        ArchitectureRules.onlyTheExcelAdapterUsesPoi().check(production);
    }

    @Test
    void nothingDependsOnBootstrap() {
        ArchitectureRules.onlyBootstrapKnowsBootstrap().check(production);
    }

    @Test
    void onlyTheBrowserAdapterDrivesABrowser() {
        ArchitectureRules.onlyTheBrowserAdapterDrivesABrowser().check(production);
    }

    @Test
    void theLambdaFunctionsNeverReachABrowser() {
        ArchitectureRules.theLambdaFunctionsNeverReachABrowser().check(production);
    }

    @Test
    void noPackageCycles() {
        ArchitectureRules.noPackageCycles().check(production);
    }

    /** The application's test-jar (contracts, fakes) is on the test class path but is not production code. */
    private static boolean isNotATestJar(Location location) {
        return !location.contains("-tests.jar");
    }
}
