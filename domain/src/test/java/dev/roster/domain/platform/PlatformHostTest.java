package dev.roster.domain.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlatformHostTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            blog.example          | blog.example | -
            Blog.Example:8443     | blog.example | 8443
            127.0.0.1:8088        | 127.0.0.1    | 8088
            ::1                   | ::1          | -
            [::1]:8088            | ::1          | 8088
            [fd00:ec2::254]       | fd00:ec2::254 | -
            ' localhost:1 '       | localhost    | 1
            """)
    void readsTheWaysAnEntryIsWritten(String entry, String host, Integer port) {
        assertThat(PlatformHost.parse(entry)).isEqualTo(new PlatformHost(host, port));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "blog.example:",
                "blog.example:http",
                "blog.example:0",
                "blog.example:65536",
                "blog.example:123456",
                "-blog.example",
                "blog..example",
                "blog.example/path",
                "user@blog.example",
                "*.blog.example",
                "[::1",
                "[::1]x",
                "[not-v6]:80",
                "bl og.example",
                "블로그.example",
                "http://blog.example"
            })
    void refusesWhatIsNotAHostNameOrAddressWithAnOptionalPort(String entry) {
        assertThatIllegalArgumentException().isThrownBy(() -> PlatformHost.parse(entry));
    }

    @Test
    void isWrittenBackAsItIsRead() {
        assertThat(PlatformHost.parse("[::1]:8088")).hasToString("[::1]:8088");
        assertThat(PlatformHost.parse("::1")).hasToString("::1");
        assertThat(PlatformHost.parse("Blog.Example:80")).hasToString("blog.example:80");
    }

    @Property
    void anEntryWithAPortMatchesThatPortAlone(
            @ForAll @IntRange(min = 1, max = 65_535) int entryPort,
            @ForAll @IntRange(min = 1, max = 65_535) int urlPort) {
        PlatformHost host = new PlatformHost("blog.example", entryPort);

        assertThat(host.matches("blog.example", urlPort)).isEqualTo(entryPort == urlPort);
        assertThat(host.matches("m.blog.example", urlPort)).isEqualTo(entryPort == urlPort);
    }

    @Property
    void aNameNeverMatchesAHostThatMerelyEndsWithItsText(@ForAll("labels") String prefix) {
        PlatformHost host = PlatformHost.parse("blog.example");

        assertThat(host.matches(prefix + "blog.example", 443)).isFalse();
        assertThat(host.matches(prefix + ".blog.example", 443)).isTrue();
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> labels() {
        return net.jqwik.api.Arbitraries.strings()
                .withCharRange('a', 'z')
                .ofMinLength(1)
                .ofMaxLength(12);
    }
}
