package nl.bondgenoot.agenda.formatting;

import java.util.HashMap;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.formatting2.AbstractFormatter2;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatter;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatting;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.internal.SinglelineDocCommentReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IComment;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ITextSegment;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;

import nl.bondgenoot.model.Governancemodel;

/**
 * Lays out an agenda the one way advisors read it: one property per line, two spaces per nesting
 * level, a blank line before each agenda (and before an effect or opgave written on the line of the
 * text before it; one on a line of its own keeps the author's choice), single spaces within a line,
 * no space before a comma. Comments stay where the author put them, aligned end-of-line comments
 * stay aligned, and no line is joined past a width. The same formatter serves the LSP server and the
 * workbench editor.
 */
public class AgendaFormatter extends AbstractFormatter2 {

    /** The project's convention, whatever indentation the editor asks for. */
    public static final String INDENTATION = "  ";

    /** A blank line in the text between two tokens (comments included). */
    private static final Pattern BLANK_LINE = Pattern.compile("\n[ \t]*\r?\n");

    @Inject
    private IGrammarAccess grammarAccess;

    private AgendaLayout layout;

    @Override
    protected void initialize(FormatterRequest request) {
        MapBasedPreferenceValues preferences = new MapBasedPreferenceValues(request.getPreferences(), new HashMap<>());
        preferences.put(FormatterPreferenceKeys.indentation, INDENTATION);
        request.setPreferences(preferences);
        super.initialize(request);
    }

    /**
     * A "//" comment at the start of a line is, for Xtext, commented-out code that must stay in column
     * 0. In an agenda it is a note of the advisor: it follows the indentation of the line it is on.
     * (The replacer is Xtext's own, from its internal package: there is no public one for this.)
     */
    @Override
    public ITextReplacer createCommentReplacer(IComment comment) {
        if (comment.getGrammarElement() instanceof AbstractRule rule && rule.getName().startsWith("SL")) {
            return new SinglelineDocCommentReplacer(comment, "//");
        }
        return super.createCommentReplacer(comment);
    }

    /**
     * The space before an end-of-line comment stays as the author made it ({@link CommentColumns}), and
     * lines the author broke are joined only within a width ({@link AuthorsLineBreaks}).
     */
    @Override
    public ITextReplacer createWhitespaceReplacer(ITextSegment hiddens, IHiddenRegionFormatting formatting) {
        CommentColumns beforeComment = CommentColumns.before(hiddens, formatting);
        if (beforeComment != null) {
            return beforeComment;
        }
        AuthorsLineBreaks lineBreak = AuthorsLineBreaks.at(hiddens, formatting, layout);
        if (lineBreak != null) {
            return lineBreak;
        }
        return super.createWhitespaceReplacer(hiddens, formatting);
    }

    @Override
    public void format(Object object, IFormattableDocument document) {
        if (object instanceof XtextResource resource && !resource.getContents().isEmpty()) {
            format(resource.getContents().get(0), document);
        } else if (object instanceof Governancemodel model) {
            formatFile(model, document);
        }
    }

    private void formatFile(Governancemodel model, IFormattableDocument document) {
        if (layout == null) {
            layout = new AgendaLayout(grammarAccess.getGrammar());
        }
        IEObjectRegion root = getTextRegionAccess().regionForEObject(model);
        // A half-written agenda is not laid out: where its elements end is a guess of the parser.
        if (root == null || getTextRegionAccess().hasSyntaxError()) {
            return;
        }
        ISemanticRegion last = null;
        for (ISemanticRegion region : root.getAllSemanticRegions()) {
            spaceBefore(region, last == null, document);
            last = region;
        }
        if (last != null) {
            document.set(last.getNextHiddenRegion(), IHiddenRegionFormatter::newLine);
        }
        model.eAllContents().forEachRemaining(element -> {
            if (AgendaLayout.isBlock(element)) {
                indentInterior(element, document);
            }
        });
    }

    private void spaceBefore(ISemanticRegion region, boolean firstOfFile, IFormattableDocument document) {
        IHiddenRegion before = region.getPreviousHiddenRegion();
        EObject grammarElement = region.getGrammarElement();
        if (firstOfFile) {
            if (!before.containsComment()) {
                document.set(before, IHiddenRegionFormatter::noSpace);
            }
        } else if (layout.startsLine(grammarElement)) {
            int lines = layout.startsSpacedBlock(grammarElement) && !followsHeaderOfContainer(region) ? 2 : 1;
            boolean authorsChoice = lines == 2 && layout.keepsAuthorsBlankLine(grammarElement) && before.getText().contains("\n");
            int chosen = authorsChoice && !BLANK_LINE.matcher(before.getText()).find() ? 1 : lines;
            document.set(before, format -> format.setNewLines(chosen));
        } else if (grammarElement instanceof Keyword keyword && ",".equals(keyword.getValue())) {
            document.set(before, IHiddenRegionFormatter::noSpace);
        } else {
            document.set(before, IHiddenRegionFormatter::oneSpace);
        }
    }

    /**
     * An opgave right under "veranderagenda" (or an effect right under the agenda's first line) needs
     * no blank line: the header already introduces it.
     */
    private boolean followsHeaderOfContainer(ISemanticRegion region) {
        EObject container = region.getSemanticElement().eContainer();
        if (container == null || container instanceof Governancemodel) {
            return false;
        }
        IEObjectRegion containerRegion = getTextRegionAccess().regionForEObject(container);
        ISemanticRegion header = containerRegion == null ? null
                : containerRegion.getPreviousHiddenRegion().getNextSemanticRegion();
        for (ISemanticRegion r = region.getPreviousSemanticRegion(); r != null && r != header; r = r
                .getPreviousSemanticRegion()) {
            if (layout.startsLine(r.getGrammarElement())) {
                return false;
            }
        }
        return header != null;
    }

    /** The lines of an element after its first one are one level deeper; nested elements add up. */
    private void indentInterior(EObject element, IFormattableDocument document) {
        IEObjectRegion region = getTextRegionAccess().regionForEObject(element);
        if (region == null) {
            return;
        }
        ISemanticRegion first = region.getPreviousHiddenRegion().getNextSemanticRegion();
        ISemanticRegion last = region.getNextHiddenRegion().getPreviousSemanticRegion();
        if (first != null && last != null && first != last) {
            document.set(first.getNextHiddenRegion(), last.getNextHiddenRegion(), IHiddenRegionFormatter::indent);
        }
    }
}
