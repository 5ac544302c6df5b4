package nl.bondgenoot.agenda.ide.server;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The editor's side of the conversation, frame by frame, before lsp4j reads it: a message whose
 * {@code Content-Length} is missing, negative, not a number or absurdly large would otherwise leave
 * lsp4j reading bodies as headers forever (alive, but deaf). Such a message is skipped with a line on
 * standard error, and reading resumes at the next {@code Content-Length} header, also when it follows
 * the broken message on the same line. What passes on is well framed; a body that is no JSON (a
 * length too small) still reaches lsp4j, which answers it with a parse error.
 */
public final class FramedInput extends InputStream {

    private static final String LENGTH_HEADER = "content-length:";
    /** Larger than any agenda an editor sends; a larger length is a broken header, not a message. */
    private static final int MAX_LENGTH = 256 * 1024 * 1024;

    private final InputStream in;
    private final PrintStream problems;
    private byte[] frame = new byte[0];
    private int position;
    /** A line read while looking for the end of a broken message, that starts the next one. */
    private String pendingLine;

    public FramedInput(InputStream in, PrintStream problems) {
        this.in = new BufferedInputStream(in);
        this.problems = problems;
    }

    @Override
    public int read() throws IOException {
        if (position == frame.length && !nextFrame()) {
            return -1;
        }
        return frame[position++] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (position == frame.length && !nextFrame()) {
            return -1;
        }
        int n = Math.min(length, frame.length - position);
        System.arraycopy(frame, position, buffer, offset, n);
        position += n;
        return n;
    }

    @Override
    public int available() {
        return frame.length - position;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Reads headers and body of the next well-framed message; false at the end of the input. */
    private boolean nextFrame() throws IOException {
        while (true) {
            Integer length = null;
            String broken = null;
            boolean sawHeader = false;
            String line;
            while ((line = nextLine()) != null) {
                int at = line.toLowerCase(Locale.ROOT).indexOf(LENGTH_HEADER);
                if (at > 0) {
                    // a header glued to the rest of a broken message: the message starts here
                    if (sawHeader || !line.substring(0, at).isBlank()) {
                        report("onverwachte tekst vóór een Content-Length-kop overgeslagen");
                    }
                    line = line.substring(at);
                    length = null;
                    broken = null;
                    at = 0;
                }
                if (line.isEmpty()) {
                    if (sawHeader) {
                        break;
                    }
                    continue; // blank lines between messages
                }
                sawHeader = true;
                if (at == 0) {
                    String value = line.substring(LENGTH_HEADER.length()).trim();
                    try {
                        length = Integer.valueOf(value);
                        broken = length < 0 || length > MAX_LENGTH ? "ongeldige Content-Length '" + value + "'" : null;
                    } catch (NumberFormatException e) {
                        broken = "ongeldige Content-Length '" + value + "'";
                    }
                } else if (line.indexOf(':') <= 0) {
                    broken = broken == null ? "onleesbare kopregel" : broken;
                }
            }
            if (line == null && !sawHeader) {
                return false;
            }
            if (broken == null && length == null) {
                broken = "bericht zonder Content-Length";
            }
            if (broken != null) {
                report(broken + "; de server zoekt het volgende bericht");
                skipToNextMessage();
                continue;
            }
            byte[] body = in.readNBytes(length);
            if (body.length < length) {
                return false; // the editor went away in the middle of a message
            }
            byte[] header = ("Content-Length: " + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            frame = new byte[header.length + body.length];
            System.arraycopy(header, 0, frame, 0, header.length);
            System.arraycopy(body, 0, frame, header.length, body.length);
            position = 0;
            return true;
        }
    }

    /** Skips lines until one holds a Content-Length header, which the next frame then starts with. */
    private void skipToNextMessage() throws IOException {
        String line;
        while ((line = readLine()) != null) {
            int at = line.toLowerCase(Locale.ROOT).indexOf(LENGTH_HEADER);
            if (at >= 0) {
                pendingLine = line.substring(at);
                return;
            }
        }
    }

    private String nextLine() throws IOException {
        if (pendingLine != null) {
            String line = pendingLine;
            pendingLine = null;
            return line;
        }
        return readLine();
    }

    /** One header line without its line end, or null at the end of the input. */
    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            line.write(c);
        }
        if (c == -1 && line.size() == 0) {
            return null;
        }
        String text = line.toString(StandardCharsets.ISO_8859_1);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    private void report(String problem) {
        problems.println("bondgenoot lsp: " + problem);
    }
}
