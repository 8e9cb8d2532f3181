package dev.roster.adapters.http.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Sends requests over the network with {@link java.net.http.HttpClient}. */
public final class JdkHttpExchange implements HttpExchange {

    private final URI baseUrl;
    private final HttpClient client;
    private final Duration timeout;

    public JdkHttpExchange(URI baseUrl, Duration timeout) {
        this.baseUrl = baseUrl;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public Response exchange(Request request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(baseUrl.resolve(request.pathAndQuery()))
                .timeout(timeout)
                .method(
                        request.method(),
                        request.body().length == 0
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach(builder::header);
        try {
            HttpResponse<byte[]> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException unreachable) {
            throw new UncheckedIOException("could not reach " + baseUrl, unreachable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling " + baseUrl, interrupted);
        }
    }
}
