package nl.bondgenoot.rules.bronnen;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a seed citation followable: {@code S1:496} names a line of a text copy users do not have, so
 * every place that shows a citation (catalogue, hover, CLI) shows it through {@link #annotate(String)}
 * as {@code S1:496 (hoofdstuk 6 "Met welke partijen, in welke vormen en met welk aanbod?")}.
 *
 * <p>The chapters and paragraphs with their lines ({@code secties.tsv}) were derived from the seed texts
 * by {@code releng/scripts/bronnen-secties.py}; the publications' references ({@code publicaties.tsv})
 * say only what the texts say.
 */
public final class Bronnen {

    /** {@code S2:2258-2260}, {@code S0:1122, 1157-1158}: a publication and one or more line ranges. */
    private static final Pattern CITATION = Pattern
            .compile("S([0-4]):(\\d+(?:\\s*[-–]\\s*\\d+)?(?:,\\s*\\d+(?:\\s*[-–]\\s*\\d+)?)*)");
    private static final Pattern RANGE = Pattern.compile("(\\d+)(?:\\s*[-–]\\s*(\\d+))?");

    private static volatile Bronnen instance;

    private final List<Sectie> secties;
    private final List<Publicatie> publicaties;

    private Bronnen(List<Sectie> secties, List<Publicatie> publicaties) {
        this.secties = List.copyOf(secties);
        this.publicaties = List.copyOf(publicaties);
    }

    public static Bronnen get() {
        if (instance == null) {
            List<Sectie> secties = new ArrayList<>();
            for (String[] f : rows("secties.tsv", 6)) {
                secties.add(new Sectie(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]), f[4],
                        f[5]));
            }
            List<Publicatie> publicaties = new ArrayList<>();
            for (String[] f : rows("publicaties.tsv", 6)) {
                publicaties.add(new Publicatie(f[0], f[1], f[2], f[3], f[4], f[5]));
            }
            instance = new Bronnen(secties, publicaties);
        }
        return instance;
    }

    public List<Sectie> secties() {
        return secties;
    }

    public List<Publicatie> publicaties() {
        return publicaties;
    }

    /** The chapter, paragraph, ... that contain this line, outermost first; empty beyond the text. */
    public List<Sectie> at(String bron, int regel) {
        return secties.stream().filter(s -> s.bron().equals(bron) && s.bevat(regel)).toList();
    }

    /**
     * Where lines {@code van}-{@code tot} of a publication stand: the innermost part that holds them all
     * ({@code hoofdstuk 2 "Modellen van sturing", § 2.3 "Gemeentelijke regie"}), or both ends' chapters
     * when the range crosses one; empty when a line lies outside the text.
     */
    public Optional<String> describe(String bron, int van, int tot) {
        List<Sectie> first = at(bron, van);
        List<Sectie> last = at(bron, tot);
        if (first.isEmpty() || last.isEmpty() || tot < van) {
            return Optional.empty();
        }
        List<String> common = new ArrayList<>();
        for (int i = 0; i < Math.min(first.size(), last.size()) && first.get(i).equals(last.get(i)); i++) {
            common.add(first.get(i).omschrijving());
        }
        return Optional.of(common.isEmpty() ? first.get(0).omschrijving() + " tot " + last.get(0).omschrijving()
                : String.join(", ", common));
    }

    /**
     * The text with each citation followed by where it stands in the publication: ranges in the same
     * part share one note. A citation outside the text is left as it is ({@link #unmapped(String)}).
     */
    public String annotate(String text) {
        Matcher m = CITATION.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(annotated(m.group(1), m.group(2))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String annotated(String seed, String ranges) {
        String bron = "S" + seed;
        List<String> parts = splitRanges(ranges);
        StringBuilder out = new StringBuilder(bron).append(':');
        for (int i = 0; i < parts.size(); i++) {
            Optional<String> here = describe(bron, parts.get(i));
            Optional<String> next = i + 1 < parts.size() ? describe(bron, parts.get(i + 1)) : Optional.empty();
            out.append(i == 0 ? "" : ", ").append(parts.get(i));
            if (here.isPresent() && !here.equals(next)) {
                out.append(" (").append(here.get()).append(')');
            }
        }
        return out.toString();
    }

    /** Every citation in the text that does not fall inside its publication's text, as written. */
    public List<String> unmapped(String text) {
        List<String> unmapped = new ArrayList<>();
        Matcher m = CITATION.matcher(text);
        while (m.find()) {
            for (String range : splitRanges(m.group(2))) {
                if (describe("S" + m.group(1), range).isEmpty()) {
                    unmapped.add("S" + m.group(1) + ":" + range);
                }
            }
        }
        return unmapped;
    }

    /** Every citation in the text as (publication, first line, last line). */
    public static List<Citaat> citations(String text) {
        List<Citaat> all = new ArrayList<>();
        Matcher m = CITATION.matcher(text);
        while (m.find()) {
            for (String range : splitRanges(m.group(2))) {
                Matcher r = RANGE.matcher(range);
                r.matches();
                int van = Integer.parseInt(r.group(1));
                all.add(new Citaat("S" + m.group(1), van, r.group(2) == null ? van : Integer.parseInt(r.group(2))));
            }
        }
        return all;
    }

    /** A cited line range of one publication. */
    public record Citaat(String bron, int van, int tot) {
    }

    private Optional<String> describe(String bron, String range) {
        Matcher r = RANGE.matcher(range);
        if (!r.matches()) {
            return Optional.empty();
        }
        int van = Integer.parseInt(r.group(1));
        return describe(bron, van, r.group(2) == null ? van : Integer.parseInt(r.group(2)));
    }

    private static List<String> splitRanges(String ranges) {
        List<String> parts = new ArrayList<>();
        for (String part : ranges.split(",")) {
            parts.add(part.strip());
        }
        return parts;
    }

    private static List<String[]> rows(String resource, int fields) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Bronnen.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bronnen: " + resource + " ontbreekt in de bundel");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split("\t", -1);
                    if (f.length != fields) {
                        throw new IllegalStateException("bronnen: " + resource + ": " + fields + " velden verwacht: " + line);
                    }
                    rows.add(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
