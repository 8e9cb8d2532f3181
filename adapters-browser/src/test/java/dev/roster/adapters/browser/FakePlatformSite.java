package dev.roster.adapters.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.roster.adapters.browser.fetch.AddressLookup;
import dev.roster.adapters.browser.fetch.FetchLimits;
import dev.roster.adapters.browser.fetch.FetchRules;
import dev.roster.adapters.browser.fetch.PageFetcher;
import dev.roster.adapters.browser.rules.CommentReader;
import dev.roster.adapters.browser.rules.CommentRules;
import dev.roster.adapters.browser.rules.MetricRule;
import dev.roster.adapters.browser.rules.PageRules;
import dev.roster.adapters.browser.rules.PostReader;
import dev.roster.adapters.browser.rules.PostRules;
import dev.roster.adapters.browser.rules.TextRule;
import dev.roster.domain.platform.MetricName;
import dev.roster.domain.platform.Platform;
import dev.roster.domain.platform.PlatformCode;
import dev.roster.domain.platform.PlatformHosts;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

/**
 * A platform's web site on a real socket, for tests: profiles showing their figures in several formats, one drawn by
 * JavaScript, a private one, a missing one, one whose layout changed, one whose server is down, and the same profiles
 * under {@code /limited/} behind a limit of requests per second that answers 429 when exceeded. Hostile pages too:
 * {@code /go?to=URL} redirects anywhere, {@code /nosy?at=URL} shows a profile whose page asks for {@code URL} in every
 * way a page can (fetch, XHR, image, script, frame) and shows what it got.
 */
public final class FakePlatformSite implements AutoCloseable {

    /** The rules that read this site's profiles. */
    public static final PageRules RULES = new PageRules(
            List.of(
                    new MetricRule(MetricName.FOLLOWERS, ".followers", null),
                    new MetricRule(
                            MetricName.DAILY_VISITORS, "#stats", Pattern.compile("Today ([0-9.,]+\\s*[KkMm만천]?)"))),
            ".private-notice",
            null);

    /** The post rules that read this site's posts, as a platforms file's {@code posts:} section gives them. */
    public static final PostRules POST_RULES = new PostRules(
            Set.of(404, 410),
            ".deleted-notice",
            ".private-notice",
            ".login-wall",
            new TextRule(".post-author a", "href", null));

    /** The comment rules that read this site's comments: three pages at most. */
    public static final CommentRules COMMENT_RULES = new CommentRules(
            ".comment",
            new TextRule(".comment-author", "href", null),
            TextRule.text(".comment-text"),
            new TextRule("time", "datetime", null),
            new TextRule("a.next-comments", "href", null),
            3);

    /** The comments of {@code /post/thread}, page by page: URLs in Korean text, a private commenter. */
    private static final List<List<String[]>> THREAD = List.of(
            List.of(
                    new String[] {"plain", "좋아요! https://shop.example/item?id=1, 꼭 사세요."},
                    new String[] {"private", "문의는 www.brand.co.kr로 주세요."}),
            List.of(
                    new String[] {"kilo", "(https://shop.example/item?id=1)를 참고하세요!"},
                    new String[] {"plain", "=HYPERLINK(\"http://evil.example\") 두 번째 댓글"}));
    /** Pages of {@code /post/long}, one comment each: longer than {@link #COMMENT_RULES}' three pages. */
    private static final int LONG_PAGES = 30;
    /** Pages of a {@code /post/crowd…} post and comments on each, by as many commenters as {@link #CROWD}. */
    public static final int CROWD_PAGES = 50;

    public static final int CROWD_PER_PAGE = 50;
    /** The commenters of the crowd posts, {@code user0} to {@code user399}, the same on each crowd post. */
    public static final int CROWD = 400;

    private static final Map<String, String> POSTS = Map.of(
            "live", post("plain", "<p class=\"caption\">신상 리뷰 #광고</p>"),
            "notice", page("<div class=\"deleted-notice\">이 게시물은 삭제되었습니다</div>"),
            "private", page("<div class=\"private-notice\">This account is private</div>"),
            "login", page("<div class=\"login-wall\">Log in to see this post</div>"),
            "someone-else", post("kilo", "<p>repost</p>"),
            "scripted", page("""
                    <div id="app">loading…</div>
                    <script>
                      setTimeout(function () {
                        document.getElementById('app').innerHTML =
                          '<div class="post-author"><a href="/p/plain">plain</a></div><p>drawn later</p>';
                      }, 300);
                    </script>"""),
            "changed", page("<div class=\"post-v2\">a redesigned post</div>"));

