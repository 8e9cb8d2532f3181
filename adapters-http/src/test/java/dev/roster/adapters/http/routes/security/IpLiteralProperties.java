package dev.roster.adapters.http.routes.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/** The literal reader checked a character at a time reads exactly what the regular expressions it replaced read. */
class IpLiteralProperties {

    private static final Pattern IPV4 =
            Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+");

    @Property(tries = 5_000)
    void readsWhatTheRegularExpressionsRead(@ForAll("nearLiterals") String text) {
        Optional<InetAddress> read = IpLiteral.parse(text);
        Statistics.label("an address").collect(read.isPresent());
        assertThat(read).isEqualTo(byRegularExpressions(text));
        // Both answers must be common, or the comparison proves little.
        Statistics.label("an address").coverage(coverage -> {
            coverage.check(true).percentage(share -> share > 15);
            coverage.check(false).percentage(share -> share > 15);
        });
    }

    @Test
    void readsTheShapesAServerMeets() {
        assertThat(IpLiteral.parse("127.0.0.1"))
                .map(InetAddress::getHostAddress)
                .hasValue("127.0.0.1");
        assertThat(IpLiteral.parse(" 10.0.0.255 "))
                .map(InetAddress::getHostAddress)
                .hasValue("10.0.0.255");
        assertThat(IpLiteral.parse("[::1]")).map(InetAddress::getHostAddress).hasValue("0:0:0:0:0:0:0:1");
        assertThat(IpLiteral.parse("::ffff:192.0.2.1"))
                .map(InetAddress::getHostAddress)
                .hasValue("192.0.2.1");
        assertThat(IpLiteral.parse("localhost")).isEmpty();
        assertThat(IpLiteral.parse("01.2.3.4")).isEmpty();
        assertThat(IpLiteral.parse("1.2.3.256")).isEmpty();
        assertThat(IpLiteral.parse("1.2.3")).isEmpty();
        assertThat(IpLiteral.parse("1.2.3.4.")).isEmpty();
        assertThat(IpLiteral.parse(null)).isEmpty();
    }

    @Provide
    Arbitrary<String> nearLiterals() {
        Arbitrary<String> validOctet = Arbitraries.integers().between(0, 255).map(String::valueOf);
        Arbitrary<String> anyOctet = Arbitraries.oneOf(
                validOctet,
                Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(4));
        Arbitrary<String> quads = Arbitraries.frequencyOf(
                Tuple.of(3, validOctet.list().ofSize(4).map(parts -> String.join(".", parts))),
                Tuple.of(2, anyOctet.list().ofMinSize(1).ofMaxSize(5).map(parts -> String.join(".", parts))));
        Arbitrary<String> group = Arbitraries.strings()
                .withChars("0123456789abcdefABCDEF")
                .ofMinLength(1)
                .ofMaxLength(5);
        Arbitrary<String> v6 = Arbitraries.oneOf(
                group.list().ofSize(8).map(groups -> String.join(":", groups)),
                group.list().ofMaxSize(3).map(groups -> "::" + String.join(":", groups)),
                Arbitraries.strings()
                        .withChars("0123456789abcdefABCDEF:.")
                        .ofMinLength(1)
                        .ofMaxLength(45));
        Arbitrary<String> noise =
                Arbitraries.strings().withChars("0123456789.:[] abcxyz-한").ofMaxLength(20);
        return Arbitraries.oneOf(
                quads,
                quads.map(quad -> "[" + quad + "]"),
                quads.map(quad -> " " + quad + "\t"),
                v6,
                v6.map(text -> "[" + text + "]"),
                noise);
    }

    /** How the reader worked before: the patterns, then {@link InetAddress#getByName} on what passed. */
    private static Optional<InetAddress> byRegularExpressions(String text) {
        String literal = text.strip();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        boolean v4 = IPV4.matcher(literal).matches();
        boolean v6 = literal.contains(":") && IPV6.matcher(literal).matches();
        if (!v4 && !v6) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(literal));
        } catch (UnknownHostException malformed) {
            return Optional.empty();
        }
    }
}
