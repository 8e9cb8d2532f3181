package dev.roster.adapters.browser.playwright;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * The proxy Chromium is told to use for anything Roster's request interception does not fetch for it: it takes each
 * connection and closes it at once, so such a request fails at once and reaches nothing.
 */
final class NowhereProxy implements AutoCloseable {

    private final ServerSocket socket;
    private final Thread closer;

    private NowhereProxy(ServerSocket socket) {
        this.socket = socket;
        this.closer = new Thread(this::closeEveryConnection, "roster-browser-nowhere-proxy");
        closer.setDaemon(true);
        closer.start();
    }

    static NowhereProxy start() {
        try {
            return new NowhereProxy(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
        } catch (IOException failed) {
            throw new UncheckedIOException("could not open the browser's proxy on loopback", failed);
        }
    }

    int port() {
        return socket.getLocalPort();
    }

    private void closeEveryConnection() {
        while (!socket.isClosed()) {
            try (Socket ignored = socket.accept()) {
                // Closed as soon as taken.
            } catch (IOException closedOrFailed) {
                // The next accept tells whether the proxy was closed.
            }
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException alreadyClosed) {
            // Nothing to let go of.
        }
    }
}
