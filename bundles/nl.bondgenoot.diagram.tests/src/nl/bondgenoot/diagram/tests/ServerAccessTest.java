package nl.bondgenoot.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutionException;

import org.eclipse.jetty.util.Jetty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.diagram.server.DiagramServer;

/**
 * Who the diagram server answers, spoken to as raw HTTP (a browser or an HTTP library would not let
 * a test choose the Host header): only requests for this server's own address, reading only, with the
 * token in the path; no version of the web server on any answer; websockets only from its own pages.
 */
class ServerAccessTest {

    @TempDir
    Path folder;

    private DiagramServer server;
    private String token;

    @BeforeEach
    void start() throws Exception {
        server = GlspSocket.kernServer(folder);
        token = server.token().value();
    }

    @AfterEach
    void stop() {
        server.shutdown();
    }

    private record Answer(int status, String head, String body) {
        String header(String name) {
            return head.lines().filter(l -> l.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT) + ":"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse(null);
        }

        void revealsNoVersion() {
            assertNull(header("Server"), head);
            assertNull(header("X-Powered-By"), head);
            assertFalse((head + body).contains(Jetty.VERSION), "the web server's version: " + head + body);
            assertFalse((head + body).toLowerCase(Locale.ROOT).contains("jetty"), head + body);
        }
    }

    private Answer request(String method, String path, String host) throws IOException {
        return request(server.port(), method, path, host);
    }

