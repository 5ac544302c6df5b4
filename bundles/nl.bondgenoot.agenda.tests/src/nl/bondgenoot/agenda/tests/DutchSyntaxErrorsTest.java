package nl.bondgenoot.agenda.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.google.inject.Inject;

/** What an advisor reads when the text does not fit the grammar: Dutch, on the line of the mistake. */
@ExtendWith(InjectionExtension.class)
@InjectWith(AgendaInjectorProvider.class)
class DutchSyntaxErrorsTest {

    @Inject
    private AgendaParser agendas;

    private List<Resource.Diagnostic> errors(String text) throws Exception {
        return agendas.parseWithErrors(text).eResource().getErrors();
    }

    @Test
    void textTheAgendaDoesNotKnowIsCalledOutOfPlaceNotAMissingEndOfFile() throws Exception {
        // An indicator has one name; a second text after it is where the parser gives up.
        List<Resource.Diagnostic> errors = errors("maatschappelijke agenda A\n  effect E\n    indicator I \"uitleg\"\n");
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(3, errors.get(0).getLine());
        String message = errors.get(0).getMessage();
        assertTrue(message.startsWith("'\"uitleg\"' past hier niet"), message);
        assertFalse(message.contains("einde van het bestand"), message);
    }

    @Test
    void aMissingValueNamesWhatWasExpected() throws Exception {
        List<Resource.Diagnostic> errors = errors("maatschappelijke agenda A\n  visie\n");
        assertTrue(errors.get(0).getMessage().contains("een tekst tussen aanhalingstekens"), errors.toString());
    }

    @Test
    void anUnclosedTextSaysAQuoteIsMissing() throws Exception {
        List<Resource.Diagnostic> errors = errors("maatschappelijke agenda A\n  visie \"zonder einde\n");
        assertTrue(errors.stream().anyMatch(e -> e.getMessage().contains("aanhalingsteken")), errors.toString());
        assertTrue(errors.stream().allMatch(e -> e.getLine() == 2), errors.toString());
    }

    @Test
    void aKeywordMistypedHalfWayIsNamedNotACharacterExpected() throws Exception {
        List<Resource.Diagnostic> errors = errors("veranderagenda\n  opgave O\n    opdrachtrelatie R\n      gemeente-is-pratner\n");
        assertFalse(errors.isEmpty());
        assertTrue(errors.stream().anyMatch(e -> e.getMessage().contains("bedoeld is het sleutelwoord 'gemeente-is-partner'")),
                errors.toString());
        assertTrue(errors.stream().noneMatch(e -> e.getMessage().contains("verwacht: '")), errors.toString());
        assertEquals(4, errors.get(0).getLine());
    }

    @Test
    void anUnknownKeywordValueIsRejectedOnItsLine() throws Exception {
        List<Resource.Diagnostic> errors = errors("veranderagenda\n  opgave O\n    vraagstuk lastig\n");
        assertFalse(errors.isEmpty());
        assertEquals(3, errors.get(0).getLine());
        assertTrue(errors.get(0).getMessage().contains("lastig"), errors.toString());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "maatschappelijke agenda A proceseigenaar Wethouder                  | onbekende actor 'Wethouder'",
            "veranderagenda opgave O coalitie in netwerk \"Netwerk X\"            | onbekend netwerk 'Netwerk X'",
            "veranderagenda opgave O volgt uit Geluk                            | onbekend effect 'Geluk'",
            "uitvoeringsagenda U voor opgave Elders                             | onbekende opgave 'Elders'" })
    void anUnknownNameSaysWhatKindOfThingIsMissing(String text, String message) throws Exception {
        List<Resource.Diagnostic> errors = errors(text + "\n");
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).getMessage().startsWith(message), errors.get(0).getMessage());
        assertEquals(1, errors.get(0).getLine());
    }
}
