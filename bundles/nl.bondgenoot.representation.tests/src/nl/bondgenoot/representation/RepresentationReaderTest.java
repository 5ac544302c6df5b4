package nl.bondgenoot.representation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.bondgenoot.representation.description.Representation;

/** Every kind of mistake in a description is reported as file:line: message in Dutch, all of them at once. */
class RepresentationReaderTest {

    /** A small valid description; each test breaks one line of it. */
    private static final String VALID = """
            {
              "formaat": "bondgenoot-weergave",
              "versie": 1,
              "id": "proef",
              "naam": "Proef",
              "kleuren": { "blauw": "#1f5fbf" },
              "tekststijlen": { "naam": { "grootte": 14, "gewicht": 600 } },
              "knopen": [
                {
                  "id": "actor",
                  "klasse": "Actor",
                  "elementen": "actoren",
                  "vorm": "afgerond",
                  "vulling": "#ffffff",
                  "rand": "blauw",
                  "labels": [ { "tekst": "naam + ' (' + soortLabel + ')'", "stijl": "naam" } ],
                  "stijlen": [ { "als": "categorie == 'overheid'", "vorm": "rechthoek", "legenda": "Overheid" } ],
                  "legenda": "Actoren"
                }
              ],
              "lijnen": [
                { "id": "relatie", "klasse": "Sturingsrelatie", "elementen": "sturingsrelaties", "bron": "van", "doel": "naar",
                  "kleur": "blauw", "pijl": "driehoek" }
              ],
              "lagen": [ { "id": "relaties", "naam": "Relaties", "toepassenOp": ["relatie"], "als": "familie == 'financieel'" } ]
            }
            """;

    @Test
    void readsAValidDescription() throws Exception {
        Representation representation = RepresentationReader.read(VALID, "proef.weergave.json");
        assertEquals("proef", representation.id());
        assertEquals("#1f5fbf", representation.knopen().get(0).stijl().rand(), "a named colour is resolved");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"klasse\": \"Actor\"|\"klasse\": \"Actr\"|11|het metamodel kent geen klasse 'Actr'; bedoelde u Actor?",
            "\"elementen\": \"actoren\"|\"elementen\": \"netwerken\"|12|'elementen' geeft een lijst van Netwerk, geen Actor",
            "\"vorm\": \"afgerond\"|\"vorm\": \"rond\"|13|'vorm' is een van rechthoek, afgerond",
            "\"vulling\": \"#ffffff\"|\"vulling\": \"wit\"|14|'vulling' is geen kleur: 'wit'",
            "\"rand\": \"blauw\"|\"rand\": \"bluaw\"|15|bedoelde u blauw?",
            "naam + ' (' + soortLabel + ')'|naam + ' (' + soortLabl + ')'|16|'tekst', kolom 15: 'soortLabl' is geen eigenschap van Actor; bedoelde u soortLabel?",
            "categorie == 'overheid'|categorie == 'overhied'|17|'overhied' is geen waarde van categorie (ActorCategorie); bedoelde u overheid?",
            "categorie == 'overheid'|categorie = 'overheid'|17|kolom 11: '=' vergelijkt niet; schrijf '=='",
            "\"stijl\": \"naam\"|\"stijl\": \"titel\"|16|er is geen tekststijl 'titel'",
            "\"bron\": \"van\"|\"bron\": \"vanaf\"|22|'bron': 'vanaf' is geen enkelvoudige verwijzing van Sturingsrelatie; bedoelde u van?",
            "\"toepassenOp\": [\"relatie\"]|\"toepassenOp\": [\"relaties\"]|25|er is geen knoop of lijn met id 'relaties'; bedoelde u relatie?",
            "\"legenda\": \"Actoren\"|\"legende\": \"Actoren\"|18|onbekende eigenschap 'legende'; bedoelde u legenda?",
            "\"versie\": 1,|\"versie\": 1,,|3|geen geldige JSON" })
    void reportsEachMistakeWithItsLineAndADutchMessage(String valid, String broken, int line, String message) {
        DescriptionProblemsAssert.assertReported(VALID, valid, broken, line, message);
    }

    @Test
    void aDescriptionDrawsModelFilesUnlessItNamesTheKindsOfFileItDraws() throws Exception {
        Representation models = RepresentationReader.read(VALID, "proef.weergave.json");
        assertTrue(models.appliesTo("kern.bondgenoot"));
        assertFalse(models.appliesTo("zelfredzaam.agenda"));
        assertNull(models.richting(), "no direction: the layout chooses");
        Representation agendas = RepresentationReader.read(VALID.replace("\"naam\": \"Proef\",",
                "\"naam\": \"Proef\", \"bestandssoorten\": [\"agenda\"], \"indeling\": { \"richting\": \"rechts\" },"), "proef.weergave.json");
        assertTrue(agendas.appliesTo("zelfredzaam.agenda"));
        assertFalse(agendas.appliesTo("kern.bondgenoot"));
        assertEquals("rechts", agendas.richting());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"bestandssoorten\": [\"agnda\"]|'bestandssoorten' noemt bondgenoot of agenda, niet 'agnda'; bedoelde u agenda?",
            "\"bestandssoorten\": []|'bestandssoorten' noemt minstens één soort bestand: bondgenoot of agenda",
            "\"indeling\": { \"richting\": \"links\" }|'richting' is een van omlaag, rechts; niet 'links'",
            "\"indeling\": { \"algoritme\": \"stress\" }|onbekende eigenschap 'algoritme'" })
    void reportsAnUnknownKindOfFileOrDirectionWithItsLine(String added, String message) {
        DescriptionException e = assertThrows(DescriptionException.class, () -> RepresentationReader.read(
                VALID.replace("\"naam\": \"Proef\",", "\"naam\": \"Proef\", " + added + ","), "proef.weergave.json"));
        List<String> problems = e.problems().stream().map(DescriptionProblem::toString).toList();
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("proef.weergave.json:5: ") && p.contains(message)),
                "expected line 5 with '" + message + "', got " + problems);
    }

    @Test
    void reportsEveryProblemAtOnce() {
        String broken = VALID.replace("\"Akteur\"", "").replace("\"klasse\": \"Sturingsrelatie\"", "\"klasse\": \"Relatie\"")
                .replace("\"vulling\": \"#ffffff\"", "\"vulling\": \"wit\"");
        DescriptionException e = assertThrows(DescriptionException.class, () -> RepresentationReader.read(broken, "p"));
        assertEquals(2, e.problems().size(), e.getMessage());
    }

    @Test
    void anEmptyFileSaysSo() {
        DescriptionException e = assertThrows(DescriptionException.class, () -> RepresentationReader.read("", "leeg.weergave.json"));
        assertEquals("leeg.weergave.json:1: het bestand is leeg", e.problems().get(0).toString());
    }
}
