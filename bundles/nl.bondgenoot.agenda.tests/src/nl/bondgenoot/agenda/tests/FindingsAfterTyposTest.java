package nl.bondgenoot.agenda.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.StringInputStream;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;
import com.google.inject.Provider;

import nl.bondgenoot.agenda.AgendaFiles;
import nl.bondgenoot.agenda.validation.RuleFindings;
import nl.bondgenoot.rules.Finding;

/**
 * Issue 12, "findings that are always true": every example agenda, changed one token at a time (the
 * token deleted, the token duplicated, a keyword misspelt as 'kapitaalgoEd' or 'opdrachtgevr'), never
 * gets a rule finding on an element the change did not touch. A finding that is new compared with the
 * untouched agenda must be about an element whose text holds the change. The agenda is judged as the
 * editor and the language server judge it (Xtext's validator with the rule engine), in its project
 * (the example's model files and other agendas).
 *
 * <p>Tokens are sampled deterministically so that a run stays near {@value #MUTATIONS_PER_AGENDA}
 * changes per agenda (every k-th token, k from the agenda's size), for the suite's time on 2 cores.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(AgendaInjectorProvider.class)
class FindingsAfterTyposTest {

    static final int MUTATIONS_PER_AGENDA = 240;

    @Inject
    private Provider<XtextResourceSet> sets;

    @Inject
    private IResourceValidator validator;

    static Stream<Path> agendas() throws IOException {
        try (Stream<Path> files = Files.walk(Examples.ROOT.resolve("examples"))) {
            return files.filter(p -> p.toString().endsWith("." + AgendaFiles.FILE_EXTENSION)).sorted().toList().stream();
        }
    }

    private record Mutation(String description, String text, int offset, int length) {
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("agendas")
    void aTypoNeverGivesAFindingOnAnElementItDidNotTouch(Path agenda) throws Exception {
        XtextResourceSet set = sets.get();
        AgendaFiles.addProjectFiles(set, agenda);
        URI uri = URI.createFileURI(agenda.toAbsolutePath().normalize().toString());
        String original = Files.readString(agenda);
        XtextResource untouched = load(set, uri, original);
        Set<String> before = findings(untouched).stream().map(FindingsAfterTyposTest::key).collect(Collectors.toSet());
        List<ILeafNode> tokens = tokens(untouched);
        set.getResources().remove(untouched);

        List<Mutation> mutations = mutations(original, tokens);
        List<String> wrong = new ArrayList<>();
        int withSyntaxErrors = 0;
        for (Mutation mutation : mutations) {
            XtextResource changed = load(set, uri, mutation.text());
            withSyntaxErrors += changed.getParseResult().hasSyntaxErrors() ? 1 : 0;
            for (Finding finding : findings(changed)) {
                if (!before.contains(key(finding)) && !touches(finding.element(), mutation)) {
                    wrong.add(mutation.description() + ": " + finding.text());
                }
            }
            set.getResources().remove(changed);
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " false findings after " + mutations.size() + " changes of " + agenda
                + ", for instance:\n" + wrong.stream().limit(10).collect(Collectors.joining("\n")));
        assertTrue(mutations.size() >= Math.min(100, tokens.size()), "too few changes tried: " + mutations.size());
        assertTrue(withSyntaxErrors > 0, "the changes must include typos the parser cannot read");
    }

    private XtextResource load(XtextResourceSet set, URI uri, String text) throws IOException {
        XtextResource resource = (XtextResource) set.createResource(uri);
        resource.load(new StringInputStream(text), set.getLoadOptions());
        return resource;
    }

    /** The rule findings the editor would show: the validator's, kept on the resource. */
    private List<Finding> findings(XtextResource resource) {
        validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
        List<Finding> findings = RuleFindings.of(resource);
        return findings == null ? List.of() : findings;
    }

    /** A finding by what it says (the message names its element), not by line: lines move with a change. */
    private static String key(Finding finding) {
        return finding.ruleId() + " " + finding.message();
    }

    private static boolean touches(EObject element, Mutation mutation) {
        ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
        if (node == null) {
            return false;
        }
        int end = node.getOffset() + node.getLength();
        return node.getOffset() <= mutation.offset() + mutation.length() && mutation.offset() <= end;
    }

    private static List<ILeafNode> tokens(XtextResource resource) {
        List<ILeafNode> tokens = new ArrayList<>();
        for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
            if (!leaf.isHidden() && leaf.getLength() > 0) {
                tokens.add(leaf);
            }
        }
        return tokens;
    }

    /** Delete, duplicate and (for keywords) misspell every k-th token. */
    private static List<Mutation> mutations(String text, List<ILeafNode> tokens) {
        int perToken = 3;
        int stride = Math.max(1, (int) Math.ceil(tokens.size() * perToken / (double) MUTATIONS_PER_AGENDA));
        List<Mutation> mutations = new ArrayList<>();
        Map<String, Integer> misspelt = new HashMap<>();
        for (int i = 0; i < tokens.size(); i += stride) {
            ILeafNode token = tokens.get(i);
            int at = token.getOffset();
            int length = token.getLength();
            String word = token.getText();
            String where = "token " + i + " '" + word + "' (regel " + token.getStartLine() + ")";
            mutations.add(new Mutation(where + " weg", text.substring(0, at) + text.substring(at + length), at, 0));
            mutations.add(new Mutation(where + " dubbel", text.substring(0, at) + word + " " + text.substring(at), at,
                    length + 1));
            if (token.getGrammarElement() instanceof Keyword && word.length() >= 3) {
                String typo = misspell(word, misspelt.merge(word, 1, Integer::sum));
                mutations.add(new Mutation(where + " als '" + typo + "'", text.substring(0, at) + typo + text.substring(at + length),
                        at, typo.length()));
            }
        }
        return mutations;
    }

    /** 'kapitaalgoed' as 'kapitaalgoEd' or as 'kapitaalgod', by turns: the typos of the issue. */
    static String misspell(String keyword, int turn) {
        int i = keyword.length() - 2;
        if (turn % 2 == 1) {
            return keyword.substring(0, i) + Character.toUpperCase(keyword.charAt(i)) + keyword.substring(i + 1);
        }
        return keyword.substring(0, i) + keyword.substring(i + 1);
    }
}
