package nl.bondgenoot.agenda.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.StringInputStream;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;
import com.google.inject.Provider;

import nl.bondgenoot.agenda.AgendaFiles;
import nl.bondgenoot.agenda.validation.FindingRanges;
import nl.bondgenoot.model.persistence.ModelLoadException;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Rules;

/**
 * Half-typed agendas are the normal state of an editor: thousands of seeded random damages to the example
 * agendas (deleted words, swapped and duplicated lines, stray characters, cut-off files) never make
 * parsing, linking or validation throw, and every problem is a diagnostic with a line.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(AgendaInjectorProvider.class)
class MutatedAgendasTest {

    private static final String[][] EXAMPLES = { { "agendas", "huishoudelijke-hulp.agenda" },
            { "agendas", "multiprobleemgezin.agenda" }, { "agendas", "zelfredzaamheid.agenda" },
            { "netwerken", "netwerk-welzijn-versterkt.agenda" }, { "skelet", "zelfredzaam.agenda" } };

    private static final String STRAY = "\"'%,^/*\\\n\t {}()-_.:;0123456789azAZëé€\u0000\u00a0\ud83d\ude00";

    @Inject
    private Provider<XtextResourceSet> sets;

    @Inject
    private IResourceValidator validator;

    @TempDir
    Path project;

    /** One to three random damages. */
    static String mutate(String text, Random random) {
        String result = text;
        int damages = 1 + random.nextInt(3);
        for (int i = 0; i < damages; i++) {
            result = switch (random.nextInt(6)) {
                case 0 -> deleteWord(result, random);
                case 1 -> swapLines(result, random);
                case 2 -> duplicateLine(result, random);
                case 3 -> insertStray(result, random);
                case 4 -> result.substring(0, random.nextInt(result.length() + 1));
                default -> deleteRange(result, random);
            };
        }
        return result;
    }

    private static String deleteWord(String text, Random random) {
        String[] words = text.split("(?<=\\s)|(?=\\s)");
        int at = random.nextInt(words.length);
        words[at] = "";
        return String.join("", words);
    }

    private static String swapLines(String text, Random random) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int a = random.nextInt(lines.size());
        int b = random.nextInt(lines.size());
        String line = lines.get(a);
        lines.set(a, lines.get(b));
        lines.set(b, line);
        return String.join("\n", lines);
    }

    private static String duplicateLine(String text, Random random) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int a = random.nextInt(lines.size());
        lines.add(random.nextInt(lines.size() + 1), lines.get(a));
        return String.join("\n", lines);
    }

    private static String insertStray(String text, Random random) {
        StringBuilder result = new StringBuilder(text);
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            char c = random.nextInt(4) == 0 ? (char) random.nextInt(0x3000) : STRAY.charAt(random.nextInt(STRAY.length()));
            result.insert(random.nextInt(result.length() + 1), c);
        }
        return result.toString();
    }

    private static String deleteRange(String text, Random random) {
        if (text.isEmpty()) {
            return text;
        }
        int from = random.nextInt(text.length());
        int to = Math.min(text.length(), from + 1 + random.nextInt(40));
        return text.substring(0, from) + text.substring(to);
    }

    @Test
    void parsingLinkingAndValidatingADamagedAgendaNeverThrowsAndEveryProblemHasALine() {
        XtextResourceSet set = Examples.withModels(sets.get());
        Random random = new Random(20261123);
        int variants = 0;
        for (String[] example : EXAMPLES) {
            String original = Examples.read(example[0], example[1]);
            for (int i = 0; i < 300; i++) {
                String text = mutate(original, random);
                variants++;
                try {
                    check(set, text, variants);
                } catch (AssertionError e) {
                    throw e;
                } catch (Throwable e) {
                    throw new AssertionError("variant " + variants + " of " + example[1] + " throws " + e + " on:\n" + text, e);
                }
            }
        }
        assertTrue(variants >= 1500);
    }

    private void check(XtextResourceSet set, String text, int variant) throws Exception {
        Resource resource = set.createResource(URI.createURI("variant" + variant + ".agenda"));
        try {
            resource.load(new StringInputStream(text), null);
            EcoreUtil.resolveAll(resource);
            for (Resource.Diagnostic d : resource.getErrors()) {
                assertTrue(d.getLine() >= 1 && d.getMessage() != null && !d.getMessage().isBlank(),
                        "diagnostic without line or message: " + d + " in:\n" + text);
            }
            // The Xtext validator logs rather than throws; run the rules and the ranges it uses directly too.
            if (!resource.getContents().isEmpty()) {
                EObject root = resource.getContents().get(0);
                for (Finding finding : Rules.engine().validate(root)) {
                    FindingRanges.Range range = FindingRanges.of(finding.element());
                    assertTrue(range.offset() >= 0 && range.offset() + range.length() <= text.length(), finding.toString());
                }
            }
            List<Issue> issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
            for (Issue issue : issues) {
                if (issue.getLineNumber() == null || issue.getLineNumber() < 1 || issue.getMessage() == null) {
                    fail("issue without line or message: " + issue + " in:\n" + text);
                }
            }
            assertTrue(((XtextResource) resource).getParseResult() != null);
        } finally {
            set.getResources().remove(resource);
        }
    }

    /** The command line reads from a file and turns every problem into a load error with a line, or a model. */
    @Test
    void theCommandLineReadsADamagedAgendaOrSaysWhichLineIsWrong() throws Exception {
        Files.copy(Examples.file("agendas", "partijen.bondgenoot"), project.resolve("partijen.bondgenoot"));
        Path agenda = project.resolve("agenda.agenda");
        Random random = new Random(7);
        String original = Examples.read("agendas", "multiprobleemgezin.agenda");
        int errors = 0;
        for (int i = 0; i < 150; i++) {
            String text = mutate(original, random);
            Files.write(agenda, text.getBytes(StandardCharsets.UTF_8)); // a lone surrogate becomes '?'
            try {
                Rules.engine().validate(AgendaFiles.load(agenda));
            } catch (ModelLoadException e) {
                errors++;
                assertTrue(e.getLine() >= 0 && e.getMessage() != null, e.toString());
            } catch (RuntimeException e) {
                throw new AssertionError("variant " + i + " throws " + e + " on:\n" + text, e);
            }
        }
        assertTrue(errors > 0, "some variants must be broken");
    }
}
