package nl.bondgenoot.rules.tests.bronnen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.rules.Rule;
import nl.bondgenoot.rules.builtin.BuiltinRuleSet;

/**
 * Every quote in a rule's explanation or an example's notes stands on the seed lines cited right
 * after it: a key phrase of it (six words in a row, all of a shorter quote) is on those lines. Not the
 * whole quote, because the texts have figure labels and page furniture inside sentences.
 *
 * <p>The seed text copies are not in the repository: the test runs where they are (system property
 * {@code bondgenoot.seeds}, by default /work/shared/seeds) and is skipped elsewhere, as in CI.
 */
class CitedQuotesTest {

    private static final int KEY = 6;
    /** 'quote' (S2:2258-2260) or 'quote' (S1 Schema 5, S1:496) or 'quote' (S3:2069, 2081-2085). */
    private static final Pattern QUOTE = Pattern.compile(
            "['‘]([^'‘’]{12,}?)['’]\\s*\\([^()]*?\\bS([0-4]):(\\d+(?:-\\d+)?(?:,\\s*\\d+(?:-\\d+)?)*)");
    private static final Pattern OMISSION = Pattern.compile("\\.\\.\\.|…|\\[[^\\]]*\\]");

    @Test
    void everyQuoteOfARuleOrAnExampleStandsOnItsCitedLines() throws IOException {
        Path seeds = Path.of(System.getProperty("bondgenoot.seeds", "/work/shared/seeds"));
        assumeTrue(Files.isDirectory(seeds), "de teksten van de bronnen staan niet in " + seeds);
        List<List<String>> texts = new ArrayList<>();
        for (int n = 0; n < 5; n++) {
            try (DirectoryStream<Path> found = Files.newDirectoryStream(seeds, "00" + n + "_*.txt")) {
                texts.add(Files.readAllLines(found.iterator().next(), StandardCharsets.UTF_8));
            }
        }
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Rule<?> rule : new BuiltinRuleSet().rules()) {
            checked += check(rule.info().id(), rule.info().explanation(), texts, problems);
        }
        try (Stream<Path> files = Files.walk(root().resolve("examples"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bondgenoot") || f.toString().endsWith(".agenda") || f.toString().endsWith(".beoordeling")).toList()) {
                checked += check(file.getFileName().toString(), Files.readString(file), texts, problems);
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(checked > 100, "citaten gecontroleerd: " + checked);
    }

    private static int check(String where, String text, List<List<String>> seeds, List<String> problems) {
        int checked = 0;
        Matcher m = QUOTE.matcher(text.replace("&quot;", "\"").replace("&apos;", "'"));
        while (m.find()) {
            List<String> seed = seeds.get(Integer.parseInt(m.group(2)));
            StringBuilder lines = new StringBuilder(" ");
            for (String range : m.group(3).split(",")) {
                String[] ends = range.strip().split("-");
                int from = Integer.parseInt(ends[0]);
                int to = ends.length > 1 ? Integer.parseInt(ends[1]) : from;
                lines.append(String.join(" ", words(String.join("\n", seed.subList(Math.max(0, from - 1),
                        Math.min(seed.size(), to)))))).append(" | ");
            }
            checked++;
            for (String piece : OMISSION.split(m.group(1))) {
                List<String> quote = words(piece);
                if (!quote.isEmpty() && !hasKeyPhrase(quote, lines.toString())) {
                    problems.add(where + ": '" + m.group(1) + "' staat niet op S" + m.group(2) + ":" + m.group(3));
                    break;
                }
            }
        }
        return checked;
    }

    private static boolean hasKeyPhrase(List<String> quote, String lines) {
        int need = Math.min(KEY, quote.size());
        for (int i = 0; i + need <= quote.size(); i++) {
            if (lines.contains(" " + String.join(" ", quote.subList(i, i + need)) + " ")) {
                return true;
            }
        }
        return false;
    }

    /** Lower-case words; a word broken at a line end ("stu-\nring", "Wmo-\nbeleid") joined, hyphens dropped. */
    private static List<String> words(String s) {
        String joined = s.toLowerCase(Locale.ROOT).replaceAll("-\\s*\\n\\s*", "").replace("-", "");
        List<String> words = new ArrayList<>();
        Matcher w = Pattern.compile("[\\p{L}\\p{N}]+").matcher(joined);
        while (w.find()) {
            words.add(w.group());
        }
        return words;
    }

    private static Path root() {
        return Path.of(System.getProperty("bondgenoot.root", "../.."));
    }
}
