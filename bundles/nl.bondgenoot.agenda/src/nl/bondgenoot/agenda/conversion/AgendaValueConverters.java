package nl.bondgenoot.agenda.conversion;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Inject;

/**
 * Names are a word or a quoted text, values a number, a percentage or a quoted text: the model
 * holds the plain text ("Gemeente Zwolle", "62%") either way, and writing it back picks the word
 * form only when the name is a word that is not a keyword.
 */
public class AgendaValueConverters extends DefaultTerminalConverters {

    @Inject
    private IGrammarAccess grammar;

    private NaamConverter naamConverter;

    @ValueConverter(rule = "Naam")
    public IValueConverter<String> naam() {
        if (naamConverter == null) {
            naamConverter = new NaamConverter(STRING(), GrammarUtil.getAllKeywords(grammar.getGrammar()));
        }
        return naamConverter;
    }

    @ValueConverter(rule = "Waarde")
    public IValueConverter<String> waarde() {
        return new IValueConverter<>() {
            @Override
            public String toValue(String text, INode node) throws ValueConverterException {
                if (text == null) {
                    return null;
                }
                String trimmed = text.strip();
                if (trimmed.startsWith("\"") || trimmed.startsWith("'")) {
                    return STRING().toValue(trimmed, node);
                }
                return trimmed.replaceAll("\\s+", "");
            }

            @Override
            public String toString(String value) throws ValueConverterException {
                return value != null && value.matches("\\d+(,\\d+)?%?") ? value : STRING().toString(value);
            }
        };
    }
}
