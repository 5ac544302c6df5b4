package nl.bondgenoot.agenda.ide.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.agenda.ide.server.AgendaLanguageServers;
import nl.bondgenoot.agenda.ide.server.FramedInput;
import nl.bondgenoot.agenda.ide.server.ServerExit;

/**
 * A message with a broken Content-Length does not make the server deaf: the bytes an editor sends go
 * through the server's stream handling exactly as in {@code ./bondgenoot lsp} (FramedInput, then
 * lsp4j), and the request after the broken message is answered.
 */
class BrokenFramingTest {

    @TempDir
    Path dir;

    private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,"
            + "\"rootUri\":\"%s\",\"capabilities\":{}}}";
    private static final String NEXT = "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"shutdown\"}";

    @ParameterizedTest
    @ValueSource(strings = { "zonder", "negatief", "geen getal", "te klein", "te groot" })
    void theRequestAfterABrokenMessageIsAnswered(String broken) throws Exception {
        Pipe toServer = Pipe.open();
        Pipe toClient = Pipe.open();
        ByteArrayOutputStream problems = new ByteArrayOutputStream();
        LanguageServer server = AgendaLanguageServers.create(new ServerExit());
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server,
                new FramedInput(Channels.newInputStream(toServer.source()), new PrintStream(problems, true, StandardCharsets.UTF_8)),
                Channels.newOutputStream(toClient.sink()));
        ((LanguageClientAware) server).connect(launcher.getRemoteProxy());
        launcher.startListening();
        Map<Integer, String> answers = new ConcurrentHashMap<>();
        Thread reader = new Thread(() -> readAnswers(Channels.newInputStream(toClient.source()), answers));
        reader.setDaemon(true);
        reader.start();

        OutputStream editor = Channels.newOutputStream(toServer.sink());
        send(editor, framed(INITIALIZE.formatted(dir.toUri())));
        await(answers, 1);

        String body = "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"shutdown\"}";
        String message = switch (broken) {
            case "zonder" -> "Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n" + body;
            case "negatief" -> "Content-Length: -5\r\n\r\n" + body;
            case "geen getal" -> "Content-Length: veel\r\n\r\n" + body;
            case "te klein" -> "Content-Length: 10\r\n\r\n" + body;
            default -> "Content-Length: 99999999999\r\n\r\n" + body;
        };
        send(editor, message);
        send(editor, framed(NEXT));

        String answer = await(answers, 7);
        assertTrue(answer.contains("\"result\""), answer);
        assertTrue(problems.toString(StandardCharsets.UTF_8).startsWith("bondgenoot lsp: ") || broken.equals("te klein"),
                "een gebroken bericht wordt op standaardfout gemeld: " + problems);
        editor.close();
    }

    private static String framed(String json) {
        return "Content-Length: " + json.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + json;
    }

    private static void send(OutputStream editor, String bytes) throws Exception {
        editor.write(bytes.getBytes(StandardCharsets.UTF_8));
        editor.flush();
    }

    private static String await(Map<Integer, String> answers, int id) throws InterruptedException {
        long deadline = System.nanoTime() + LspSession.TIMEOUT.toNanos();
        while (!answers.containsKey(id)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("geen antwoord op verzoek " + id + "; wel: " + answers.keySet());
            }
            Thread.sleep(20);
        }
        return answers.get(id);
    }

    /** Reads the server's framed answers and keeps them by id. */
    private static void readAnswers(InputStream in, Map<Integer, String> answers) {
        Pattern id = Pattern.compile("\"id\":\\s*\"?(\\d+)");
        try {
            while (true) {
                int length = -1;
                StringBuilder line = new StringBuilder();
                for (int c; (c = in.read()) != -1;) {
                    if (c == '\n') {
                        String header = line.toString().trim();
                        line.setLength(0);
                        if (header.isEmpty()) {
                            break;
                        }
                        if (header.toLowerCase().startsWith("content-length:")) {
                            length = Integer.parseInt(header.substring("content-length:".length()).trim());
                        }
                    } else {
                        line.append((char) c);
                    }
                }
                if (length < 0) {
                    return;
                }
                String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
                Matcher m = id.matcher(body);
                if (body.contains("\"result\"") || body.contains("\"error\"")) {
                    answers.put(m.find() ? Integer.parseInt(m.group(1)) : -1, body);
                }
            }
        } catch (Exception e) {
            // the conversation ended
        }
    }
}
