package nl.bondgenoot.agenda.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.MaatschappelijkeAgenda;
import nl.bondgenoot.model.Opdrachtrelatie;
import nl.bondgenoot.model.Opgave;

/**
 * The freedoms of the surface syntax: every enumeration value the grammar lists, names as a word or
 * quoted, values as 62, 62%, 7,5 or text, and the properties of an element in any order.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(AgendaInjectorProvider.class)
class AgendaSyntaxVariantsTest {

    @Inject
    private AgendaParser agendas;

    // --- every enumeration value of the grammar ---

    private static Opgave opgave(Governancemodel m) {
        return m.getVeranderagenda().getOpgaven().get(0);
    }

    private static Opdrachtrelatie relatie(Governancemodel m) {
        return opgave(m).getOpdrachtrelaties().get(0);
    }

    /** Per enumeration rule of the grammar: a text with the value at %s, and where it ends up. */
    private static final Map<String, Context> CONTEXTS = Map.ofEntries(
            Map.entry("Gebiedsniveau", new Context("maatschappelijke agenda A niveau %s", m -> m.getMaatschappelijkeAgenda().getNiveau())),
            Map.entry("Domeinafbakening", new Context("maatschappelijke agenda A domeinafbakening %s",
                    m -> m.getMaatschappelijkeAgenda().getDomeinafbakening())),
            Map.entry("Doelsoort", new Context("maatschappelijke agenda A effect E soort %s",
                    m -> m.getMaatschappelijkeAgenda().getEffecten().get(0).getSoort())),
            Map.entry("IndicatorSoort", new Context("maatschappelijke agenda A effect E indicator I soort %s",
                    m -> m.getMaatschappelijkeAgenda().getEffecten().get(0).getIndicatoren().get(0).getSoort())),
            Map.entry("OpgaveSoort", new Context("veranderagenda opgave O soort %s", m -> opgave(m).getSoort())),
            Map.entry("Vraagstuk", new Context("veranderagenda opgave O vraagstuk %s", m -> opgave(m).getVraagstuk())),
            Map.entry("Probleemstatus", new Context("veranderagenda opgave O probleem %s", m -> opgave(m).getProbleem())),
            Map.entry("LokaleOpgave", new Context("veranderagenda opgave O transformatie %s",
                    m -> opgave(m).getTransformatieaspecten().get(0))),
            Map.entry("Baken", new Context("veranderagenda opgave O bakens %s", m -> opgave(m).getBakens().get(0))),
            Map.entry("KapitaalgoedSoort", new Context("veranderagenda opgave O kapitaalgoed %s",
                    m -> opgave(m).getKapitaalgoederen().get(0).getSoort())),
            Map.entry("Opdrachtvorm", new Context("veranderagenda opgave O opdrachtrelatie opdrachtvorm %s",
                    m -> relatie(m).getOpdrachtvorm())),
            Map.entry("Gemeentemodel", new Context("veranderagenda opgave O opdrachtrelatie gemeentemodel %s",
                    m -> relatie(m).getGemeentemodel())),
            Map.entry("Instellingstrategie", new Context("veranderagenda opgave O opdrachtrelatie instellingstrategie %s",
                    m -> relatie(m).getInstellingstrategie())),
            Map.entry("Afspraakinhoud", new Context("veranderagenda opgave O opdrachtrelatie afspraken over %s",
                    m -> relatie(m).getAfspraken().get(0))),
            Map.entry("Niveau", new Context("veranderagenda opgave O opdrachtrelatie ruimte %s",
                    m -> relatie(m).getRuimte().getNiveau())),
            Map.entry("ResultaatSoort", new Context("veranderagenda opgave O opdrachtrelatie resultaat %s",
                    m -> relatie(m).getResultaat().getSoort())),
            Map.entry("RekenschapSoort", new Context("veranderagenda opgave O opdrachtrelatie rekenschap %s",
                    m -> relatie(m).getRekenschap().getSoort())),
            Map.entry("Terugkoppeling", new Context("uitvoeringsagenda U terugkoppeling naar %s",
                    m -> m.getUitvoeringsagendas().get(0).getTerugkoppeling().get(0))),
            Map.entry("Burgerparticipatie", new Context("veranderagenda opgave O participatie %s",
                    m -> opgave(m).getParticipatie().get(0).getNiveau())),
            Map.entry("Beleidsfase", new Context("uitvoeringsagenda U participatie fase %s",
                    m -> m.getUitvoeringsagendas().get(0).getParticipatie().get(0).getFase())));

    private record Context(String template, Function<Governancemodel, Object> value) {
    }

    /** Every literal of every enumeration rule, read from the grammar itself: a new value is tested too. */
    static Stream<Arguments> enumerationValues() {
        IGrammarAccess grammar = new AgendaInjectorProvider().getInjector().getInstance(IGrammarAccess.class);
        List<Arguments> values = new ArrayList<>();
        for (EnumRule rule : GrammarUtil.allEnumRules(grammar.getGrammar())) {
            for (EnumLiteralDeclaration literal : EcoreUtil2.getAllContentsOfType(rule, EnumLiteralDeclaration.class)) {
                values.add(Arguments.of(rule.getName(), literal.getLiteral().getValue(), literal.getEnumLiteral().getName()));
            }
        }
        return values.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("enumerationValues")
    void everyEnumerationValueOfTheGrammarReachesTheModel(String rule, String keyword, String literal) throws Exception {
        Context context = CONTEXTS.get(rule);
        assertNotNull(context, "no test context for the enumeration rule " + rule + "; add one to CONTEXTS");
        Object value = context.value().apply(agendas.parse(context.template().formatted(keyword) + "\n"));
        assertEquals(literal, ((Enumerator) value).getName());
    }

    @Test
    void everyEnumerationOfTheGrammarHasATestContext() {
        assertEquals(CONTEXTS.keySet().size(), enumerationValues().map(a -> a.get()[0]).distinct().count());
    }

    // --- names ---

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "Gezinnen                       | Gezinnen",
            "\"Gezinnen\"                   | Gezinnen",
            "'Gezinnen'                     | Gezinnen",
            "\"Eén gezin, één plan\"        | Eén gezin, één plan",
            "\"effect\"                     | effect",
            "^effect                        | effect",
            "Opgave_2                       | Opgave_2",
            "\"zeg \\\"ja\\\"\"             | zeg \"ja\"" })
    void aNameIsAWordOrAQuotedText(String written, String naam) throws Exception {
        assertEquals(naam, opgave(agendas.parse("veranderagenda opgave " + written + "\n")).getNaam());
    }

    @Test
    void anActorIsTheSameWhetherNamedAsAWordOrQuoted() throws Exception {
        MaatschappelijkeAgenda ma = agendas.parse("maatschappelijke agenda A proceseigenaar MEE vastgesteld door \"MEE\"\n")
                .getMaatschappelijkeAgenda();
        assertSame(ma.getProcesEigenaar(), ma.getVastgesteldDoor());
        assertEquals("MEE", ma.getProcesEigenaar().getNaam());
    }

    // --- values ---

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "62              | 62",
            "62%             | 62%",
            "7,5             | 7,5",
            "7,5%            | 7,5%",
            "\"3 op de 10\"  | 3 op de 10",
            "62 %            | 62%",
            "7 , 5           | 7,5",
            "0               | 0" })
    void aValueIsANumberAPercentageADecimalOrAText(String written, String value) throws Exception {
        var indicator = agendas.parse("maatschappelijke agenda A effect E indicator I nulmeting " + written
                + " doel " + written + "\n").getMaatschappelijkeAgenda().getEffecten().get(0).getIndicatoren().get(0);
        assertEquals(value, indicator.getNulmeting());
        assertEquals(value, indicator.getStreefwaarde());
    }

    // --- properties in any order ---

    private static final List<Block> BLOCKS = List.of(
            new Block("maatschappelijke agenda A\n", List.of("niveau wijk", "domeinafbakening smal", "proceseigenaar Gemeente",
                    "vastgesteld door Gemeenteraad", "opgesteld met MEE, Inwoners", "visie \"v\""), "effect E\n"),
            new Block("maatschappelijke agenda A\neffect E \"b\"\n", List.of("soort outcome", "gebiedsniveau dorp",
                    "doelgroep \"d\""), "indicator I\n"),
            new Block("maatschappelijke agenda A\neffect E\nindicator I\n", List.of("soort output", "nulmeting 1",
                    "doel 2,5%", "smart", "netwerkdoel \"n\""), ""),
            new Block("maatschappelijke agenda A effect E\nveranderagenda\nopgave O \"b\"\n", List.of("soort inhoudelijk",
                    "vraagstuk enkelvoudig", "aard en omvang \"a\"", "domeinoverschrijdend", "probleem duidelijk",
                    "krachtenveld \"k\"", "volgt uit E", "transformatie nieuw-aanbod", "bakens direct-erop-af"),
                    "kapitaalgoed geld van Gemeente\n"),
            new Block("maatschappelijke agenda A effect E\nveranderagenda opgave O\nopdrachtrelatie R\n", List.of(
                    "opdrachtgever Gemeente", "opdrachtnemer MEE, Wijkteam", "opdrachtvorm via-bestek",
                    "gemeentemodel interventiemodel", "instellingstrategie volgend", "gemeente-is-partner",
                    "afspraken over aantallen, prijzen", "richting hoog \"r\"", "ruimte laag", "resultaat product",
                    "rekenschap laag prestatie toetsingskader E", "rendement \"x\""), ""),
            new Block("maatschappelijke agenda A effect E\nveranderagenda opgave O\nuitvoeringsagenda U \"b\"\n", List.of(
                    "voor opgave O", "effect E", "activiteiten \"a\", \"b\"", "aanbod \"x\"", "kosten \"k\"",
                    "competenties \"c\"", "effectcheck \"e\"", "verantwoordelijk MEE", "terugkoppeling naar veranderagenda"),
                    ""));

    private record Block(String header, List<String> properties, String trailer) {
        String text(List<String> order) {
            return header + String.join("\n", order) + "\n" + trailer;
        }
    }

    static Stream<Integer> blocks() {
        return Stream.iterate(0, i -> i + 1).limit(BLOCKS.size());
    }

    @ParameterizedTest(name = "block {0}")
    @MethodSource("blocks")
    void thePropertiesOfAnElementMayComeInAnyOrder(int index) throws Exception {
        Block block = BLOCKS.get(index);
        Governancemodel written = agendas.parse(block.text(block.properties()));
        Random random = new Random(4711 + index);
        List<String> order = new ArrayList<>(block.properties());
        for (int round = 0; round < 12; round++) {
            Collections.shuffle(order, random);
            Governancemodel shuffled = agendas.parse(block.text(order));
            assertTrue(EcoreUtil.equals(written, shuffled), "order " + order + " gives another model");
        }
        Collections.reverse(order);
        assertTrue(EcoreUtil.equals(written, agendas.parse(block.text(order))), "reversed order gives another model");
    }
}
