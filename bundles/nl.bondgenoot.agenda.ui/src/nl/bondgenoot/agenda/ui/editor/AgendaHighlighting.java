package nl.bondgenoot.agenda.ui.editor;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.presentation.IPresentationDamager;
import org.eclipse.jface.text.presentation.IPresentationRepairer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;

import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.name.Names;

import nl.bondgenoot.agenda.ide.highlighting.AgendaHighlightingStyles;
import nl.bondgenoot.agenda.ui.AgendaUi;

/**
 * Colouring in two layers. Syntax, from the language's own lexer while typing: words that open a
 * property (opgave, richting, volgt uit ...) bold purple, fixed values (hoog, meervoudig,
 * via-bestek ...) teal, texts blue, numbers dark grey, comments green. Meaning, from the semantic
 * highlighting calculator (the one the LSP server uses) after each background check: names of
 * actors brown, of networks dark green, of effects and opgaven dark blue (bold where declared); a
 * name that does not link stays plain. The whole text is coloured each time: a quoted text may span
 * lines, and agendas are small enough (10,000 lines lex in a few milliseconds).
 */
final class AgendaHighlighting implements IPresentationDamager, IPresentationRepairer {

    private static final Color KEYWORD = new Color(127, 0, 85);
    private static final Color VALUE = new Color(0, 110, 110);
    private static final Color TEXT = new Color(42, 0, 255);
    private static final Color NUMBER = new Color(80, 80, 80);
    private static final Color COMMENT = new Color(63, 127, 95);
    public static final Color ACTOR = new Color(150, 75, 0);
    public static final Color NETWERK = new Color(0, 110, 40);
    public static final Color EFFECT_OR_OPGAVE = new Color(0, 60, 140);

    private final Injector injector = AgendaUi.injector();
    private final Map<Integer, String> tokenNames = injector.getInstance(ITokenDefProvider.class).getTokenDefMap();
    private final Set<String> values = enumValues(injector.getInstance(IGrammarAccess.class));
    private IDocument document;
    /** The text the semantic ranges belong to: they are shown only while the document still has it. */
    private volatile String semanticText;
    private volatile List<AgendaWorkingCopy.SemanticRange> semanticRanges = List.of();

    @Override
    public void setDocument(IDocument document) {
        this.document = document;
    }

    @Override
    public IRegion getDamageRegion(ITypedRegion partition, DocumentEvent event, boolean documentPartitioningChanged) {
        return new Region(0, event.getDocument().getLength());
    }

    @Override
    public void createPresentation(TextPresentation presentation, ITypedRegion damage) {
        if (document == null) {
            return;
        }
        Lexer lexer = injector.getInstance(Key.get(Lexer.class, Names.named(LexerBindings.RUNTIME)));
        lexer.setCharStream(new ANTLRStringStream(document.get()));
        for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
            StyleRange style = styleOf(tokenNames.get(token.getType()));
            if (style != null && token instanceof CommonToken common) {
                style.start = common.getStartIndex();
                style.length = common.getStopIndex() - common.getStartIndex() + 1;
                presentation.addStyleRange(style);
            }
        }
        if (document.get().equals(semanticText)) {
            for (AgendaWorkingCopy.SemanticRange range : semanticRanges) {
                StyleRange style = semanticStyleOf(range.styles());
                if (style != null) {
                    style.start = range.offset();
                    style.length = range.length();
                    presentation.mergeStyleRange(style);
                }
            }
        }
    }

    /** Called by the background check with the ranges of the text it checked; redraws on the UI thread. */
    void showSemantic(String text, List<AgendaWorkingCopy.SemanticRange> ranges, ITextViewer viewer) {
        semanticRanges = List.copyOf(ranges);
        semanticText = text;
        StyledText widget = viewer.getTextWidget();
        if (widget != null && !widget.isDisposed()) {
            widget.getDisplay().asyncExec(() -> {
                if (!widget.isDisposed() && document != null && document.get().equals(text)) {
                    viewer.invalidateTextPresentation();
                }
            });
        }
    }

    private static StyleRange semanticStyleOf(List<String> styles) {
        if (styles.isEmpty()) {
            return null;
        }
        int font = styles.contains(AgendaHighlightingStyles.DECLARATION) ? SWT.BOLD : SWT.NORMAL;
        return switch (styles.get(0)) {
            case AgendaHighlightingStyles.ACTOR -> new StyleRange(0, 0, ACTOR, null, font);
            case AgendaHighlightingStyles.NETWERK -> new StyleRange(0, 0, NETWERK, null, font);
            case AgendaHighlightingStyles.EFFECT, AgendaHighlightingStyles.OPGAVE -> new StyleRange(0, 0, EFFECT_OR_OPGAVE, null, font);
            case AgendaHighlightingStyles.ENUM_VALUE -> new StyleRange(0, 0, VALUE, null);
            default -> null;
        };
    }

    private StyleRange styleOf(String name) {
        if (name == null) {
            return null;
        }
        if (name.startsWith("'")) {
            String word = name.substring(1, name.length() - 1);
            if (!Character.isLetter(word.charAt(0))) {
                return null; // punctuation: ',' and '%'
            }
            return values.contains(word) ? new StyleRange(0, 0, VALUE, null) : new StyleRange(0, 0, KEYWORD, null, SWT.BOLD);
        }
        return switch (name) {
            case "RULE_STRING" -> new StyleRange(0, 0, TEXT, null);
            case "RULE_INT" -> new StyleRange(0, 0, NUMBER, null);
            case "RULE_SL_COMMENT", "RULE_ML_COMMENT" -> new StyleRange(0, 0, COMMENT, null, SWT.ITALIC);
            default -> null;
        };
    }

    /** Words that are only ever a value of an enumeration, never the start of a property. */
    private static Set<String> enumValues(IGrammarAccess grammar) {
        Set<String> values = new HashSet<>();
        for (EnumRule rule : GrammarUtil.allEnumRules(grammar.getGrammar())) {
            for (Keyword keyword : EcoreUtil2.getAllContentsOfType(rule, Keyword.class)) {
                values.add(keyword.getValue());
            }
        }
        Set<String> properties = new HashSet<>(GrammarUtil.getAllKeywords(grammar.getGrammar()));
        for (var parserRule : GrammarUtil.allParserRules(grammar.getGrammar())) {
            for (Keyword keyword : EcoreUtil2.getAllContentsOfType(parserRule, Keyword.class)) {
                values.remove(keyword.getValue()); // 'effect', 'veranderagenda': also property words
            }
        }
        values.retainAll(properties);
        return values;
    }
}
