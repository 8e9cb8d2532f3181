package dev.roster.adapters.lambda.aws;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback TCP relay to another port that counts the bytes it passed each way, so a test can see how much of a
 * body has actually crossed the wire at a given moment.
 */
public final class CountingRelay implements AutoCloseable {

    private final ServerSocket listener;
    private final int targetPort;
    private final AtomicLong upstream = new AtomicLong();
    private final AtomicLong downstream = new AtomicLong();

    public CountingRelay(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        daemon(this::acceptLoop);
    }

    /** Where clients connect instead of the target. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort());
    }

    /** Bytes passed from clients to the target so far. */
    public long upstreamBytes() {
        return upstream.get();
    }

    /** Bytes passed from the target to clients so far. */
    public long downstreamBytes() {
        return downstream.get();
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                daemon(() -> pump(client, server, upstream));
                daemon(() -> pump(server, client, downstream));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private static void pump(Socket from, Socket to, AtomicLong counter) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                counter.addAndGet(n);
            }
        } catch (IOException connectionGone) {
            // either side hung up: the other pump ends the same way
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // nothing more to release
        }
    }

    private static void daemon(Runnable task) {
        Thread thread = new Thread(task, "counting-relay");
        thread.setDaemon(true);
        thread.start();
    }
}
