package nl.bondgenoot.agenda.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;
import com.google.inject.Provider;

import nl.bondgenoot.model.Governancemodel;

/**
 * The formatter lays an agenda out the one way (two spaces per level, one property per line but an
 * indicator's measurements on its own line, blank lines before agendas; before an effect or opgave the
 * author's choice once it has a line of its own), keeps comments where the author put them and aligned
 * ones aligned, joins no line past the width, leaves every example agenda as it is, and never changes
 * what the text means.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(AgendaInjectorProvider.class)
class AgendaFormatterTest {

    /** Written by an advisor in a hurry: everything on few lines, odd spaces, tabs, a comment. */
    static final String ROMMELIG = """
            maatschappelijke   agenda "Zelfredzaam Zwolle" visie "Inwoners redden zich zo lang mogelijk zelf."   niveau gemeente
            effect Zelfredzaamheid "Meer inwoners zijn zelfredzaam" soort outcome
            \tindicator "aandeel op niveau 3" nulmeting 62%    doel 70% smart
            veranderagenda opgave Gezinnen vraagstuk meervoudig  // de kern van de aanpak
            domeinoverschrijdend volgt uit Zelfredzaamheid
            kapitaalgoed expertise "wijkteams"
            coalitie lid Travers toegevoegde waarde "schuldhulp" lid "De Kern"
            opdrachtrelatie Wijkaanpak opdrachtgever "Gemeente Zwolle" opdrachtnemer Travers ,"De Kern"
            richting laag "gezinnen helpen" ruimte hoog rekenschap hoog effect toetsingskader Zelfredzaamheid
            uitvoeringsagenda Thuis voor opgave Gezinnen activiteiten "huisbezoek","keukentafel" terugkoppeling naar veranderagenda
            """;

    static final String NETJES = """
            maatschappelijke agenda "Zelfredzaam Zwolle"
              visie "Inwoners redden zich zo lang mogelijk zelf."
              niveau gemeente
              effect Zelfredzaamheid "Meer inwoners zijn zelfredzaam"
                soort outcome
                indicator "aandeel op niveau 3" nulmeting 62% doel 70% smart

            veranderagenda
              opgave Gezinnen
                vraagstuk meervoudig  // de kern van de aanpak
                domeinoverschrijdend
                volgt uit Zelfredzaamheid
                kapitaalgoed expertise "wijkteams"
                coalitie
                  lid Travers toegevoegde waarde "schuldhulp"
                  lid "De Kern"
                opdrachtrelatie Wijkaanpak
                  opdrachtgever "Gemeente Zwolle"
                  opdrachtnemer Travers, "De Kern"
                  richting laag "gezinnen helpen"
                  ruimte hoog
                  rekenschap hoog effect toetsingskader Zelfredzaamheid

            uitvoeringsagenda Thuis
              voor opgave Gezinnen
              activiteiten "huisbezoek", "keukentafel"
              terugkoppeling naar veranderagenda
            """;

    @Inject
    private ParseHelper<Governancemodel> parser;

    @Inject
    private Provider<IFormatter2> formatter;

    @Inject
    private Provider<TextRegionAccessBuilder> regionAccess;

    private String format(String text) throws Exception {
        XtextResource resource = (XtextResource) parser.parse(text).eResource();
        assertTrue(resource.getErrors().isEmpty(), () -> "test agenda does not parse: " + resource.getErrors());
        return formatAnyway(resource);
    }

    private String formatAnyway(XtextResource resource) {
        ITextRegionAccess access = regionAccess.get().forNodeModel(resource).create();
        List<ITextReplacement> replacements = formatter.get().format(new FormatterRequest().setTextRegionAccess(access));
        return access.getRewriter().renderToString(replacements);
    }

    @Test
    void aBadlyLaidOutAgendaGetsTheOneLayout() throws Exception {
        assertEquals(NETJES, format(ROMMELIG));
    }

    @Test
    void participationTerugmeldingenAndCarryingNetworksGetOnePropertyPerLine() throws Exception {
        String formatted = format("maatschappelijke agenda Wijk niveau wijk gedragen door \"OK-team\" ,Buurtnetwerk"
                + " participatie adviseren burgergroep \"Wmo-raad\" fase verkenning effect E"
                + " veranderagenda niveau wijk opgave Gezinnen participatie meebeslissen motivering \"m\" rolgrens \"r\""
                + " uitvoeringsagenda Thuis terugkoppeling naar veranderagenda terugmelding \"ervaringen\" aan Raad"
                + " wanneer \"jaarlijks\" terugmelding \"effecten\" participatie coproductie");
        assertEquals("""
                maatschappelijke agenda Wijk
                  niveau wijk
                  gedragen door "OK-team", Buurtnetwerk
                  participatie adviseren
                    burgergroep "Wmo-raad"
                    fase verkenning

                  effect E

                veranderagenda
                  niveau wijk

                  opgave Gezinnen
                    participatie meebeslissen
                      motivering "m"
                      rolgrens "r"

                uitvoeringsagenda Thuis
                  terugkoppeling naar veranderagenda
                  terugmelding "ervaringen"
                    aan Raad
                    wanneer "jaarlijks"
                  terugmelding "effecten"
                  participatie coproductie
                """, formatted);
        assertIdempotentAndSameModel(formatted, "agenda with participation and terugmeldingen");
    }

    @Test
    void aHalfWrittenAgendaIsLeftAsItIs() throws Exception {
        String text = "maatschappelijke agenda A   visie\n effect E    soort outcome\n";
        XtextResource resource = (XtextResource) parser.parse(text).eResource();
        assertFalse(resource.getErrors().isEmpty(), "the test text has a syntax error");
        assertEquals(text, formatAnyway(resource));
    }

    /** The example of the README. */
    @Test
    void aVeranderagendaOnOneLineGetsOnePropertyPerLine() throws Exception {
        assertEquals("""
                veranderagenda
                  opgave Gezinnen
                    vraagstuk meervoudig
                    opdrachtrelatie Wijkaanpak
                      opdrachtgever "Gemeente Zwolle"
                      opdrachtnemer Travers, "De Kern"
                      richting laag "gezinnen helpen"
                """, format("veranderagenda opgave Gezinnen vraagstuk meervoudig opdrachtrelatie Wijkaanpak"
                + " opdrachtgever \"Gemeente Zwolle\" opdrachtnemer Travers ,\"De Kern\" richting laag \"gezinnen helpen\""));
    }

    @Test
    void commentsOnTheirOwnLineStayAndAreIndented() throws Exception {
        String formatted = format("""
                // Agenda van de wijk, concept
                maatschappelijke agenda A
                // wie is eigenaar? nog afspreken
                visie "v"
                /* effecten volgen
                   na de raadsvergadering */
                effect E
                """);
        assertTrue(formatted.startsWith("// Agenda van de wijk, concept\nmaatschappelijke agenda A\n"), formatted);
        assertTrue(formatted.contains("\n  // wie is eigenaar? nog afspreken\n"), formatted);
        assertTrue(formatted.contains("/* effecten volgen"), formatted);
        assertTrue(formatted.contains("  visie \"v\"\n"), formatted);
        assertTrue(formatted.contains("  effect E\n"), formatted);
        assertEquals(formatted, format(formatted), "idempotent with comments");
    }

    @Test
    void formattingIsIdempotentAndKeepsTheModelOnOwnAgendas() throws Exception {
        for (String text : List.of(ROMMELIG, NETJES)) {
            assertIdempotentAndSameModel(text, "test agenda");
        }
    }

    @Test
    void theSkeletonExampleIsAlreadyInTheOneLayout() throws Exception {
        String text = Files.readString(AgendaTexts.root().resolve("examples/skelet/zelfredzaam.agenda"));
        assertEquals(text, format(text));
    }

    static List<Path> exampleAgendas() throws Exception {
        return AgendaTexts.exampleAgendas();
    }

    @Test
    void thereAreExampleAgendas() throws Exception {
        assertFalse(exampleAgendas().isEmpty(), "no *.agenda under " + AgendaTexts.root().resolve("examples"));
    }

    /** The shipped examples are laid out by hand, with aligned source notes: formatting changes nothing. */
    @ParameterizedTest
    @MethodSource("exampleAgendas")
    void formattingLeavesEveryExampleUnchanged(Path example) throws Exception {
        String text = Files.readString(example);
        assertEquals(text, format(text), "formatting changed " + example);
    }

    @Test
    void alignedEndOfLineCommentsStayAlignedWhenTheLinesMove() throws Exception {
        String formatted = format("""
                maatschappelijke agenda A
                niveau gemeente           // INF: de gemeente
                domeinafbakening smal     // S0:1007-1009
                visie "v"   // los
                """);
        assertEquals("""
                maatschappelijke agenda A
                  niveau gemeente         // INF: de gemeente
                  domeinafbakening smal   // S0:1007-1009
                  visie "v"   // los
                """, formatted, "the aligned comments keep their column, the single one its spacing");
        assertEquals(formatted, format(formatted));
    }

    @Test
    void linesTheAuthorBrokeAreJoinedOnlyWithinTheWidth() throws Exception {
        String text = """
                maatschappelijke agenda A
                  opgesteld met "Thuiszorgaanbieder A", "Thuiszorgaanbieder B", "Wmo-raad", "Cliëntenraad",
                    "Huisartsen", "Woningcorporatie"
                  visie "v"
                """;
        String formatted = format(text);
        assertEquals(text, formatted, "een samengevoegde regel zou breder worden dan 100 tekens");
        assertEquals("""
                maatschappelijke agenda A
                  opgesteld met "A", "B"
                  visie "v"
                """, format("maatschappelijke agenda A\n  opgesteld met \"A\",\n  \"B\"\n  visie \"v\"\n"));
    }

    @ParameterizedTest
    @MethodSource("exampleAgendas")
    void formattingIsIdempotentAndKeepsTheModelOnEveryExample(Path example) throws Exception {
        assertIdempotentAndSameModel(Files.readString(example), example.toString());
    }

    private void assertIdempotentAndSameModel(String text, String what) throws Exception {
        String once = format(text);
        assertEquals(once, format(once), "format(format(x)) == format(x) for " + what);
        Governancemodel before = parser.parse(text);
        Governancemodel after = parser.parse(once);
        assertTrue(after.eResource().getErrors().isEmpty(), () -> what + " formatted does not parse: " + once);
        assertTrue(AgendaTexts.sameModel(before, after), () -> "formatting changed the model of " + what + ":\n" + once);
    }
}
