package nl.bondgenoot.agenda.formatting;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatting;
import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.formatting2.internal.WhitespaceReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IComment;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegionPart;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ITextSegment;

/**
 * Where the layout wants the text on one line but the author broke it (an indicator's measurements,
 * a long list of actors), the lines are joined only when the joined line stays within {@link #WIDTH}
 * characters; otherwise the break stays, and the continuation is indented one level deeper than the
 * line it continues. After an end-of-line comment the break always stays.
 */
final class AuthorsLineBreaks extends WhitespaceReplacer {

    /** The widest line a join may make. */
    static final int WIDTH = 100;

    private final AgendaLayout layout;
    private final boolean afterComment;

    private AuthorsLineBreaks(ITextSegment whitespace, IHiddenRegionFormatting formatting, AgendaLayout layout, boolean afterComment) {
        super(whitespace, formatting);
        this.layout = layout;
        this.afterComment = afterComment;
    }

    /**
     * The replacer for whitespace the layout would turn into a space where the author started a new
     * line (or a "//" comment ended the line), or null for any other whitespace.
     */
    static AuthorsLineBreaks at(ITextSegment whitespace, IHiddenRegionFormatting formatting, AgendaLayout layout) {
        if (layout == null || !(whitespace instanceof IHiddenRegionPart part)) {
            return null;
        }
        ISemanticRegion next = part.getHiddenRegion().getNextSemanticRegion();
        boolean continues = next != null && part.getHiddenRegion().getPreviousSemanticRegion() != null
                && !layout.startsLine(next.getGrammarElement());
        // Only the first whitespace of a region carries the region's formatting; after a comment it is fresh.
        boolean afterComment = part.getPreviousHiddenPart() instanceof IComment comment && comment.getText().endsWith("\n");
        boolean oneLine = formatting.getSpace() != null
                && (formatting.getNewLineDefault() == null || formatting.getNewLineDefault() == 0)
                && (formatting.getNewLineMin() == null || formatting.getNewLineMin() == 0);
        boolean brokenByAuthor = oneLine && part.getPreviousHiddenPart() == null && whitespace.getText().contains("\n");
        return continues && (afterComment || brokenByAuthor) ? new AuthorsLineBreaks(whitespace, formatting, layout, afterComment) : null;
    }

    @Override
    public ITextReplacerContext createReplacements(ITextReplacerContext context) {
        String space = getFormatting().getSpace() == null ? " " : getFormatting().getSpace();
        int joined = context.getLeadingCharsInLineCount() + space.length() + restOfOriginalLine().length();
        if (afterComment) {
            context.addReplacement(getRegion().replaceWith(context.getIndentationString(continuationLevel(context))));
        } else if (joined > WIDTH) {
            context.addReplacement(getRegion().replaceWith(context.getNewLinesString(1)
                    + context.getIndentationString(continuationLevel(context))));
        } else {
            context.addReplacement(getRegion().replaceWith(space));
        }
        return context;
    }

    /**
     * One level deeper than the line being continued. The context's level is that of the element's
     * lines; when the continued line is the first line of a block (an indicator), it is one less.
     */
    private int continuationLevel(ITextReplacerContext context) {
        ISemanticRegion start = ((IHiddenRegionPart) getRegion()).getHiddenRegion().getPreviousSemanticRegion();
        while (start != null && start.getPreviousSemanticRegion() != null && !layout.startsLine(start.getGrammarElement())) {
            start = start.getPreviousSemanticRegion();
        }
        boolean blockStart = false;
        if (start != null) {
            EObject element = start.getSemanticElement();
            IEObjectRegion region = start.getTextRegionAccess().regionForEObject(element);
            blockStart = AgendaLayout.isBlock(element) && region != null
                    && region.getPreviousHiddenRegion().getNextSemanticRegion() == start;
        }
        return context.getIndentation() + (blockStart ? 0 : 1);
    }

    /** The text that would be joined: the rest of the line that follows the break, as written. */
    private String restOfOriginalLine() {
        String text = getRegion().getTextRegionAccess().regionForDocument().getText();
        int start = getRegion().getEndOffset();
        int end = text.indexOf('\n', start);
        return text.substring(start, end < 0 ? text.length() : end).stripTrailing();
    }
}
