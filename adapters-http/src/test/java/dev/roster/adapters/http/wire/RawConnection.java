package dev.roster.adapters.http.wire;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP/1.1 connection driven by hand, for what real clients never do: send headers and stall, trickle a body,
 * promise a gigabyte, call from another loopback address (127.0.0.2 is as local as 127.0.0.1, but another client).
 */
public final class RawConnection implements AutoCloseable {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    private RawConnection(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    /**
     * @param from        the local address to call from, e.g. {@code 127.0.0.2}
     * @param readTimeout how long a read waits before it gives up
     */
    public static RawConnection open(String from, int port, Duration readTimeout) throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
        socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 5_000);
        socket.setSoTimeout((int) readTimeout.toMillis());
        return new RawConnection(socket);
    }

    /** Sends text as it is (CRLFs and all). */
    public RawConnection send(String text) throws IOException {
        return send(text.getBytes(StandardCharsets.UTF_8));
    }

    public RawConnection send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
        return this;
    }

    /** A request's head: the request line, {@code Host}, the given headers, and the empty line. */
    public static String head(String method, String target, String host, Map<String, String> headers) {
        StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: " + host + "\r\n");
        headers.forEach(
                (name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        return head.append("\r\n").toString();
    }

    /** The next response, or empty if none came within the read timeout (or the connection ended first). */
    public Optional<Response> response() throws IOException {
        try {
            String statusLine = line();
            if (statusLine == null) {
                return Optional.empty();
            }
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line = line(); line != null && !line.isEmpty(); line = line()) {
                int colon = line.indexOf(':');
                headers.put(
                        line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).strip());
            }
            int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
            byte[] body = in.readNBytes(length);
            return Optional.of(new Response(
                    Integer.parseInt(statusLine.split(" ")[1]), headers, new String(body, StandardCharsets.UTF_8)));
        } catch (SocketTimeoutException | SocketException quiet) {
            return Optional.empty();
        }
    }

    /** Whether the server closed the connection (end of stream, or reset) within the read timeout. */
    public boolean closedByServer() throws IOException {
        try {
            byte[] buffer = new byte[8192];
            while (in.read(buffer) >= 0) {
                // Whatever is still in flight is read past; only the end counts.
            }
            return true;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (SocketException reset) {
            return true;
        }
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int previous = -1;
        for (int c = in.read(); c >= 0; c = in.read()) {
            if (previous == '\r' && c == '\n') {
                byte[] bytes = line.toByteArray();
                return new String(bytes, 0, bytes.length - 1, StandardCharsets.ISO_8859_1);
            }
            line.write(c);
            previous = c;
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    /** A response as it came: status, headers by lower-cased name, body as text. */
    public record Response(int status, Map<String, String> headers, String body) {}
}
