package nl.bondgenoot.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import nl.bondgenoot.diagram.server.DiagramServer;

/**
 * A GLSP client session over the real server's websocket, speaking as the browser's web client
 * does (messages as recorded from it), with the Origin a page of the server sends.
 */
final class GlspSocket implements AutoCloseable {

    static final long TIMEOUT_S = 30;

    private final String clientId;
    private final WebSocket socket;
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private volatile boolean closed;

    private GlspSocket(String clientId, URI uri, String origin) throws Exception {
        this.clientId = clientId;
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder();
        if (origin != null) {
            builder.header("Origin", origin);
        }
        socket = builder.buildAsync(uri, new WebSocket.Listener() {
            private final StringBuilder message = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                message.append(data);
                if (last) {
                    received.add(message.toString());
                    message.setLength(0);
                }
                webSocket.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                closed = true;
                return null;
            }
        }).get(TIMEOUT_S, TimeUnit.SECONDS);
    }

    /** A server started on a copy of the kern example (kern.bondgenoot in the folder). */
    static DiagramServer kernServer(Path folder) throws Exception {
        Path model = folder.resolve("kern.bondgenoot");
        Files.copy(Path.of(System.getProperty("bondgenoot.root", "../.."), "examples/skelet/kamperpoort-kern.bondgenoot"), model);
        DiagramServer server = new DiagramServer(model);
        server.start();
        return server;
    }

    /** The websocket address of the server's page (its token is the first segment of the path). */
    static URI endpoint(DiagramServer server) {
        return URI.create(server.url().toString().replaceFirst("^http:", "ws:") + "glsp");
    }

    /** The origin of the server's own pages. */
    static String ownOrigin(DiagramServer server) {
        return "http://127.0.0.1:" + server.port();
    }

    /** Opens a websocket only; fails as the server refuses it. */
    static GlspSocket open(URI uri, String origin) throws Exception {
        return new GlspSocket("test", uri, origin);
    }

    /** A client session as a page of the server opens it: initialized, with the model drawn. */
    static GlspSocket session(DiagramServer server, String clientId) throws Exception {
        GlspSocket session = new GlspSocket(clientId, endpoint(server), ownOrigin(server));
        session.send("{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{\"applicationId\":\"" + clientId
                + "\",\"protocolVersion\":\"1.0.0\"}}");
        session.await(m -> m.contains("\"id\":0"), "initialize");
        session.send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initializeClientSession\",\"params\":{\"clientSessionId\":\""
                + clientId + "\",\"diagramType\":\"netwerkkaart\",\"clientActionKinds\":[\"setModel\",\"updateModel\","
                + "\"setDirtyState\",\"setMarkers\",\"message\",\"status\"]}}");
        session.await(m -> m.contains("\"id\":1"), "initializeClientSession");
        session.process("{\"kind\":\"requestModel\",\"requestId\":\"r1\",\"options\":{\"sourceUri\":\"model\",\"diagramType\":\"netwerkkaart\"}}");
        return session;
    }

    void send(String json) throws Exception {
        socket.sendText(json, true).get(TIMEOUT_S, TimeUnit.SECONDS);
    }

    void process(String action) throws Exception {
        send("{\"jsonrpc\":\"2.0\",\"method\":\"process\",\"params\":{\"clientId\":\"" + clientId + "\",\"action\":" + action + "}}");
    }

    /** Waits for the next message that fits, dropping the others. */
    String await(Predicate<String> wanted, String what) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_S);
        while (System.nanoTime() < end) {
            String message = received.poll(200, TimeUnit.MILLISECONDS);
            if (message != null && wanted.test(message)) {
                return message;
            }
            assertFalse(closed, "the server closed the websocket while waiting for " + what);
        }
        throw new AssertionError("no " + what + " within " + TIMEOUT_S + " s");
    }

    /** Forgets what arrived so far. */
    void drain() {
        received.clear();
    }

    boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        socket.abort();
    }
}
