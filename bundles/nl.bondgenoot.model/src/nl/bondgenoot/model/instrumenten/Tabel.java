package nl.bondgenoot.model.instrumenten;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A tab-separated UTF-8 data file of the instruments: lines starting with {@code #} and blank lines are
 * skipped, the first other line names the columns. Missing trailing cells read as empty.
 */
final class Tabel {

    /** One data line, with its line number for messages. */
    record Rij(String bestand, int regel, Map<String, String> cellen) {

        String get(String kolom) {
            String value = cellen.get(kolom);
            return value == null ? "" : value;
        }

        /** The value of a column that must not be empty. */
        String verplicht(String kolom) {
            String value = get(kolom);
            if (value.isEmpty()) {
                throw fout("kolom '" + kolom + "' is leeg");
            }
            return value;
        }

        IllegalStateException fout(String wat) {
            return new IllegalStateException(bestand + ":" + regel + ": " + wat);
        }
    }

    private final String bestand;
    private final List<Rij> rijen;

    private Tabel(String bestand, List<Rij> rijen) {
        this.bestand = bestand;
        this.rijen = rijen;
    }

    String bestand() {
        return bestand;
    }

    List<Rij> rijen() {
        return rijen;
    }

    /** Reads a data file's text; {@code bestand} names it in messages. */
    static Tabel lees(String bestand, String text) {
        return lees(bestand, new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Reads and closes the stream. */
    static Tabel lees(String bestand, InputStream in) {
        List<Rij> rijen = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String[] kolommen = null;
            String line;
            int regel = 0;
            while ((line = reader.readLine()) != null) {
                regel++;
                if (regel == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (kolommen == null) {
                    kolommen = cells;
                    continue;
                }
                if (cells.length > kolommen.length) {
                    throw new IllegalStateException(bestand + ":" + regel + ": " + cells.length
                            + " kolommen, de kop noemt er " + kolommen.length);
                }
                Map<String, String> map = new HashMap<>();
                for (int i = 0; i < cells.length; i++) {
                    map.put(kolommen[i].strip(), cells[i].strip());
                }
                rijen.add(new Rij(bestand, regel, map));
            }
            if (kolommen == null) {
                throw new IllegalStateException(bestand + ": geen kopregel met kolomnamen");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(bestand + ": niet te lezen", e);
        }
        return new Tabel(bestand, List.copyOf(rijen));
    }

    /** The value of an enumeration of the model, by literal name, with a message naming file and line. */
    static <E extends Enum<E>> E waarde(Rij rij, String kolom, Class<E> type) {
        String naam = rij.verplicht(kolom);
        try {
            return Enum.valueOf(type, naam);
        } catch (IllegalArgumentException e) {
            throw rij.fout("'" + naam + "' is geen " + type.getSimpleName());
        }
    }

    static <T> void uniek(Map<String, T> byId, String id, T value, Rij rij) {
        if (byId.putIfAbsent(id, value) != null) {
            throw rij.fout("id '" + id + "' komt dubbel voor");
        }
    }
}
