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
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The API as one function from request to response, whichever transport carries it. On the request's head alone, in
 * order: the IP allowlist, the host and origin a browser sent, the route, the caller's credentials and role, the
 * body's declared size and type; a request refused there never has its body read. Then the body, as read, and the
 * handler. Every refusal is an {@code application/problem+json} document, never a stack trace. Each request gets an
 * id, echoed in {@code X-Request-Id} and written with the request to the log.
 */
public final class HttpApi implements HttpService {

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

    /** Answers a request whose body is already at hand (Lambda's event, tests): {@link #admit}, then the rest. */
    public ApiResponse handle(ApiRequest request) {
        Admission admission = admit(new RequestHead(
                request.method(),
                request.path(),
                "",
                request.headers(),
                request.peerAddress(),
                request.verifiedClaims()));
        return admission instanceof Pending pending
                ? pending.respond(request)
                : ((Admission.Refused) admission).response();
    }

    @Override
    public Admission admit(RequestHead head) {
        Instant started = clock.instant();
        // Resolved first (it reads nothing but the path) so that even a refused request's line names its route.
        RouteTable.Resolution resolution = routes.resolve(head.method().toUpperCase(Locale.ROOT), head.path());
        String requestId = head.headers()
                .first(REQUEST_ID)
                .filter(id -> SAFE_REQUEST_ID.matcher(id).matches())
                .orElseGet(HttpApi::newRequestId);
        Optional<InetAddress> client =
                security.admit(head.peerAddress(), head.headers().all("X-Forwarded-For"));
        Exchange exchange = new Exchange(
                head,
                resolution.label(),
                started,
                requestId,
                client.map(InetAddress::getHostAddress).orElse(head.peerAddress()));
        if (client.isEmpty()) {
            return exchange.refuse(
                    null, problem(ProblemKind.FORBIDDEN.document("Your address may not call this API.", requestId)));
        }
        Optional<String> browser = security.browserRefusal(
                head.headers().first("Host"), head.headers().first("Origin"));
        if (browser.isPresent()) {
            return exchange.refuse(null, problem(ProblemKind.FORBIDDEN.document(browser.get(), requestId)));
        }
        if (resolution instanceof RouteTable.Resolution.NoSuchPath) {
            return exchange.refuse(
                    null, problem(ProblemKind.NOT_FOUND.document("No such resource: " + head.path(), requestId)));
        }
        if (resolution instanceof RouteTable.Resolution.WrongMethod wrong) {
            return exchange.refuse(
                    null,
                    problem(ProblemKind.METHOD_NOT_ALLOWED.document(
                                    "Allowed: " + String.join(", ", wrong.allowed()), requestId))
                            .withHeader("Allow", String.join(", ", wrong.allowed())));
        }
        RouteTable.Resolution.Found found = (RouteTable.Resolution.Found) resolution;
        Authentication authentication =
                security.authenticate(head.headers().first("Authorization"), head.verifiedClaims());
        Caller caller =
                authentication instanceof Authentication.Authenticated authenticated ? authenticated.caller() : null;
        Optional<ApiResponse> refusal = refuseAccess(found.route(), authentication, caller, requestId)
                .or(() -> refuseDeclaredBody(found.route().body(), head, requestId));
        if (refusal.isPresent()) {
            return exchange.refuse(caller, refusal.get());
        }
        return new Pending(exchange, found, caller);
    }

