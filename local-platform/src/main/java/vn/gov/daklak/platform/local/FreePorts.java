package vn.gov.daklak.platform.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Small helpers around local TCP ports (for tests and for a clear message when a port is taken). */
public final class FreePorts {

    private FreePorts() {
    }

    /** Below Linux's ephemeral range (32768–60999), where the OS never puts the local end of an outgoing connection. */
    private static final int LOW = 20_000;
    private static final int HIGH = 32_000;

    /**
     * A port that was free a moment ago, chosen at random below the ephemeral range: a port the OS picks from that
     * range can be taken by a client connection (Kafka, MongoDB, HTTP) in the seconds before the service that was
     * meant to listen on it binds it, which happened on a loaded machine with five services starting.
     */
    public static int find() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 50; attempt++) {
            int port = random.nextInt(LOW, HIGH);
            if (isFree(port)) {
                return port;
            }
        }
        return ephemeral();
    }

    private static int ephemeral() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free local port", e);
        }
    }

    /** Whether nothing listens on {@code port} on the wildcard address right now. */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
