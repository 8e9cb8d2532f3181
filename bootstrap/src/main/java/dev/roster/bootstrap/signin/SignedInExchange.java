package dev.roster.bootstrap.signin;

import dev.roster.adapters.http.client.HttpExchange;
import java.util.LinkedHashMap;
import java.util.Map;

/** Sends each request with the bearer token of the moment, so a long run outlives any one access token. */
public final class SignedInExchange implements HttpExchange {

    private final HttpExchange exchange;
    private final BearerToken token;

    public SignedInExchange(HttpExchange exchange, BearerToken token) {
        this.exchange = exchange;
        this.token = token;
    }

    @Override
    public Response exchange(Request request) {
        Map<String, String> headers = new LinkedHashMap<>(request.headers());
        token.current().ifPresent(value -> headers.put("Authorization", "Bearer " + value));
        return exchange.exchange(new Request(request.method(), request.pathAndQuery(), headers, request.body()));
    }
}
