package dev.roster.adapters.lambda.aws;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.regions.Region;

/** Endpoints that fail the way a real outage does: nobody listening, or a server that accepts and never answers. */
public final class DeadEndpoints {

    private DeadEndpoints() {}

    /** Settings for a loopback port nobody listens on: connections are refused at once. */
    public static AwsClientSettings refused() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        return settings(port);
    }

    /**
     * A socket that completes connections (the kernel's backlog does) and never answers: only the read timeout of
     * the client stops a call to it.
     */
    public static ServerSocket silent() throws IOException {
        return new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    }

    /** Settings for {@code socket}, with a one-second read timeout and a single attempt. */
    public static AwsClientSettings settings(ServerSocket socket) {
        return settings(socket.getLocalPort())
                .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1))
                .withMaxAttempts(1);
    }

    private static AwsClientSettings settings(int port) {
        return AwsClientSettings.endpoint(URI.create("http://127.0.0.1:" + port), Region.US_EAST_1, "x", "x");
    }
}
