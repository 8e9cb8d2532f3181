package dev.roster.adapters.http.client;

import java.util.List;
import java.util.Map;

/**
 * Carries one request to a Roster API and brings back the answer. Over the network it is {@link JdkHttpExchange};
 * tests of another transport (API Gateway events into the Lambda handler) plug in their own.
 */
@FunctionalInterface
public interface HttpExchange {

    Response exchange(Request request);

    /** @param pathAndQuery such as {@code /api/platforms/a/accounts?q=kim} */
    record Request(String method, String pathAndQuery, Map<String, String> headers, byte[] body) {

        public Request {
            headers = Map.copyOf(headers);
            body = body == null ? new byte[0] : body;
        }
    }

    record Response(int status, Map<String, List<String>> headers, byte[] body) {

        public Response {
            headers = Map.copyOf(headers);
        }

        /** A header's first value, whatever the letter case of its name. */
        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .flatMap(entry -> entry.getValue().stream())
                    .findFirst()
                    .orElse(null);
        }
    }
}
