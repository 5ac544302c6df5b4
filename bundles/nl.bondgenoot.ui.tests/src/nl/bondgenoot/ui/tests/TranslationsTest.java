package nl.bondgenoot.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The Dutch texts (messages.properties, plugin.properties) and their English translations (_en) of the
 * workbench bundles: the same keys, the same placeholders, written as NLS and Equinox read them. Plain
 * file checks on the source tree; no workbench needed.
 */
class TranslationsTest {

    private static final List<String> BUNDLES = List.of("nl.bondgenoot.ui", "nl.bondgenoot.agenda.ui", "nl.bondgenoot.help",
            "nl.bondgenoot.diagram.ui", "nl.bondgenoot.analysis.ui", "nl.bondgenoot.exchange.ui", "nl.bondgenoot.beoordeling.ui",
            "nl.bondgenoot.publish.ui");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+\\}");
    /**
     * Chrome words that an English text would only contain if someone forgot to translate it. The
     * domain words that stay Dutch (Actoren, Netwerken, Regelprofiel, opgaven ...) are not among them.
     */
    private static final Set<String> DUTCH_CHROME = Set.of("bestand", "bewerken", "openen", "opslaan", "nieuw", "nieuwe",
            "eigenschappen", "bevindingen", "welkom", "geen", "niet", "kan", "het", "een", "kies", "verwijderen",
            "afsluiten", "regel", "naam", "plaats", "bladeren", "ongedaan", "maken", "waarde", "bron", "ernst");

    @Test
    void everyDutchTextFileHasAnEnglishOneWithTheSameKeysAndPlaceholders() throws IOException {
        List<Path> dutch = dutchFiles();
        assertEquals(16, dutch.size(), "messages and plugin properties of the eight UI bundles: " + dutch);
        for (Path nl : dutch) {
            Path en = english(nl);
            assertTrue(Files.isRegularFile(en), "no English translation next to " + nl);
            Properties nlTexts = load(nl);
            Properties enTexts = load(en);
            assertEquals(nlTexts.stringPropertyNames(), enTexts.stringPropertyNames(), "the keys of " + en + " and " + nl);
            for (String key : nlTexts.stringPropertyNames()) {
                String nlText = nlTexts.getProperty(key);
                String enText = enTexts.getProperty(key);
                assertFalse(enText.isBlank(), key + " in " + en);
                assertEquals(placeholders(nlText), placeholders(enText), "the placeholders of " + key + " in " + en);
                assertEquals(nlText.contains("&"), enText.contains("&"), "a mnemonic in both or neither: " + key + " in " + en);
                assertEquals(Set.of(), dutchChromeWords(enText), key + " in " + en + " still reads Dutch: " + enText);
            }
        }
    }

    @Test
    void textsAreAsciiWithEscapesAndQuotesSurviveNlsBind() throws IOException {
        for (Path nl : dutchFiles()) {
            for (Path file : List.of(nl, english(nl))) {
                byte[] bytes = Files.readAllBytes(file);
                for (byte b : bytes) {
                    assertTrue(b >= 0, file + " is read as ISO-8859-1: write other characters as \\uXXXX");
                }
                Properties texts = load(file);
                for (String key : texts.stringPropertyNames()) {
                    String text = texts.getProperty(key);
                    // NLS.bind reads a single apostrophe as the start of a quoted part and drops it.
                    if (!placeholders(text).isEmpty()) {
                        assertFalse(text.replace("''", "").contains("'"), key + " in " + file + ": write an apostrophe as ''");
                    }
                }
            }
        }
    }

    @Test
    void theMessagesClassesAndTheirFilesNameTheSameTexts() throws IOException {
        assertEquals(fields(nl.bondgenoot.ui.Messages.class), keysOf("nl.bondgenoot.ui", "src/nl/bondgenoot/ui/messages.properties"));
        assertEquals(fields(nl.bondgenoot.agenda.ui.Messages.class),
                keysOf("nl.bondgenoot.agenda.ui", "src/nl/bondgenoot/agenda/ui/messages.properties"));
        assertEquals(fields(nl.bondgenoot.help.Messages.class), keysOf("nl.bondgenoot.help", "src/nl/bondgenoot/help/messages.properties"));
        assertEquals(fields(nl.bondgenoot.diagram.ui.Messages.class),
                keysOf("nl.bondgenoot.diagram.ui", "src/nl/bondgenoot/diagram/ui/messages.properties"));
        assertEquals(fields(nl.bondgenoot.analysis.ui.Messages.class),
                keysOf("nl.bondgenoot.analysis.ui", "src/nl/bondgenoot/analysis/ui/messages.properties"));
        assertEquals(fields(nl.bondgenoot.exchange.ui.Messages.class),
                keysOf("nl.bondgenoot.exchange.ui", "src/nl/bondgenoot/exchange/ui/messages.properties"));
        assertEquals(fields(nl.bondgenoot.publish.ui.Messages.class),
                keysOf("nl.bondgenoot.publish.ui", "src/nl/bondgenoot/publish/ui/messages.properties"));
    }

    @Test
    void theDutchWordCheckWouldNoticeAnUntranslatedText() {
        assertEquals(Set.of("geen"), dutchChromeWords("Geen model geopend."));
        assertEquals(Set.of(), dutchChromeWords("No model open; Actoren ({0}) and the Regelprofiel stay Dutch."));
    }

    private static List<Path> dutchFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String bundle : BUNDLES) {
            Path dir = bundle(bundle);
            try (Stream<Path> all = Files.walk(dir)) {
                all.filter(f -> !dir.relativize(f).startsWith("target"))
                        .filter(f -> Set.of("messages.properties", "plugin.properties").contains(f.getFileName().toString()))
                        .forEach(files::add);
            }
        }
        return files;
    }

    private static Path bundle(String name) {
        return Path.of(System.getProperty("bondgenoot.root", "../..")).toAbsolutePath().normalize().resolve("bundles").resolve(name);
    }

    private static Path english(Path dutch) {
        return dutch.resolveSibling(dutch.getFileName().toString().replace(".properties", "_en.properties"));
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in); // ISO-8859-1, as NLS and Equinox read these files
        }
        return properties;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static Set<String> dutchChromeWords(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                .filter(DUTCH_CHROME::contains).collect(Collectors.toSet());
    }

    private static Set<String> fields(Class<?> messages) {
        return Arrays.stream(messages.getDeclaredFields())
                .filter(f -> Modifier.isPublic(f.getModifiers()) && Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .map(Field::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> keysOf(String bundle, String file) throws IOException {
        return new TreeSet<>(load(bundle(bundle).resolve(file)).stringPropertyNames());
    }
}
