package dev.roster.bootstrap.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.roster.adapters.http.routes.ApiMetrics;
import dev.roster.adapters.http.routes.HttpApi;
import dev.roster.adapters.http.routes.JsonLinesRequestLog;
import dev.roster.adapters.http.routes.Readiness;
import dev.roster.adapters.http.routes.RosterApi;
import dev.roster.adapters.http.routes.RouteTable;
import dev.roster.adapters.http.routes.json.JsonCodec;
import dev.roster.adapters.http.routes.security.ClientAddresses;
import dev.roster.adapters.http.routes.security.EdgeSecurity;
import dev.roster.adapters.http.routes.security.GatewayClaimsAuthenticator;
import dev.roster.adapters.http.routes.security.IpAllowlist;
import dev.roster.adapters.lambda.api.ApiGatewayHandler;
import dev.roster.adapters.lambda.api.OversizedResponses;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.crac.Core;
import org.crac.Resource;

/**
 * The API function behind API Gateway's HTTP API: the route table of the local server, over DynamoDB, S3 and SQS.
 * Everything is built in the constructor, which Lambda runs once per instance (and SnapStart snapshots); before the
 * snapshot it primes JSON, validation, the router and the DynamoDB client with requests that change nothing.
 */
public final class ApiFunction implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>, Resource {

    private static final String STORE_NAME = "dynamodb";
    private static final String PRIMER = "127.0.0.1";

    private final LambdaWiring wiring;
    private final ApiGatewayHandler handler;
    private final ApiGatewayHandler primer;
    private final LambdaLog log;

    /** The constructor Lambda calls: the deployment its environment names. */
    public ApiFunction() {
        this(LambdaLog.ofThisProcess(), LambdaSettings.of(System.getenv(), LambdaVariable.Function.API));
        Core.getGlobalContext().register(this);
    }

    private ApiFunction(LambdaLog log, LambdaSettings settings) {
        this(LambdaWiring.fromEnvironment(settings), settings, log);
    }

    ApiFunction(LambdaWiring wiring, LambdaSettings settings, PrintStream out) {
        this(wiring, settings, new LambdaLog(out, LambdaLog::currentTraceHeader, Clock.systemUTC()));
    }

    private ApiFunction(LambdaWiring wiring, LambdaSettings settings, LambdaLog log) {
        this.wiring = wiring;
        this.log = log;
        JsonCodec json = new JsonCodec();
        Clock clock = Clock.systemUTC();
        RouteTable routes = RosterApi.routes(
                wiring.roster(),
                STORE_NAME,
                json,
                Readiness.none(),
                new ApiMetrics(),
                wiring.platforms().document());
        OversizedResponses oversized = new OversizedResponses(wiring.files());
        handler = new ApiGatewayHandler(
                new HttpApi(
                        routes,
                        edge(settings.allowedCidrs(), settings.trustedProxies()),
                        json,
                        new LambdaRequestLog(log, clock),
                        clock),
                oversized,
                json);
        // The same routes behind an edge that admits the primer's loopback address, logging nowhere.
        primer = new ApiGatewayHandler(
                new HttpApi(
                        routes,
                        edge("127.0.0.1/32", ""),
                        json,
                        new JsonLinesRequestLog(new PrintStream(PrintStream.nullOutputStream()), json),
                        clock),
                oversized,
                json);
        wiring.awaitDynamo();
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        log.invocation(context == null ? null : context.getAwsRequestId());
        try {
            return handler.handleRequest(event, context);
        } finally {
            // An import at once counts its rows: one document for the request, none for most requests.
            wiring.meter().flush(log, Instant.now());
        }
    }

    /**
     * Before SnapStart's snapshot: loads the search projection, builds the S3 and SQS clients and the validator that
     * are otherwise built on first use, and runs requests that touch every layer and change nothing, so the snapshot
     * holds all of it warm.
     */
    @Override
    public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
        wiring.storage().prime();
        wiring.buildDeferred();
        prime();
    }

    @Override
    public void afterRestore(org.crac.Context<? extends Resource> context) {
        // Nothing to do: the SDK clients open new connections when the restored ones turn out stale.
    }

    /** @return the statuses of the priming requests, for tests */
    List<Integer> prime() {
        // A platform the deployment defines, so the requests reach the store and the validation.
        String accounts =
                "/api/platforms/" + wiring.roster().platforms().all().get(0).code() + "/accounts";
        return List.of(
                primer.handleRequest(GatewayEvents.of("GET", "/api/health", null, PRIMER, "[admin]"), null)
                        .getStatusCode(),
                primer.handleRequest(
                                GatewayEvents.of("GET", accounts + "/" + UUID.randomUUID(), null, PRIMER, "[admin]"),
                                null)
                        .getStatusCode(),
                primer.handleRequest(GatewayEvents.of("POST", accounts, "{\"handle\":\"\"}", PRIMER, "[admin]"), null)
                        .getStatusCode());
    }

    private static EdgeSecurity edge(String allowedCidrs, String trustedProxies) {
        return new EdgeSecurity(
                IpAllowlist.parse(allowedCidrs),
                new ClientAddresses(IpAllowlist.parse(trustedProxies)),
                new GatewayClaimsAuthenticator());
    }
}
