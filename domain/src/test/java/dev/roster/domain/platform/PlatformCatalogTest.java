package dev.roster.domain.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/*
 * PlatformCatalog.defaults() is not tested here: it builds MetricName constants, and MetricName cannot be initialised
 * (see the report). These catalogs are built from platforms without metrics.
 */
class PlatformCatalogTest {

    private static Platform platform(String code, String name) {
        return new Platform(PlatformCode.of(code), name, List.of(), PlatformHosts.of("blog.example"));
    }

    private final Platform c = platform("c", "Platform C");
    private final Platform a = platform("a", "Platform A");
    private final Platform blog = platform("blog", "Blog");

    @Test
    void keepsTheConfiguredOrder() {
        PlatformCatalog catalog = PlatformCatalog.of(List.of(c, a, blog));

        assertThat(catalog.all()).containsExactly(c, a, blog);
    }

    @Test
    void findsByCodeAndByText() {
        PlatformCatalog catalog = PlatformCatalog.of(List.of(c, a, blog));

        assertThat(catalog.find(PlatformCode.of("blog"))).contains(blog);
        assertThat(catalog.find("a")).contains(a);
        assertThat(catalog.find("b")).isEmpty();
        assertThat(catalog.find(PlatformCode.of("b"))).isEmpty();
    }

    @Test
    void findAnswersEmptyForMalformedText() {
        PlatformCatalog catalog = PlatformCatalog.of(List.of(a, blog));

        for (String text : new String[] {null, "", "A", "BLOG", " a", "a ", "../a", "9", "x".repeat(33)}) {
            assertThat(catalog.find(text)).as("find(%s)", text).isEmpty();
        }
    }

    @Test
    void refusesTheSameCodeTwice() {
        Platform otherA = platform("a", "Another A");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> PlatformCatalog.of(List.of(a, blog, otherA)))
                .withMessageContaining("a");
    }

    @Test
    void refusesAnEmptyConfiguration() {
        assertThatIllegalArgumentException().isThrownBy(() -> PlatformCatalog.of(List.of()));
    }

    @Test
    void isNotChangedByItsSourceOrItsListing() {
        List<Platform> source = new ArrayList<>(List.of(a));
        PlatformCatalog catalog = PlatformCatalog.of(source);

        source.add(blog);

        assertThat(catalog.all()).containsExactly(a);
        assertThat(catalog.find("blog")).isEmpty();
        assertThatThrownBy(() -> catalog.all().add(blog)).isInstanceOf(UnsupportedOperationException.class);
    }
}