    private static final Map<String, String> PROFILES = Map.of(
            "plain", profile("1,234", "Today 56 visitors"),
            "kilo", profile("12.3K", "Today 1.2K visitors"),
            "mega", profile("1.2M", "Today 45,678 visitors"),
            "man", profile("1.2만", "Today 3.4천 visitors"),
            "scripted", page("""
                    <div id="app">loading…</div>
                    <script>
                      setTimeout(function () {
                        document.getElementById('app').innerHTML =
                          '<span class="followers">8.8K</span><div id="stats">Today 777 visitors</div>';
                      }, 300);
                    </script>"""),
            "private", page("<div class=\"private-notice\">This account is private</div>"),
            "placeholder", page("""
                    <span class="followers">—</span><div id="stats">Today … visitors</div>
                    <script>
                      setTimeout(function () {
                        document.querySelector('.followers').textContent = '4,321';
                        document.getElementById('stats').textContent = 'Today 12 visitors';
                      }, 400);
                    </script>"""),
            "changed", page("<div class=\"profile-v2\"><b data-k=\"fans\">5,000</b></div>"));

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private final int limit;
    private final long windowNanos;
    private final Deque<Long> recent = new ArrayDeque<>();
    private final List<Long> arrivals = new ArrayList<>();
    private int refused;
    private final Map<String, Integer> postRequests = new HashMap<>();

    private FakePlatformSite(int limit, Duration window) throws IOException {
        this.limit = limit;
        this.windowNanos = window.toNanos();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
        server.createContext("/p/", exchange -> profile(exchange, "/p/"));
        server.createContext("/limited/", this::limited);
        server.createContext("/go", FakePlatformSite::redirect);
        server.createContext("/post/", this::post);
        server.createContext("/nosy", FakePlatformSite::nosy);
        server.setExecutor(threads);
        server.start();
    }

    /** Started on a free port; {@code /limited/} answers 429 beyond {@code limitPerSecond} in any second. */
    public static FakePlatformSite start(int limitPerSecond) throws IOException {
        return new FakePlatformSite(limitPerSecond, Duration.ofSeconds(1));
    }

    /** Started on a free port; {@code /limited/} answers 429 beyond {@code limit} requests in any {@code window}. */
    public static FakePlatformSite start(int limit, Duration window) throws IOException {
        return new FakePlatformSite(limit, window);
    }

