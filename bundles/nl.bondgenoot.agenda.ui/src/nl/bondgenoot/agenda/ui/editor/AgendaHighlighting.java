package nl.bondgenoot.agenda.ui.editor;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.presentation.IPresentationDamager;
import org.eclipse.jface.text.presentation.IPresentationRepairer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
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

import nl.bondgenoot.agenda.ui.AgendaUi;

/**
 * Syntax colouring from the language's own lexer: words that open a property (opgave, richting,
 * volgt uit ...) bold purple, fixed values (hoog, meervoudig, via-bestek ...) teal, texts blue,
 * numbers dark grey, comments green. The whole text is coloured each time: a quoted text may span
 * lines, and agendas are small enough (10,000 lines lex in a few milliseconds).
 */
final class AgendaHighlighting implements IPresentationDamager, IPresentationRepairer {

    private static final Color KEYWORD = new Color(127, 0, 85);
    private static final Color VALUE = new Color(0, 110, 110);
    private static final Color TEXT = new Color(42, 0, 255);
    private static final Color NUMBER = new Color(80, 80, 80);
    private static final Color COMMENT = new Color(63, 127, 95);

    private final Injector injector = AgendaUi.injector();
    private final Map<Integer, String> tokenNames = injector.getInstance(ITokenDefProvider.class).getTokenDefMap();
    private final Set<String> values = enumValues(injector.getInstance(IGrammarAccess.class));
    private IDocument document;

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
