package dev.roster.bootstrap.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roster.adapters.http.routes.Access;
import dev.roster.adapters.http.routes.ApiCall;
import dev.roster.adapters.http.routes.ApiResponse;
import dev.roster.adapters.http.routes.Route;
import dev.roster.application.error.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The web UI's build (the {@code web} module, on the class path under {@code web/}) served at {@code /} beside the
 * API, as CloudFront serves it on AWS: hashed assets cached for good, {@code index.html} for every client-side route,
 * and {@code config.json} made from this server's settings, so one build serves every environment.
 */
public final class WebApp {

    /** Where the build sits on the class path. */
    public static final String RESOURCES = "web/";

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";
    /** What a page may load and who may frame it: only this origin, and nobody. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    /** File names Vite writes; anything else (dot-dot, encoded characters) is not a file of the build. */
    private static final Pattern FILE_NAME =
            Pattern.compile("(?:[A-Za-z0-9_-][A-Za-z0-9._-]*/)*[A-Za-z0-9_-][A-Za-z0-9._-]*");

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "json", "application/json",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "woff2", "font/woff2",
            "txt", "text/plain; charset=utf-8");

    /** How the UI signs people in, as this server checks them. */
    public enum SignIn {
        /** The local open mode: nobody signs in. */
        NONE,
        /** Tokens the server accepts (e.g. {@code roster token}), pasted on a sign-in screen. */
        TOKEN
    }

    /**
     * Sign-in through Cognito's managed login, as on AWS: the web UI and {@code roster login} both read it from
     * {@code config.json}.
     *
     * @param authority the user pool's issuer
     * @param clientId  the app client people sign in with
     * @param domain    the managed login domain, e.g. {@code https://roster.auth.ap-northeast-2.amazoncognito.com}
     */
    public record Cognito(String authority, String clientId, URI domain) {}

    private final ClassLoader loader;
    private final String root;
    private final byte[] config;

    WebApp(ClassLoader loader, String root, SignIn signIn) {
        this(loader, root, Map.of("mode", signIn.name().toLowerCase(Locale.ROOT)));
    }

    WebApp(ClassLoader loader, String root, Cognito cognito) {
        this(loader, root, cognitoConfig(cognito));
    }

    private WebApp(ClassLoader loader, String root, Map<String, String> auth) {
        this.loader = loader;
        this.root = root;
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("apiBase", "");
        config.put("auth", auth);
        try {
            this.config = new ObjectMapper().writeValueAsBytes(config);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static Map<String, String> cognitoConfig(Cognito cognito) {
        Map<String, String> auth = new LinkedHashMap<>();
        auth.put("mode", "cognito");
        auth.put("authority", cognito.authority());
        auth.put("clientId", cognito.clientId());
        auth.put("domain", cognito.domain().toString().replaceAll("/+$", ""));
        return auth;
    }

    /** The UI built into this jar. */
    public static WebApp ofClassPath(SignIn signIn) {
        return new WebApp(WebApp.class.getClassLoader(), RESOURCES, signIn);
    }

    /** The UI built into this jar, people signing in through Cognito. */
    public static WebApp ofClassPath(Cognito cognito) {
        return new WebApp(WebApp.class.getClassLoader(), RESOURCES, cognito);
    }

    /** The route the route table falls back to for any GET outside {@code /api}. */
    public Route route() {
        return Route.get("/", Access.OPEN, this::serve);
    }

    ApiResponse serve(ApiCall call) {
        String name = call.request().path().substring(1);
        if (name.equals("config.json")) {
            return file("json", REVALIDATE, config);
        }
        if (!name.isEmpty() && !FILE_NAME.matcher(name).matches()) {
            throw new NotFoundException("file", name);
        }
        Optional<byte[]> file = name.isEmpty() ? Optional.empty() : read(name);
        if (file.isPresent()) {
            return file(extension(name), name.startsWith("assets/") ? IMMUTABLE : REVALIDATE, file.get());
        }
        if (name.startsWith("assets/") || !extension(name).isEmpty()) {
            throw new NotFoundException("file", name);
        }
        // A client-side route (/platforms/a, /platforms/a/accounts/42): the app draws it.
        return file(
                "html",
                REVALIDATE,
                read("index.html")
                        .orElseThrow(() ->
                                new NotFoundException("file", "index.html (this jar was built without the web UI)")));
    }

    private Optional<byte[]> read(String name) {
        try (InputStream in = loader.getResourceAsStream(root + name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static ApiResponse file(String extension, String cacheControl, byte[] content) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
        headers.put("Cache-Control", cacheControl);
        headers.put("X-Content-Type-Options", "nosniff");
        if (extension.equals("html")) {
            headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            headers.put("X-Frame-Options", "DENY");
            headers.put("Referrer-Policy", "same-origin");
        }
        return new ApiResponse(200, headers, content);
    }

    private static String extension(String name) {
        String last = name.substring(name.lastIndexOf('/') + 1);
        int dot = last.lastIndexOf('.');
        return dot < 0 ? "" : last.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