    public URI profile(String handle) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/p/" + handle);
    }

    /** The site's host and port, as a platform's {@code hosts} entry names it. */
    public String hostEntry() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** The platform the site is: on 127.0.0.1 (any port), a loopback address it must allow. */
    public Platform platform() {
        return new Platform(
                PlatformCode.of("a"),
                "Platform A",
                List.of(MetricName.FOLLOWERS, MetricName.DAILY_VISITORS),
                PlatformHosts.of("127.0.0.1").allowingPrivateAddresses());
    }

    /** A fetcher for the site's platform, as collection builds one. */
    public PageFetcher fetcher(Duration timeout) {
        return new PageFetcher(
                new FetchRules(platform(), AddressLookup.system()),
                new FetchLimits(timeout, FetchLimits.DEFAULT_MAX_BYTES),
                "Roster test");
    }

    /** A page of the site that redirects to {@code target}. */
    public URI redirectTo(URI target) {
        return URI.create(
                "http://" + hostEntry() + "/go?to=" + URLEncoder.encode(target.toString(), StandardCharsets.UTF_8));
    }

    /** A profile (1,234 followers) whose page asks for {@code target} in every way it can, and shows what it got. */
    public URI nosyProfile(URI target) {
        return URI.create(
                "http://" + hostEntry() + "/nosy?at=" + URLEncoder.encode(target.toString(), StandardCharsets.UTF_8));
    }

    /**
     * A post page: {@code live} (by {@code plain}), {@code notice} (deleted, said on the page), {@code private},
     * {@code login} (a login wall), {@code someone-else} (live, by {@code kilo}), {@code scripted} (drawn by
     * JavaScript), {@code changed} (a layout the rules do not know), {@code gone} (404), {@code removed} (410),
     * {@code down} (503), {@code slow} (answers after 10 s), {@code busy} (429 to its first request, then live),
     * {@code thread} and {@code long} (pages of comments), any name starting {@code crowd} ({@link #CROWD_PAGES} pages
     * of {@link #CROWD_PER_PAGE} comments, for benchmarks); any other name is 404.
     */
    public URI post(String name) {
        return URI.create("http://" + hostEntry() + "/post/" + name);
    }

    /** How many requests reached {@code /post/name}. */
    public synchronized int postRequests(String name) {
        return postRequests.getOrDefault(name, 0);
    }

    public URI limitedProfile(String handle) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/limited/" + handle);
    }

    /** When each request to {@code /limited/} arrived (System.nanoTime), in order. */
    public synchronized List<Long> limitedArrivals() {
        return List.copyOf(arrivals);
    }

    /** How many requests to {@code /limited/} were refused with 429. */
    public synchronized int refused() {
        return refused;
    }

    private void limited(HttpExchange exchange) throws IOException {
        boolean allowed;
        synchronized (this) {
            long now = System.nanoTime();
            arrivals.add(now);
            while (!recent.isEmpty() && now - recent.peekFirst() >= windowNanos) {
                recent.pollFirst();
            }
            allowed = recent.size() < limit;
            if (allowed) {
                recent.addLast(now);
            } else {
                refused++;
            }
        }
        if (!allowed) {
            exchange.getResponseHeaders().add("Retry-After", "1");
            reply(exchange, 429, "<p>slow down</p>");
            return;
        }
        profile(exchange, "/limited/");
    }

    private static void profile(HttpExchange exchange, String prefix) throws IOException {
        String handle = exchange.getRequestURI().getPath().substring(prefix.length());
        if (handle.equals("down")) {
            reply(exchange, 503, "<p>maintenance</p>");
            return;
        }
        String body = PROFILES.containsKey(handle)
                ? PROFILES.get(handle)
                : handle.startsWith("user") ? profile(String.valueOf(handle.length() * 100), "Today 5 visitors") : null;
        if (body == null) {
            reply(exchange, 404, page("<h1>Sorry, this page isn't available.</h1>"));
            return;
        }
        reply(exchange, 200, body);
    }

    private void post(HttpExchange exchange) throws IOException {
        String name = exchange.getRequestURI().getPath().substring("/post/".length());
        int count;
        synchronized (this) {
            count = postRequests.merge(name, 1, Integer::sum);
        }
        switch (name) {
            case "gone" -> reply(exchange, 404, page("<h1>Sorry, this page isn't available.</h1>"));
            case "removed" -> reply(exchange, 410, page("<h1>Gone</h1>"));
            case "down" -> reply(exchange, 503, "<p>maintenance</p>");
            case "slow" -> {
                try {
                    Thread.sleep(10_000);
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                }
                reply(exchange, 200, POSTS.get("live"));
            }
            case "busy" -> {
                if (count == 1) {
                    exchange.getResponseHeaders().add("Retry-After", "1");
                    reply(exchange, 429, "<p>slow down</p>");
                } else {
                    reply(exchange, 200, POSTS.get("live"));
                }
            }
            case "thread", "long" -> reply(exchange, 200, comments(name, exchange));
            default ->
                reply(
                        exchange,
                        POSTS.containsKey(name) || name.startsWith("crowd") ? 200 : 404,
                        name.startsWith("crowd")
                                ? crowd(name, exchange)
                                : POSTS.getOrDefault(name, page("<h1>Sorry, this page isn't available.</h1>")));
        }
    }

    /** A page of a crowd post: many comments, one in ten naming a URL in Korean text, a link to the next page. */
    private static String crowd(String name, HttpExchange exchange) {
        String asked = parameter(exchange, "page");
        int number = asked.matches("[0-9]{1,3}") ? Math.min(Integer.parseInt(asked), CROWD_PAGES) : 1;
        StringBuilder html = new StringBuilder();
        for (int i = 0; i < CROWD_PER_PAGE; i++) {
            int index = (number - 1) * CROWD_PER_PAGE + i;
            html.append("<div class=\"comment\"><a class=\"comment-author\" href=\"/p/user")
                    .append(index % CROWD)
                    .append("\">user")
                    .append(index % CROWD)
                    .append("</a><p class=\"comment-text\">")
                    .append(
                            index % 10 == 0
                                    ? "제품 정보는 https://shop.example/item?id=" + index % 50 + " 참고하세요!"
                                    : "댓글 " + index)
                    .append("</p><time datetime=\"2026-12-01T10:00:00Z\">1일 전</time></div>");
        }
        return post("plain", html + nextPage(name, number, CROWD_PAGES));
    }

    private static void redirect(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Location", parameter(exchange, "to"));
        reply(exchange, 302, "<p>moved</p>");
    }

    private static void nosy(HttpExchange exchange) throws IOException {
        String at = parameter(exchange, "at").replace("\\", "").replace("'", "").replace("\"", "");
        reply(exchange, 200, page("""
                <span class="followers">1,234</span><div id="stats">Today 5 visitors</div>
                <pre id="got">nothing</pre>
                <img src="%1$s"><script src="%1$s"></script><iframe src="%1$s"></iframe>
                <link rel="stylesheet" href="%1$s">
                <script>
                  fetch('%1$s').then(r => r.text()).then(t => document.getElementById('got').textContent = t,
                      e => document.getElementById('got').textContent = 'fetch failed');
                  var x = new XMLHttpRequest(); x.open('GET', '%1$s'); x.send();
                  try { new WebSocket('%1$s'.replace('http', 'ws')); } catch (e) {}
                  navigator.sendBeacon('%1$s', 'beacon');
                </script>""".formatted(at)));
    }

    private static String parameter(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
        for (String pair : query == null ? new String[0] : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        return "";
    }

    private static void reply(HttpExchange exchange, int status, String html) throws IOException {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String profile(String followers, String stats) {
        return page("<h1>Profile</h1><span class=\"followers\">" + followers + "</span><div id=\"stats\">" + stats
                + "</div>");
    }

    /** A page of comments of {@code /post/thread} or {@code /post/long}, by its {@code page} parameter (from 1). */
    private static String comments(String name, HttpExchange exchange) {
        String asked = parameter(exchange, "page");
        int number = asked.matches("[0-9]{1,3}") ? Integer.parseInt(asked) : 1;
        int pages = name.equals("thread") ? THREAD.size() : LONG_PAGES;
        List<String[]> comments = name.equals("thread")
                ? THREAD.get(Math.min(number, pages) - 1)
                : List.<String[]>of(new String[] {"user" + number, "댓글 " + number});
        StringBuilder html = new StringBuilder();
        for (String[] comment : comments) {
            html.append("<div class=\"comment\"><a class=\"comment-author\" href=\"/p/")
                    .append(comment[0])
                    .append("\">")
                    .append(comment[0])
                    .append("</a><p class=\"comment-text\">")
                    .append(comment[1].replace("<", "&lt;"))
                    .append("</p><time datetime=\"2026-12-0")
                    .append(number % 9 + 1)
                    .append("T10:00:00Z\">")
                    .append(number)
                    .append("일 전</time></div>");
        }
        return post("plain", html + nextPage(name, number, pages));
    }

    /** The link to the page after {@code number} of a post's comments, none on its last. */
    private static String nextPage(String name, int number, int pages) {
        return number < pages
                ? "<a class=\"next-comments\" href=\"/post/" + name + "?page=" + (number + 1) + "\">더 보기</a>"
                : "";
    }

    /** The comment reader of this site's rules. */
    public static CommentReader commentReader() {
        return new CommentReader(COMMENT_RULES, new PostReader(POST_RULES));
    }

    private static String post(String author, String body) {
        return page("<article><div class=\"post-author\"><a href=\"/p/" + author + "\">" + author + "</a></div>" + body
                + "</article>");
    }

    private static String page(String body) {
        return "<!doctype html><html><head><meta charset=\"utf-8\"><title>Platform</title></head><body>" + body
                + "</body></html>";
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
