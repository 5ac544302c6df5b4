package nl.bondgenoot.agenda.ide.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Text edits that write a value the way the grammar does: replacing a written value, completing a
 * property line ("rekenschap" becomes "rekenschap hoog") or adding lines at the end of an element,
 * indented one level deeper than the element's first line.
 */
final class AgendaEdits {

    private final Document document;
    private final IGrammarAccess grammar;
    private final List<TextEdit> edits = new ArrayList<>();
    private final List<String> newLines = new ArrayList<>();

    AgendaEdits(Document document, IGrammarAccess grammar) {
        this.document = document;
        this.grammar = grammar;
    }

    /** The keyword that writes an enumeration value ("hoog", "via-bestek"). */
    String keywordOf(Enumerator value) {
        for (EnumRule rule : GrammarUtil.allEnumRules(grammar.getGrammar())) {
            if (!rule.getType().getClassifier().getName().equals(((Enum<?>) value).getDeclaringClass().getSimpleName())) {
                continue;
            }
            for (EnumLiteralDeclaration literal : org.eclipse.xtext.EcoreUtil2.getAllContentsOfType(rule,
                    EnumLiteralDeclaration.class)) {
                if (literal.getEnumLiteral().getName().equals(value.getName())) {
                    return literal.getLiteral().getValue();
                }
            }
        }
        throw new IllegalArgumentException("no keyword for " + value);
    }

    /** Sets one aspect of the relation to a value in the text. */
    AgendaEdits write(EObject relatie, Change change) {
        Aspect aspect = change.aspect();
        String text = change.value() instanceof Enumerator e ? keywordOf(e) : aspect.keyword;
        EObject owner = aspect.holder == null ? relatie : (EObject) relatie.eGet(aspect.holder);
        if (aspect == Aspect.GEMEENTE_IS_PARTNER) {
            addLine(aspect.keyword);
        } else if (owner != null && !NodeModelUtils.findNodesForFeature(owner, aspect.feature).isEmpty()) {
            replace(NodeModelUtils.findNodesForFeature(owner, aspect.feature).get(0), text);
        } else if (owner != null) {
            insertAfter(lastNodeBefore(relatie, aspect, owner), " " + text);
        } else {
            addLine(aspect.keyword + " " + text);
        }
        return this;
    }

    /** The keyword of the property, or the level written after it when the kind must follow the level. */
    private INode lastNodeBefore(EObject relatie, Aspect aspect, EObject owner) {
        if (aspect == Aspect.REKENSCHAP_SOORT) {
            List<INode> niveau = NodeModelUtils.findNodesForFeature(owner, Aspect.REKENSCHAP.feature);
            if (!niveau.isEmpty()) {
                return niveau.get(0);
            }
        }
        return keywordNode(relatie, aspect.keyword);
    }

    /** The keyword of one of the element's own properties ("rekenschap" of this opdrachtrelatie). */
    static ILeafNode keywordNode(EObject element, String keyword) {
        for (ILeafNode leaf : NodeModelUtils.findActualNodeFor(element).getLeafNodes()) {
            if (leaf.getGrammarElement() instanceof Keyword k && k.getValue().equals(keyword)
                    && NodeModelUtils.findActualSemanticObjectFor(leaf) == element) {
                return leaf;
            }
        }
        throw new IllegalStateException("no keyword '" + keyword + "' in " + element);
    }

    AgendaEdits replace(INode node, String text) {
        edits.add(new TextEdit(range(node.getOffset(), node.getOffset() + node.getLength()), text));
        return this;
    }

    AgendaEdits insertAfter(INode node, String text) {
        int end = node.getOffset() + node.getLength();
        edits.add(new TextEdit(range(end, end), text));
        return this;
    }

    /** A property line for the element being edited; all lines go after the element's last line. */
    AgendaEdits addLine(String line) {
        newLines.add(line);
        return this;
    }

    /** Completes a property written by this fix or already there: "rekenschap hoog" gets " toetsingskader X". */
    AgendaEdits complete(EObject relatie, Aspect aspect, String suffix) {
        for (int i = 0; i < newLines.size(); i++) {
            if (newLines.get(i).startsWith(aspect.keyword + " ")) {
                newLines.set(i, newLines.get(i) + suffix);
                return this;
            }
        }
        EObject owner = aspect.owner((nl.bondgenoot.model.Opdrachtrelatie) relatie);
        ICompositeNode node = owner == null ? null : NodeModelUtils.findActualNodeFor(owner);
        INode last = node == null ? keywordNode(relatie, aspect.keyword) : lastVisibleLeaf(node);
        return insertAfter(last == null ? keywordNode(relatie, aspect.keyword) : last, suffix);
    }

    /** The edits, the new lines going after the last line of {@code element} (or after {@code anchor}). */
    List<TextEdit> build(EObject element, INode anchor) {
        List<TextEdit> result = new ArrayList<>(edits);
        if (!newLines.isEmpty()) {
            ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
            INode after = anchor != null ? anchor : lastVisibleLeaf(node);
            String indent = indentationOfLineAt(node.getOffset()) + "  ";
            StringBuilder text = new StringBuilder();
            for (String line : newLines) {
                text.append('\n').append(indent).append(line);
            }
            int end = endOfLineAfter(after.getOffset() + after.getLength());
            result.add(new TextEdit(range(end, end), text.toString()));
        }
        return mergeInsertions(result);
    }

    /** Insertions at one position become one edit, so no editor can put them in another order. */
    private static List<TextEdit> mergeInsertions(List<TextEdit> edits) {
        List<TextEdit> merged = new ArrayList<>();
        for (TextEdit edit : edits) {
            TextEdit same = merged.stream().filter(m -> m.getRange().equals(edit.getRange())
                    && m.getRange().getStart().equals(m.getRange().getEnd())).findFirst().orElse(null);
            if (same != null && edit.getRange().getStart().equals(edit.getRange().getEnd())) {
                same.setNewText(same.getNewText() + edit.getNewText());
            } else {
                merged.add(edit);
            }
        }
        return merged;
    }

    List<TextEdit> build(EObject element) {
        return build(element, null);
    }

    private static ILeafNode lastVisibleLeaf(ICompositeNode node) {
        ILeafNode last = null;
        for (ILeafNode leaf : node.getLeafNodes()) {
            if (!leaf.isHidden()) {
                last = leaf;
            }
        }
        return last;
    }

    /**
     * Where new lines go after the text ending at {@code offset}: after the end-of-line comment of
     * that line, which stays with the line it belongs to; right there when more text follows on the line.
     */
    private int endOfLineAfter(int offset) {
        String text = document.getContents();
        int lineEnd = text.indexOf('\n', offset);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        String rest = text.substring(offset, lineEnd).strip();
        boolean onlyComment = rest.isEmpty() || rest.startsWith("//");
        int end = lineEnd > offset && text.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
        return onlyComment ? end : offset;
    }

    private String indentationOfLineAt(int offset) {
        String text = document.getContents();
        int start = text.lastIndexOf('\n', offset - 1) + 1;
        int end = start;
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        return text.substring(start, end);
    }

    private Range range(int start, int end) {
        return new Range(document.getPosition(start), document.getPosition(end));
    }
}