    private static Answer request(int port, String method, String path, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = all.indexOf("\r\n\r\n");
            String head = split < 0 ? all : all.substring(0, split);
            String body = split < 0 ? "" : all.substring(split + 4);
            return new Answer(Integer.parseInt(head.split(" ")[1]), head, body);
        }
    }

    private String own() {
        return "127.0.0.1:" + server.port();
    }

    @Test
    void thePageIsServedForItsOwnAddressesWithTheTokenInThePath() throws IOException {
        Answer page = request("GET", "/" + token + "/", own());
        assertEquals(200, page.status(), page.head());
        assertTrue(page.body().contains("Netwerkkaart"), page.body());
        page.revealsNoVersion();
        assertEquals(200, request("GET", "/" + token + "/bundle.js", "localhost:" + server.port()).status());
        assertEquals(200, request("GET", "/" + token + "/", "LOCALHOST:" + server.port()).status());
        assertEquals(URI.create("http://127.0.0.1:" + server.port() + "/" + token + "/"), server.url());
    }

    @Test
    void theViewsOfTheModelAreListedBehindTheTokenOnly() throws Exception {
        nl.bondgenoot.diagram.notation.NotationFile.change(nl.bondgenoot.diagram.notation.NotationFile.besides(server.file()),
                views -> views.add(new nl.bondgenoot.diagram.notation.Notation("Rond de gemeente")));
        Answer list = request("GET", "/" + token + "/weergaven.json", own());
        assertEquals(200, list.status(), list.head());
        assertEquals("application/json;charset=utf-8", list.header("Content-Type").replace(" ", "").toLowerCase(Locale.ROOT));
        assertEquals("{\"weergaven\":[{\"naam\":\"Netwerkkaart\",\"adres\":\"./?weergave=Netwerkkaart\"},"
                + "{\"naam\":\"Rond de gemeente\",\"adres\":\"./?weergave=Rond%20de%20gemeente\"}]}", list.body());
        assertTrue(list.header("Content-Security-Policy").contains("script-src 'self'"), list.head());
        assertEquals(URI.create(server.url() + "?weergave=Rond%20de%20gemeente"), server.url("Rond de gemeente"));
        Answer page = request("GET", "/" + token + "/?weergave=Rond%20de%20gemeente", own());
        assertEquals(200, page.status());
        assertEquals("DENY", page.header("X-Frame-Options"));
        assertEquals(403, request("GET", "/weergaven.json", own()).status());
        assertEquals(403, request("GET", "/x" + token + "/weergaven.json", own()).status());
        assertEquals(421, request("GET", "/" + token + "/weergaven.json", "evil.example:" + server.port()).status());
    }

    @Test
    void aPageOfAnotherSiteReboundTo127001GetsNothingNotEvenTheRefusalPage() throws IOException {
        int port = server.port();
        for (String host : new String[] { "evil.example:" + port, "evil.example", "127.0.0.1", "127.0.0.1:" + (port + 1),
                "localhost.evil.example:" + port, "127.0.0.2:" + port }) {
            for (String path : new String[] { "/" + token + "/", "/", "/" + token + "/glsp" }) {
                Answer answer = request("GET", path, host);
                assertEquals(421, answer.status(), host + path + "\n" + answer.head());
                assertFalse(answer.body().contains("toegangstoken"), "not the token-less page: " + answer.body());
                assertFalse(answer.body().contains("Netwerkkaart"), answer.body());
                answer.revealsNoVersion();
            }
        }
    }

    @Test
    void traceAndEveryMethodThatIsNotReadingAreRefused() throws IOException {
        for (String method : new String[] { "TRACE", "POST", "PUT", "DELETE", "OPTIONS", "PATCH" }) {
            Answer answer = request(method, "/" + token + "/", own());
            assertEquals(405, answer.status(), method + "\n" + answer.head());
            assertFalse(answer.body().contains("Host:"), "TRACE echoes nothing: " + answer.body());
            answer.revealsNoVersion();
        }
    }

    @Test
    void withoutTheTokenOrWithAWrongOneNothingIsServedAndNoVersionIsShown() throws IOException {
        for (String path : new String[] { "/", "/bundle.js", "/index.html", "/glsp", "/?token=" + token, "/fout/",
                "/" + token.substring(1) + "/", "/" + token + "x/" }) {
            Answer answer = request("GET", path, own());
            assertEquals(403, answer.status(), path + "\n" + answer.head());
            answer.revealsNoVersion();
        }
        Answer missing = request("GET", "/" + token + "/bestaat-niet.js", own());
        assertEquals(404, missing.status());
        missing.revealsNoVersion();
    }

    @Test
    void noCookieIsSetSoNoOtherServiceOn127001EverReceivesTheToken() throws IOException {
        Answer page = request("GET", "/" + token + "/", own());
        assertNull(page.header("Set-Cookie"), page.head());
        assertEquals(200, request("GET", "/" + token + "/bundle.css", own()).status());
    }

    @Test
    void everyPageForbidsForeignScriptsConnectionsAndFrames() throws IOException {
        for (String path : new String[] { "/", "/bundle.js" }) {
            Answer answer = request("GET", "/" + token + path, own());
            String policy = answer.header("Content-Security-Policy");
            assertTrue(policy != null && policy.contains("script-src 'self'") && policy.contains("default-src 'none'")
                    && policy.contains("connect-src 'self' ws://" + own()) && policy.contains("frame-ancestors 'none'"),
                    String.valueOf(policy));
            assertEquals("DENY", answer.header("X-Frame-Options"));
            assertFalse(policy.contains("swt:"), "only the workbench's own map may call the workbench: " + policy);
        }
    }

    @Test
    void theWorkbenchsMapMayAlsoCallTheWorkbenchThroughSwtsBridge() throws Exception {
        DiagramServer workbench = new DiagramServer(server.file()).inWorkbench();
        workbench.start();
        try {
            int port = workbench.port();
            String policy = request(port, "GET", "/" + workbench.token().value() + "/", "127.0.0.1:" + port).header("Content-Security-Policy");
            assertTrue(policy.contains("connect-src 'self' ws://127.0.0.1:" + port + " swt:;"), policy);
        } finally {
            workbench.shutdown();
        }
    }

    @Test
    void aWebsocketWithoutOriginOrWithAForeignOriginIsRefused() throws Exception {
        URI endpoint = GlspSocket.endpoint(server);
        int port = server.port();
        for (String origin : new String[] { null, "http://127.0.0.1:" + (port + 1), "http://evil.example",
                "http://localhost:" + port, "null", "https://127.0.0.1:" + port }) {
            ExecutionException refused = assertThrows(ExecutionException.class, () -> GlspSocket.open(endpoint, origin).close(),
                    "origin " + origin);
            assertTrue(String.valueOf(refused.getCause()).contains("403") || refused.getCause() instanceof java.net.http.WebSocketHandshakeException,
                    String.valueOf(refused.getCause()));
        }
        try (GlspSocket own = GlspSocket.open(endpoint, GlspSocket.ownOrigin(server))) {
            assertFalse(own.isClosed());
        }
    }
}
