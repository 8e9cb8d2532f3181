package dev.roster.adapters.http.routes;

import dev.roster.adapters.http.routes.json.JsonCodec;
import dev.roster.adapters.http.routes.problem.ProblemDocument;
import dev.roster.adapters.http.routes.problem.ProblemKind;
import dev.roster.adapters.http.routes.security.Authentication;
import dev.roster.adapters.http.routes.security.Caller;
import dev.roster.adapters.http.routes.security.EdgeSecurity;
import dev.roster.application.error.RosterException;
import dev.roster.application.error.UnavailableException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The API as one function from request to response, whichever transport carries it. In order: the IP allowlist (a
 * refused address hears 403 and nothing else runs), the route, the caller's credentials and role, the body's type
 * and size, then the handler; every refusal is an {@code application/problem+json} document, never a stack trace.
 * Each request gets an id, echoed in {@code X-Request-Id} and written with the request to the log.
 */
public final class HttpApi {

    public static final String REQUEST_ID = "X-Request-Id";
    private static final Pattern SAFE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final RouteTable routes;
    private final EdgeSecurity security;
    private final JsonCodec json;
    private final RequestLog log;
    private final Clock clock;

    public HttpApi(RouteTable routes, EdgeSecurity security, JsonCodec json, RequestLog log, Clock clock) {
        this.routes = routes;
        this.security = security;
        this.json = json;
        this.log = log;
        this.clock = clock;
    }

    /** The most body bytes worth reading for this request: the matched route's limit, 0 when it takes none. */
    public long bodyLimit(String method, String rawPath) {
        return routes.resolve(method.toUpperCase(Locale.ROOT), rawPath) instanceof RouteTable.Resolution.Found found
                ? found.route().body().maxBytes() : 0;
    }

    public ApiResponse handle(ApiRequest request) {
        Instant started = clock.instant();
        String requestId = request.headers().first(REQUEST_ID).filter(id -> SAFE_REQUEST_ID.matcher(id).matches())
                .orElseGet(() -> UUID.randomUUID().toString());
        Optional<InetAddress> client = security.admit(request.peerAddress(), request.headers().all("X-Forwarded-For"));
        Outcome outcome = client.isEmpty()
                ? new Outcome(problem(ProblemKind.FORBIDDEN.document("Your address may not call this API.", requestId)),
                        null)
                : dispatch(request, requestId);
        ApiResponse response = outcome.response().withHeader(REQUEST_ID, requestId);
        log.record(new RequestRecord(started, requestId, request.method(), request.path(), response.status(),
                ChronoUnit.MICROS.between(started, clock.instant()),
                client.map(InetAddress::getHostAddress).orElse(request.peerAddress()),
                outcome.caller() == null ? null : outcome.caller().subject()));
        return response;
    }

    /** The response, and who asked for it when they could be told. */
    private record Outcome(ApiResponse response, Caller caller) {
    }

    private Outcome dispatch(ApiRequest request, String requestId) {
        RouteTable.Resolution resolution = routes.resolve(request.method().toUpperCase(Locale.ROOT), request.path());
        if (resolution instanceof RouteTable.Resolution.NoSuchPath) {
            return new Outcome(problem(ProblemKind.NOT_FOUND.document("No such resource: " + request.path(),
                    requestId)), null);
        }
        if (resolution instanceof RouteTable.Resolution.WrongMethod wrong) {
            return new Outcome(problem(ProblemKind.METHOD_NOT_ALLOWED.document(
                    "Allowed: " + String.join(", ", wrong.allowed()), requestId))
                    .withHeader("Allow", String.join(", ", wrong.allowed())), null);
        }
        RouteTable.Resolution.Found found = (RouteTable.Resolution.Found) resolution;
        Route route = found.route();
        Authentication authentication = security.authenticate(request.headers().first("Authorization"),
                request.verifiedClaims());
        Caller caller = authentication instanceof Authentication.Authenticated authenticated ? authenticated.caller()
                : null;
        return new Outcome(authorizedCall(route, found, request, authentication, caller, requestId), caller);
    }

    private ApiResponse authorizedCall(Route route, RouteTable.Resolution.Found found, ApiRequest request,
            Authentication authentication, Caller caller, String requestId) {
        if (route.access() instanceof Access.Needs needs) {
            if (authentication instanceof Authentication.Rejected rejected) {
                return problem(ProblemKind.UNAUTHENTICATED.document(rejected.reason(), requestId))
                        .withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            }
            if (caller == null) {
                return problem(ProblemKind.UNAUTHENTICATED.document("Send a bearer token.", requestId))
                        .withHeader("WWW-Authenticate", "Bearer");
            }
            if (!caller.may(needs.role())) {
                return problem(ProblemKind.FORBIDDEN.document(
                        "This needs the " + needs.role().label() + " role.", requestId));
            }
        }
        Optional<ApiResponse> badBody = checkBody(route.body(), request, requestId);
        if (badBody.isPresent()) {
            return badBody.get();
        }
        try {
            return route.handler().handle(new ApiCall(request, found.parameters(), caller, requestId));
        } catch (RosterException refused) {
            if (refused instanceof UnavailableException) {
                log.failure(requestId, refused);
                return problem(ProblemKind.of(refused, requestId)).withHeader("Retry-After", "5");
            }
            return problem(ProblemKind.of(refused, requestId));
        } catch (RuntimeException bug) {
            log.failure(requestId, bug);
            return problem(ProblemKind.INTERNAL.document(
                    "Something went wrong on our side. Quote request id " + requestId + " when reporting it.",
                    requestId));
        }
    }

    private Optional<ApiResponse> checkBody(RequestBody accepted, ApiRequest request, String requestId) {
        if (accepted.isNone()) {
            return Optional.empty();
        }
        if (request.body().length > accepted.maxBytes()) {
            return Optional.of(problem(ProblemKind.PAYLOAD_TOO_LARGE.document(
                    "The body may be at most " + accepted.maxBytes() + " bytes.", requestId)));
        }
        Optional<String> type = request.headers().first("Content-Type")
                .map(value -> value.split(";", 2)[0].strip().toLowerCase(Locale.ROOT));
        boolean acceptable = type.map(accepted.mediaTypes()::contains).orElse(request.body().length == 0);
        if (!acceptable) {
            return Optional.of(problem(ProblemKind.UNSUPPORTED_MEDIA_TYPE.document(
                    "Send the body as " + String.join(" or ", accepted.mediaTypes()) + ".", requestId)));
        }
        return Optional.empty();
    }

    private ApiResponse problem(ProblemDocument document) {
        return ApiResponse.of(document.status(), ApiResponse.PROBLEM_JSON, json.write(document));
    }
}
