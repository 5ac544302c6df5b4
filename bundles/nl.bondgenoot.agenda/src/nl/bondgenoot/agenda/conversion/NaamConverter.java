package nl.bondgenoot.agenda.conversion;

import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/** A name: an identifier as it is, a quoted text without its quotes; see {@link AgendaValueConverters}. */
final class NaamConverter implements IValueConverter<String> {

    private static final Pattern WORD = Pattern.compile("[a-zA-Z_][a-zA-Z_0-9]*");

    private final IValueConverter<String> strings;
    private final Set<String> keywords;

    NaamConverter(IValueConverter<String> strings, Set<String> keywords) {
        this.strings = strings;
        this.keywords = keywords;
    }

    @Override
    public String toValue(String text, INode node) throws ValueConverterException {
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (text.startsWith("\"") || text.startsWith("'")) {
            return strings.toValue(text, node);
        }
        return text.startsWith("^") ? text.substring(1) : text;
    }

    @Override
    public String toString(String value) throws ValueConverterException {
        if (value == null) {
            throw new ValueConverterException("een naam mag niet leeg zijn", null, null);
        }
        boolean word = WORD.matcher(value).matches() && !keywords.contains(value);
        return word ? value : strings.toString(value);
    }
}
