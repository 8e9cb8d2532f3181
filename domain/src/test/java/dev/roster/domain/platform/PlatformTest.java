package dev.roster.domain.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/*
 * Uses platforms without metrics: MetricName cannot be initialised (see the report: its constants are declared
 * before the pattern they are checked against), and touching it would poison every later test in this JVM.
 */
class PlatformTest {

    private static Platform withHosts(Set<String> hosts) {
        return new Platform(PlatformCode.of("blog"), "Blog", List.of(), hosts);
    }

    @ParameterizedTest
    @ValueSource(strings = {"anything.example", "evil.com", "", "BLOG.EXAMPLE"})
    void noConfiguredHostsAcceptsAnyHost(String host) {
        assertThat(withHosts(Set.of()).acceptsProfileHost(host)).isTrue();
    }

    @Test
    void noConfiguredHostsAcceptsEvenNull() {
        assertThat(withHosts(Set.of()).acceptsProfileHost(null)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"blog.example", "m.blog.example", "a.b.blog.example", "BLOG.EXAMPLE", "M.Blog.Example",
            "shop.example"})
    void acceptsConfiguredHostsAndTheirSubdomainsInAnyCase(String host) {
        assertThat(withHosts(Set.of("blog.example", "shop.example")).acceptsProfileHost(host)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"evilblog.example", "blog.example.evil.com", "example", "log.example", "blog.exampl",
            "blog-example", ".example", "", "other.example", "blog.example.", "blog.examplex"})
    void refusesLookAlikeHosts(String host) {
        assertThat(withHosts(Set.of("blog.example")).acceptsProfileHost(host)).isFalse();
    }

    @Test
    void refusesNullWhenHostsAreConfigured() {
        assertThat(withHosts(Set.of("blog.example")).acceptsProfileHost(null)).isFalse();
    }

    @Test
    void configuredHostsAreLowerCased() {
        Platform platform = withHosts(Set.of("Blog.Example"));

        assertThat(platform.profileHosts()).containsExactly("blog.example");
        assertThat(platform.acceptsProfileHost("m.blog.example")).isTrue();
    }

    @Test
    void hostsAndMetricsAreCopied() {
        Set<String> hosts = new HashSet<>(Set.of("blog.example"));
        Platform platform = withHosts(hosts);

        hosts.add("evil.example");

        assertThat(platform.acceptsProfileHost("evil.example")).isFalse();
        assertThat(platform.profileHosts()).containsExactly("blog.example");
        assertThat(platform.metrics()).isEmpty();
    }

    @Test
    void nameMustBe1To100Characters() {
        PlatformCode code = PlatformCode.of("blog");

        assertThat(new Platform(code, "n".repeat(100), List.of(), Set.of()).name()).hasSize(100);
        assertThatIllegalArgumentException().isThrownBy(() -> new Platform(code, "n".repeat(101), List.of(), Set.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new Platform(code, "", List.of(), Set.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new Platform(code, "  ", List.of(), Set.of()));
        assertThatNullPointerException().isThrownBy(() -> new Platform(code, null, List.of(), Set.of()));
        assertThatNullPointerException().isThrownBy(() -> new Platform(null, "Blog", List.of(), Set.of()));
    }
}