    /**
     * A random (version 4) UUID from the thread's own generator: a request id ties log lines together and guards
     * nothing, and {@link UUID#randomUUID()}'s shared secure generator made every request queue for one lock.
     */
    private static String newRequestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new UUID(
                        random.nextLong() & ~0xF000L | 0x4000L,
                        random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L)
                .toString();
    }

    private Optional<ApiResponse> refuseAccess(
            Route route, Authentication authentication, Caller caller, String requestId) {
        if (!(route.access() instanceof Access.Needs needs)) {
            return Optional.empty();
        }
        if (authentication instanceof Authentication.Rejected rejected) {
            return Optional.of(problem(ProblemKind.UNAUTHENTICATED.document(rejected.reason(), requestId))
                    .withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\""));
        }
        if (caller == null) {
            return Optional.of(problem(ProblemKind.UNAUTHENTICATED.document("Send a bearer token.", requestId))
                    .withHeader("WWW-Authenticate", "Bearer"));
        }
        if (!caller.may(needs.role())) {
            return Optional.of(problem(ProblemKind.FORBIDDEN.document(
                    "This needs the " + needs.role().label() + " role.", requestId)));
        }
        return Optional.empty();
    }

    /** A body the route would refuse as soon as it arrived is refused before: too large as declared, or of a wrong type. */
    private Optional<ApiResponse> refuseDeclaredBody(RequestBody accepted, RequestHead head, String requestId) {
        if (accepted.isNone()) {
            return Optional.empty();
        }
        OptionalLong declared = head.declaredLength();
        if (declared.isPresent() && declared.getAsLong() > accepted.maxBytes()) {
            return Optional.of(tooLarge(accepted, requestId));
        }
        Optional<String> type = mediaType(head.headers());
        if (type.isPresent() && !accepted.mediaTypes().contains(type.get())) {
            return Optional.of(unsupportedType(accepted, requestId));
        }
        return Optional.empty();
    }

    /** The body as read: within the route's limit, and of a type it takes. */
    private Optional<ApiResponse> refuseBody(RequestBody accepted, ApiRequest request, String requestId) {
        if (accepted.isNone()) {
            return Optional.empty();
        }
        if (request.body().length > accepted.maxBytes()) {
            return Optional.of(tooLarge(accepted, requestId));
        }
        boolean acceptable = mediaType(request.headers())
                .map(accepted.mediaTypes()::contains)
                .orElse(request.body().length == 0);
        return acceptable ? Optional.empty() : Optional.of(unsupportedType(accepted, requestId));
    }

    private ApiResponse tooLarge(RequestBody accepted, String requestId) {
        return problem(ProblemKind.PAYLOAD_TOO_LARGE.document(
                "The body may be at most " + accepted.maxBytes() + " bytes.", requestId));
    }

    private ApiResponse unsupportedType(RequestBody accepted, String requestId) {
        return problem(ProblemKind.UNSUPPORTED_MEDIA_TYPE.document(
                "Send the body as " + String.join(" or ", accepted.mediaTypes()) + ".", requestId));
    }

    private static Optional<String> mediaType(Headers headers) {
        return headers.first("Content-Type")
                .map(value -> value.split(";", 2)[0].strip().toLowerCase(Locale.ROOT));
    }

    private ApiResponse problem(ProblemDocument document) {
        return ApiResponse.of(document.status(), ApiResponse.PROBLEM_JSON, json.write(document));
    }

    /** One request from its head on: when it started, its id, the client, and its one line in the log. */
    private final class Exchange {

        private final RequestHead head;
        private final String route;
        private final Instant started;
        private final String requestId;
        private final String clientIp;

        Exchange(RequestHead head, String route, Instant started, String requestId, String clientIp) {
            this.head = head;
            this.route = route;
            this.started = started;
            this.requestId = requestId;
            this.clientIp = clientIp;
        }

        Admission.Refused refuse(Caller caller, ApiResponse response) {
            return new Admission.Refused(finish(caller, response));
        }

        ApiResponse finish(Caller caller, ApiResponse response) {
            ApiResponse answered = response.withHeader(REQUEST_ID, requestId);
            log.record(new RequestRecord(
                    started,
                    requestId,
                    head.method(),
                    head.path(),
                    route,
                    answered.status(),
                    ChronoUnit.MICROS.between(started, clock.instant()),
                    clientIp,
                    caller == null ? null : caller.subject()));
            return answered;
        }
    }

    /** A request admitted on its head, waiting for its body. */
    private final class Pending implements Admission.Admitted {

        private final Exchange exchange;
        private final RouteTable.Resolution.Found found;
        private final Caller caller;

        Pending(Exchange exchange, RouteTable.Resolution.Found found, Caller caller) {
            this.exchange = exchange;
            this.found = found;
            this.caller = caller;
        }

        @Override
        public long bodyLimit() {
            return found.route().body().maxBytes();
        }

        @Override
        public ApiResponse respond(byte[] body) {
            return respond(exchange.head.withBody(body));
        }

        @Override
        public ApiResponse bodyStalled() {
            return exchange.finish(
                    caller,
                    problem(ProblemKind.REQUEST_TIMEOUT.document(
                            "The body stopped coming, or came too slowly; send it again.", exchange.requestId)));
        }

        ApiResponse respond(ApiRequest request) {
            return exchange.finish(caller, answer(request));
        }

        private ApiResponse answer(ApiRequest request) {
            String requestId = exchange.requestId;
            Optional<ApiResponse> badBody = refuseBody(found.route().body(), request, requestId);
            if (badBody.isPresent()) {
                return badBody.get();
            }
            try {
                return found.route().handler().handle(new ApiCall(request, found.parameters(), caller, requestId));
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
    }
}
