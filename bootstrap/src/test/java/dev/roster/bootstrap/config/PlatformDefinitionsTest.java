package dev.roster.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.application.collection.PlatformCollection;
import dev.roster.domain.platform.PlatformCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlatformDefinitionsTest {

    private static final PlatformCode HTTP = PlatformCode.of("a");
    private static final PlatformCode BROWSER = PlatformCode.of("b");
    private static final PlatformCode OFFICE = PlatformCode.of("c");
    private static final PlatformCode UNCOLLECTED = PlatformCode.of("d");

    @TempDir
    Path dir;

    @Test
    void aDeploymentWithoutABrowserLeavesTheBrowserPlatformsToTheOfficeAndKeepsTheirSettings() throws IOException {
        PlatformDefinitions definitions = PlatformsFile.read(Files.writeString(dir.resolve("platforms.yaml"), """
                platforms:
                  - { code: a, name: A, hosts: [a.example], metrics: [followers],
                      collect: { source: http, rules: { followers: { css: ".f" } } } }
                  - { code: b, name: B, hosts: [b.example], metrics: [followers],
                      collect: { source: browser, every: PT12H, ratePerMinute: 20, concurrency: 3,
                                 rules: { followers: { css: ".f" } } } }
                  - { code: c, name: C, hosts: [c.example], metrics: [followers],
                      collect: { source: http, collector: office, rules: { followers: { css: ".f" } } } }
                  - { code: d, name: D, hosts: [d.example], metrics: [followers] }
                """));

        PlatformDefinitions onLambda = definitions.leavingToTheOffice(SourceDefinition.Kind.BROWSER);

        assertThat(definitions.collectedByTheServer(BROWSER)).isTrue();
        assertThat(onLambda.collectedByTheServer(HTTP)).isTrue();
        assertThat(onLambda.collectedByTheServer(BROWSER)).isFalse();
        assertThat(onLambda.collectedByTheServer(UNCOLLECTED)).isFalse();
        assertThat(onLambda.collectedByTheOffice()).containsExactly(BROWSER, OFFICE);
        assertThat(onLambda.collection().get(BROWSER))
                .isEqualTo(
                        new PlatformCollection(null, Duration.ofHours(12), 20, 3, PlatformCollection.Collector.OFFICE));
        assertThat(onLambda.sources()).isEqualTo(definitions.sources());
        assertThat(onLambda.catalog()).isSameAs(definitions.catalog());
    }

    @Test
    void theBuiltInPlatformsAreCollectedByNobody() {
        PlatformDefinitions builtIn = PlatformsFile.load(null);

        assertThat(builtIn.catalog().all())
                .extracting(platform -> platform.code().value())
                .containsExactly("a", "b");
        assertThat(builtIn.collectedByTheServer(HTTP)).isFalse();
        assertThat(builtIn.collectedByTheOffice()).isEmpty();
    }
}
