package nl.bondgenoot.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.diagram.notation.NotationFile;
import nl.bondgenoot.diagram.server.DiagramServer;

/**
 * The real server over its websocket, with the messages the browser sends (as recorded from the GLSP
 * web client), for what the handler tests cannot see: whether the server can read them at all.
 */
class WebsocketProtocolTest {

    private static final String DE_KERN = "6f1c2a3e-0b7d-4c1e-9a51-3d2f8e7b1103";
    private static final String OK_TEAM = "6f1c2a3e-0b7d-4c1e-9a51-3d2f8e7b1201";
    private static final long TIMEOUT_S = 30;

    @TempDir
    Path folder;

    private DiagramServer server;
    private WebSocket socket;
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private volatile boolean closed;

    @BeforeEach
    void connect() throws Exception {
        Path model = folder.resolve("kern.bondgenoot");
        Files.copy(Path.of(System.getProperty("bondgenoot.root", "../.."), "examples/skelet/kamperpoort-kern.bondgenoot"), model);
        server = new DiagramServer(model);
        server.start();
        URI uri = URI.create("ws://127.0.0.1:" + server.port() + "/glsp?token=" + server.token().value());
        socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(uri, new WebSocket.Listener() {
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

        send("{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{\"applicationId\":\"test\",\"protocolVersion\":\"1.0.0\"}}");
        awaitMessage(m -> m.contains("\"id\":0"), "initialize");
        send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initializeClientSession\",\"params\":{\"clientSessionId\":\"test\","
                + "\"diagramType\":\"netwerkkaart\",\"clientActionKinds\":[\"setModel\",\"updateModel\",\"setDirtyState\","
                + "\"setMarkers\",\"message\",\"status\"]}}");
        awaitMessage(m -> m.contains("\"id\":1"), "initializeClientSession");
        process("{\"kind\":\"requestModel\",\"requestId\":\"r1\",\"options\":{\"sourceUri\":\"model\",\"diagramType\":\"netwerkkaart\"}}");
        awaitMessage(m -> m.contains("\"kind\":\"setModel\""), "the model");
    }

    @AfterEach
    void disconnect() {
        if (socket != null) {
            socket.abort();
        }
        if (server != null) {
            server.shutdown();
        }
    }

    private void send(String json) throws Exception {
        socket.sendText(json, true).get(TIMEOUT_S, TimeUnit.SECONDS);
    }

    private void process(String action) throws Exception {
        send("{\"jsonrpc\":\"2.0\",\"method\":\"process\",\"params\":{\"clientId\":\"test\",\"action\":" + action + "}}");
    }

    private String awaitMessage(Predicate<String> wanted, String what) throws InterruptedException {
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

    @Test
    void aMoveAsTheBrowserSendsItIsDoneAndSaved() throws Exception {
        // Moving a node: the browser sends its new bounds together with the routes of its edges.
        process("{\"kind\":\"compound\",\"isOperation\":true,\"operationList\":["
                + "{\"kind\":\"changeBounds\",\"isOperation\":true,\"newBounds\":[{\"elementId\":\"" + DE_KERN + "\","
                + "\"newPosition\":{\"x\":321,\"y\":234},\"newSize\":{\"width\":172,\"height\":52}}]},"
                + "{\"kind\":\"changeRoutingPoints\",\"isOperation\":true,\"newRoutingPoints\":[{\"elementId\":\"" + OK_TEAM + "/lid/"
                + DE_KERN + "\",\"newRoutingPoints\":[]}]}]}");
        String update = awaitMessage(m -> m.contains("\"kind\":\"updateModel\"") || m.contains("\"kind\":\"setModel\""), "the moved map");
        assertTrue(update.contains("321"), "the node is drawn at its new place");

        process("{\"kind\":\"saveModel\"}");
        awaitMessage(m -> m.contains("\"isDirty\":false"), "the save");
        String notation = Files.readString(NotationFile.besides(folder.resolve("kern.bondgenoot")));
        String line = notation.lines().filter(l -> l.contains(DE_KERN)).findFirst().orElse(null);
        assertNotNull(line, notation);
        assertTrue(line.contains("\"x\": 321, \"y\": 234"), line);
        assertFalse(line.contains("breedte"), "a move stores no size: " + line);
        assertFalse(closed, "the session lives on");
    }
}
