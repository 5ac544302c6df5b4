package nl.bondgenoot.agenda;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.bondgenoot.agenda.validation.AgendaIssueCodes;

/**
 * Finds the bytes of a file that are not UTF-8, with their line and column, so they are reported
 * instead of being replaced without a word (the parser sees U+FFFD in their place).
 */
final class Utf8Text {

    /** More than this many are one problem more ("en verder"), not a flood of lines. */
    static final int MAX_REPORTED = 20;

    private Utf8Text() {
    }

    static List<TextProblem> invalidBytes(byte[] bytes) {
        List<TextProblem> problems = new ArrayList<>();
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(Math.max(16, bytes.length));
        int line = 1;
        int column = 1;
        int counted = 0; // chars of out already counted into line and column
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            for (; counted < out.position(); counted++) {
                if (out.get(counted) == '\n') {
                    line++;
                    column = 1;
                } else if (!Character.isLowSurrogate(out.get(counted))) {
                    column++;
                }
            }
            if (!result.isError()) {
                return problems;
            }
            if (problems.size() == MAX_REPORTED) {
                problems.add(TextProblem.error(AgendaIssueCodes.SYNTAX, line, column,
                        "en verder nog meer bytes die geen UTF-8 zijn; sla het bestand op als UTF-8"));
                return problems;
            }
            int at = in.position();
            problems.add(TextProblem.error(AgendaIssueCodes.SYNTAX, line, column, String.format(Locale.ROOT,
                    "ongeldig byte 0x%02X: het bestand is geen geldige UTF-8-tekst; sla het op als UTF-8", bytes[at] & 0xff)));
            in.position(at + result.length());
            out.put('\uFFFD'); // as the parser reads it: one character in the column count
        }
    }
}
