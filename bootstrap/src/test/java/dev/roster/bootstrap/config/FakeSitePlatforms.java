package dev.roster.bootstrap.config;

import dev.roster.adapters.browser.FakePlatformSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A platform definitions file that reads the fake platform site: platform a over http (followers and daily visitors;
 * the private notice), platform b with a browser (followers), both on the site's host and port, a loopback address
 * they allow. Each test adds the collection settings it is about.
 */
public final class FakeSitePlatforms {

    private FakeSitePlatforms() {}

    /** @param a and {@code b}: more {@code collect} settings of each platform, such as {@code every: P1D} */
    public static Path write(Path file, FakePlatformSite site, Map<String, String> a, Map<String, String> b)
            throws IOException {
        return Files.writeString(file, """
                platforms:
                  - code: a
                    name: Platform A
                    hosts: ["%4$s"]
                    allowPrivateAddresses: true
                    profileUrl: "%1$s{handle}"
                    metrics: [followers, dailyVisitors]
                    collect:
                      source: http
                      privateWhen: { css: ".private-notice" }
                      rules:
                        followers: { css: ".followers" }
                        dailyVisitors: { css: "#stats", regex: "Today ([0-9.,]+\\\\s*[KkMm만천]?)" }
                %2$s
                    posts:
                      missing:    { status: [404, 410], css: ".deleted-notice" }
                      private:    { css: ".private-notice" }
                      restricted: { css: ".login-wall" }
                      author:     { css: ".post-author a", attr: href }
                    comments:
                      item:   ".comment"
                      author: { css: ".comment-author", attr: href }
                      text:   { css: ".comment-text" }
                      time:   { css: "time", attr: datetime }
                      next:   { css: "a.next-comments", attr: href }
                      maxPages: 3
                  - code: b
                    name: Platform B
                    hosts: ["%4$s"]
                    allowPrivateAddresses: true
                    profileUrl: "%1$s{handle}"
                    metrics: [followers]
                    collect:
                      source: browser
                      rules:
                        followers: { css: ".followers" }
                %3$s
                """.formatted(site.profile(""), settings(a), settings(b), site.hostEntry()));
    }

    private static String settings(Map<String, String> collect) {
        return new TreeMap<>(collect)
                .entrySet().stream()
                        .map(setting -> "      " + setting.getKey() + ": " + setting.getValue())
                        .collect(Collectors.joining("\n"));
    }
}
