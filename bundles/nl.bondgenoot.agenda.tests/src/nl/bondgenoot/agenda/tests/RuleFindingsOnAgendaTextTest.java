package nl.bondgenoot.agenda.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

/**
 * Every 4R and AG rule as an advisor meets it in the editor: one change to a clean agenda makes the rule
 * fire, with its id as issue code, its severity, a message naming the element, and the squiggle on the
 * element's name (or first word) on the right line. The clean agenda is the close variant where it does
 * not fire.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(AgendaInjectorProvider.class)
class RuleFindingsOnAgendaTextTest {

    private static final String E = CleanAgendas.ENKELVOUDIG;
    private static final String M = CleanAgendas.MEERVOUDIG;

    @Inject
    private AgendaParser agendas;

    @Inject
    private ValidationTestHelper validation;

    private List<Issue> issues(String text) throws Exception {
        return validation.validate(agendas.parse(text));
    }

    /**
     * A rule that fires after a change: in the changed text the issue is marked on {@code marked}, which is
     * found at the first occurrence of {@code locator}; the message contains {@code named}.
     */
    private static Arguments fires(String rule, Severity severity, String base, UnaryOperator<String> change, String locator,
            String marked, String named) {
        return Arguments.of(rule, severity, base, change, locator, marked, named);
    }

    private static UnaryOperator<String> replace(String from, String to) {
        return text -> {
            assertTrue(text.contains(from), "the clean agenda has no '" + from + "'");
            return text.replace(from, to);
        };
    }

    private static UnaryOperator<String> replace(String from, String to, String from2, String to2) {
        return text -> replace(from2, to2).apply(replace(from, to).apply(text));
    }

    static Stream<Arguments> rules() {
        String inkoop = "opdrachtrelatie Inkoop";
        String gezinsaanpak = "opdrachtrelatie Gezinsaanpak";
        String opgaveE = "opgave HuishoudelijkeHulp";
        String opgaveM = "opgave Multiprobleemgezinnen";
        String maE = "maatschappelijke agenda \"Huishoudelijke hulp\"";
        String uitvoering = "uitvoeringsagenda Leveren";
        String indicator = "indicator \"aandeel schone huizen\"";
        return Stream.of(
                fires("4R-1", Severity.ERROR, E, replace("ruimte laag\n", ""), inkoop, "Inkoop", "'Inkoop' mist ruimte"),
                fires("4R-1", Severity.ERROR, E, replace("opdrachtrelatie Inkoop", "opdrachtrelatie", "ruimte laag\n", ""),
                        "opdrachtrelatie\n", "opdrachtrelatie", "mist ruimte"),
                fires("4R-2", Severity.WARNING, E, replace("ruimte laag", "ruimte hoog"), inkoop, "Inkoop", "'Inkoop'"),
                fires("4R-3", Severity.WARNING, M, replace("rekenschap hoog", "rekenschap laag"), gezinsaanpak, "Gezinsaanpak",
                        "'Gezinsaanpak'"),
                fires("4R-4", Severity.WARNING, E, replace("resultaat product", "resultaat maatschappelijk-effect"), inkoop,
                        "Inkoop", "'Inkoop'"),
                fires("4R-5", Severity.WARNING, M, replace("resultaat maatschappelijk-effect", "resultaat product"),
                        gezinsaanpak, "Gezinsaanpak", "'Gezinsaanpak'"),
                fires("4R-6", Severity.ERROR, E, replace("aard en omvang \"een aantal uren hulp per huishouden\"", ""),
                        opgaveE, "HuishoudelijkeHulp", "'HuishoudelijkeHulp'"),
                fires("4R-7", Severity.WARNING, M, replace("kapitaalgoed expertise", "kapitaalgoed geld"), opgaveM,
                        "Multiprobleemgezinnen", "'Multiprobleemgezinnen'"),
                fires("4R-8", Severity.WARNING, E, replace("kapitaalgoed geld van Gemeente", "kapitaalgoed geld"), opgaveE,
                        "HuishoudelijkeHulp", "'HuishoudelijkeHulp'"),
                fires("4R-9", Severity.INFO, E, replace("instellingstrategie volgend", "instellingstrategie reactief"), inkoop,
                        "Inkoop", "'Inkoop'"),
                fires("4R-10", Severity.WARNING, M, replace("gemeente-is-partner\n", ""), gezinsaanpak, "Gezinsaanpak",
                        "'Gezinsaanpak'"),
                fires("4R-11", Severity.WARNING, E, replace("aantallen, prijzen, kwaliteit", "aantallen, prijzen"), inkoop,
                        "Inkoop", "'Inkoop'"),
                fires("4R-12", Severity.WARNING, M, replace("totaalbudget, effect", "totaalbudget, effect, prijzen"),
                        gezinsaanpak, "Gezinsaanpak", "'Gezinsaanpak'"),
                fires("4R-13", Severity.INFO, M, replace("via-maatschappelijk-effect", "tussenvorm"), gezinsaanpak,
                        "Gezinsaanpak", "'Gezinsaanpak'"),
                fires("4R-14", Severity.WARNING, M, replace("effect toetsingskader MinderOverlast", "effect"), gezinsaanpak,
                        "Gezinsaanpak", "'Gezinsaanpak'"),
                fires("AG-1", Severity.WARNING, E, text -> text.substring(0, text.indexOf("uitvoeringsagenda Leveren")),
                        "maatschappelijke", "maatschappelijke", "heeft geen uitvoeringsagenda"),
                fires("AG-1", Severity.WARNING, E, text -> text.substring(0, text.indexOf("veranderagenda")) + "veranderagenda\n"
                        + text.substring(text.indexOf("uitvoeringsagenda Leveren")).replace("voor opgave HuishoudelijkeHulp\n", ""),
                        "veranderagenda\n", "veranderagenda", "is leeg: geen opgaven"),
                fires("AG-2", Severity.WARNING, E, replace("opgesteld met \"Thuiszorgaanbieder A\", \"Wmo-raad\"",
                        "opgesteld met Gemeenteraad"), maE, "\"Huishoudelijke hulp\"", "'Huishoudelijke hulp'"),
                fires("AG-3", Severity.WARNING, E, replace("voor opgave HuishoudelijkeHulp\n", ""), uitvoering, "Leveren",
                        "'Leveren' stapt direct van"),
                fires("AG-4", Severity.INFO, E, replace("terugkoppeling naar maatschappelijke-agenda, veranderagenda\n", "",
                        "  terugmelding \"geleverde uren en de meting\" aan Gemeente wanneer \"jaarlijks\"\n", ""),
                        uitvoering, "Leveren", "'Leveren'"),
                fires("AG-5", Severity.WARNING, M, replace("soort outcome nulmeting 120", "soort prestatie nulmeting 120"),
                        "effect MinderOverlast", "MinderOverlast", "'MinderOverlast' wordt alleen gemeten met producttellingen"),
                fires("AG-6", Severity.WARNING, E, replace("volgt uit SchoonHuis\n", ""), opgaveE, "HuishoudelijkeHulp",
                        "'HuishoudelijkeHulp'"),
                fires("AG-7", Severity.WARNING, E, replace(" toegevoegde waarde \"levert hulp\"", ""), opgaveE,
                        "HuishoudelijkeHulp", "'Thuiszorgaanbieder A'"),
                fires("AG-8", Severity.WARNING, E, replace("kosten \"het inkoopbudget\"\n", ""), uitvoering, "Leveren",
                        "'Leveren' noemt geen kosten"),
                fires("AG-9", Severity.WARNING, E, replace("proceseigenaar Gemeente\n", ""), maE, "\"Huishoudelijke hulp\"",
                        "'Huishoudelijke hulp'"),
                fires("AG-10", Severity.WARNING, E, replace("nulmeting 82% ", ""), indicator, "\"aandeel schone huizen\"",
                        "'aandeel schone huizen'"),
                fires("AG-11", Severity.WARNING, E, replace("soort prestatie", "soort outcome"), maE, "\"Huishoudelijke hulp\"",
                        "'Huishoudelijke hulp' heeft outcomedoelen maar geen outputdoelen"),
                fires("AG-12", Severity.INFO, E, replace("soort outcome nulmeting 82%", "soort klanttevredenheid nulmeting 82%",
                        "soort prestatie", "soort klanttevredenheid"), "effect SchoonHuis", "SchoonHuis", "'SchoonHuis'"),
                fires("AG-13", Severity.INFO, E, replace("doel 95%", "doel 95% smart"), indicator, "\"aandeel schone huizen\"",
                        "'aandeel schone huizen'"),
                fires("AG-14", Severity.INFO, M, replace(" aan Gemeente, Gemeenteraad", ""), "terugmelding",
                        "terugmelding", "'de ervaringen met de plannen' van Uitvoeringsagenda 'Gezinsaanpak2026' zegt niet aan wie"));
    }

    @Test
    void theTwoCleanAgendasHaveNoFindingsAtAll() throws Exception {
        assertEquals(List.of(), issues(E));
        assertEquals(List.of(), issues(M));
    }

    @ParameterizedTest(name = "{0}: {6}")
    @MethodSource("rules")
    void aRuleFiresOnTheElementItIsAboutAndNotOnTheCleanAgenda(String rule, Severity severity, String base,
            UnaryOperator<String> change, String locator, String marked, String named) throws Exception {
        assertTrue(issues(base).stream().noneMatch(i -> rule.equals(i.getCode())), rule + " fires on the clean agenda");

        String text = change.apply(base);
        List<Issue> found = issues(text).stream().filter(i -> rule.equals(i.getCode())).toList();
        assertEquals(1, found.size(), rule + " should fire once: " + found);
        Issue issue = found.get(0);
        assertEquals(severity, issue.getSeverity(), issue.toString());
        assertTrue(issue.getMessage().contains(named), issue.getMessage());

        int at = text.indexOf(locator);
        assertTrue(at >= 0, "no '" + locator + "' in\n" + text);
        int offset = at + locator.indexOf(marked);
        assertEquals(marked, text.substring(issue.getOffset(), issue.getOffset() + issue.getLength()), issue.toString());
        assertEquals(offset, issue.getOffset().intValue());
        assertEquals(text.substring(0, offset).split("\n", -1).length, issue.getLineNumber().intValue());
    }
}
