package nl.bondgenoot.agenda.formatting;

import org.eclipse.xtext.formatting2.IHiddenRegionFormatting;
import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.formatting2.internal.WhitespaceReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IComment;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegionPart;
import org.eclipse.xtext.formatting2.regionaccess.ITextSegment;

/**
 * The space before an end-of-line comment, as the author left it. Comments aligned with the one on
 * the line above or below keep their column (as long as the text before them fits), so a column of
 * source notes stays a column; any other end-of-line comment keeps the author's spacing.
 */
final class CommentColumns extends WhitespaceReplacer {

    private final int column;
    private final boolean aligned;

    private CommentColumns(ITextSegment whitespace, IHiddenRegionFormatting formatting, int column, boolean aligned) {
        super(whitespace, formatting);
        this.column = column;
        this.aligned = aligned;
    }

    /** The replacer for whitespace right before an end-of-line "//" comment, or null for any other whitespace. */
    static CommentColumns before(ITextSegment whitespace, IHiddenRegionFormatting formatting) {
        if (!(whitespace instanceof IHiddenRegionPart part) || !(part.getNextHiddenPart() instanceof IComment comment)
                || !comment.getText().startsWith("//") || whitespace.getText().contains("\n")
                || part.getPreviousHiddenPart() != null) {
            return null;
        }
        String text = whitespace.getTextRegionAccess().regionForDocument().getText();
        int lineStart = text.lastIndexOf('\n', whitespace.getOffset() - 1) + 1;
        if (text.substring(lineStart, whitespace.getOffset()).isBlank()) {
            return null; // a comment on a line of its own
        }
        int column = comment.getOffset() - lineStart;
        boolean aligned = column == trailingCommentColumn(text, lineStart - 1, false)
                || column == trailingCommentColumn(text, text.indexOf('\n', comment.getOffset()), true);
        return new CommentColumns(whitespace, formatting, column, aligned);
    }

    /** The column of the end-of-line comment of the line above (or below) the line break at {@code newline}, or -1. */
    private static int trailingCommentColumn(String text, int newline, boolean below) {
        if (newline < 0 || newline >= text.length()) {
            return -1;
        }
        int start = below ? newline + 1 : text.lastIndexOf('\n', newline - 1) + 1;
        int end = below ? text.indexOf('\n', start) : newline;
        String line = text.substring(start, end < 0 ? text.length() : end);
        int comment = line.indexOf("//");
        boolean insideString = comment >= 0 && line.substring(0, comment).chars().filter(c -> c == '"').count() % 2 == 1;
        return comment > 0 && !line.substring(0, comment).isBlank() && !insideString ? comment : -1;
    }

    @Override
    public ITextReplacerContext createReplacements(ITextReplacerContext context) {
        int spaces = aligned ? Math.max(1, column - context.getLeadingCharsInLineCount()) : getRegion().getLength();
        context.addReplacement(getRegion().replaceWith(" ".repeat(Math.max(1, spaces))));
        return context;
    }
}
