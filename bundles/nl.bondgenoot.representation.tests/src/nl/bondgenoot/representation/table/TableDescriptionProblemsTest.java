package nl.bondgenoot.representation.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.bondgenoot.representation.DescriptionException;
import nl.bondgenoot.representation.DescriptionProblem;
import nl.bondgenoot.representation.RepresentationReader;

/**
 * A broken table description (the weergave format with "soort": "tabel") says, in Dutch, what is
 * wrong and on which line: each kind of mistake a tool builder makes, in a small description whose
 * line 3 or 5 holds the mistake.
 */
class TableDescriptionProblemsTest {

    private static final String HEAD = "{ \"formaat\": \"bondgenoot-weergave\", \"versie\": 1,\n"
            + "  \"id\": \"t\", \"naam\": \"T\", \"soort\": \"tabel\", \"elementen\": \"sturingsrelaties\",\n";

    /** A description of sturingsrelaties with line 3 as given and one good column. */
    private static String withLine3(String line3) {
        return HEAD + line3 + "\n  \"kolommen\": [ { \"kop\": \"Soort\", \"tekst\": \"soort\" } ]\n}\n";
    }

    private static String withColumn(String column) {
        return HEAD + "  \"klasse\": \"Sturingsrelatie\",\n  \"kolommen\": [\n" + column + "\n  ]\n}\n";
    }

    private static List<String> problems(String text) {
        DescriptionException e = assertThrows(DescriptionException.class, () -> RepresentationReader.readTable(text, "kapot.weergave.json"));
        return e.problems().stream().map(DescriptionProblem::toString).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "  \"klasse\": \"Sturingsrelatiex\",|kapot.weergave.json:3: de beschrijving: het metamodel kent geen klasse 'Sturingsrelatiex'; bedoelde u Sturingsrelatie?",
        "  \"klasse\": \"Sturingsrelatie\", \"knopen\": [],|kapot.weergave.json:3: de beschrijving: onbekende eigenschap 'knopen'; bekend zijn: als, elementen, formaat, id, klasse, kolommen, naam, omschrijving, soort, versie",
        "  \"klasse\": \"Sturingsrelatie\", \"kolomen\": [],|kapot.weergave.json:3: de beschrijving: onbekende eigenschap 'kolomen'; bedoelde u kolommen?",
        "  \"klasse\": \"Actor\",|kapot.weergave.json:2: de beschrijving: 'elementen' geeft een lijst van Sturingsrelatie, geen Actor",
        "  \"klasse\": \"Sturingsrelatie\", \"als\": \"fse == 'uitvoering'\",|kapot.weergave.json:3: de beschrijving: 'als', kolom 1: 'fse' is geen eigenschap van Sturingsrelatie; bedoelde u fase?",
        "  \"klasse\": \"Sturingsrelatie\" ,,|kapot.weergave.json:3: geen geldige JSON (kijk op deze regel of kort ervoor naar komma's, aanhalingstekens en haakjes)",
    })
    void aMistakeInTheTableIsSaidWithItsLine(String line3, String expected) {
        assertEquals(expected, problems(withLine3(line3)).get(0), problems(withLine3(line3)).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "    { \"kop\": \"Soort\", \"tekst\": \"sort\" }|kapot.weergave.json:5: kolom: 'tekst', kolom 1: 'sort' is geen eigenschap van Sturingsrelatie; bedoelde u soort?",
        "    { \"kop\": \"Van\", \"tekst\": \"van.nam\" }|kapot.weergave.json:5: kolom: 'tekst', kolom 1: 'nam' is geen eigenschap van Actor; bedoelde u naam?",
        "    { \"kop\": \"Inschrijvers\", \"tekst\": \"inschrijvers\", \"bewerkbaar\": \"inschrijvers\" }|kapot.weergave.json:5: kolom 'Inschrijvers' bewerkt 'inschrijvers', dat meer waarden heeft; een cel zet één waarde (zo'n lijst bewerkt u in Eigenschappen)",
        "    { \"kop\": \"Soort\", \"tekst\": \"soort\", \"bewerkbaar\": \"soortt\" }|kapot.weergave.json:5: kolom 'Soort': 'soortt' is geen eigenschap van Sturingsrelatie; bedoelde u soort?",
        "    { \"kop\": \"Soort\" }|kapot.weergave.json:5: kolom: 'tekst' ontbreekt",
        "    { \"kop\": \"Soort\", \"tekst\": \"soort\", \"breedte\": 5 }|kapot.weergave.json:5: kolom 'Soort': 'breedte' is een aantal pixels van 20 tot 2000",
        "    { \"kopp\": \"Soort\", \"tekst\": \"soort\" }|kapot.weergave.json:5: kolom: 'kop' ontbreekt",
    })
    void aMistakeInAColumnIsSaidWithItsLine(String column, String expected) {
        List<String> problems = problems(withColumn(column));
        assertEquals(expected, problems.get(0), problems.toString());
    }

    @Test
    void aContainedElementCannotBeSetInACell() {
        String text = "{ \"formaat\": \"bondgenoot-weergave\", \"versie\": 1, \"id\": \"n\", \"naam\": \"Netwerken\", \"soort\": \"tabel\",\n"
                + "  \"klasse\": \"Netwerk\", \"elementen\": \"netwerken\", \"kolommen\": [\n"
                + "    { \"kop\": \"Regisseur\", \"tekst\": \"regisseur.actor\", \"bewerkbaar\": \"regisseur\" }\n  ]\n}";
        assertEquals(List.of("kapot.weergave.json:3: kolom 'Regisseur' bewerkt 'regisseur', dat een eigen element bevat; een cel zet een waarde of een verwijzing"),
                problems(text));
    }

    @Test
    void everyProblemOfAFileIsSaidAtOnce() {
        String text = HEAD.replace("\"sturingsrelaties\"", "\"sturingsrelatie\"") + "  \"klasse\": \"Sturingsrelatie\",\n"
                + "  \"kolommen\": [\n    { \"kop\": \"A\", \"tekst\": \"fse\" },\n    { \"kop\": \"B\", \"tekst\": \"soort\", \"bewerkbaar\": \"bcfStappen\" }\n  ]\n}";
        assertEquals(List.of(
                "kapot.weergave.json:2: de beschrijving: 'elementen', kolom 1: 'sturingsrelatie' is geen eigenschap van Governancemodel; bedoelde u sturingsrelaties?",
                "kapot.weergave.json:5: kolom: 'tekst', kolom 1: 'fse' is geen eigenschap van Sturingsrelatie; bedoelde u fase?",
                "kapot.weergave.json:6: kolom 'B' bewerkt 'bcfStappen', dat meer waarden heeft; een cel zet één waarde (zo'n lijst bewerkt u in Eigenschappen)"),
                problems(text));
    }

    @Test
    void missingPartsAndAWrongKindAreSaid() {
        assertEquals(List.of("kapot.weergave.json:1: de beschrijving: 'klasse' ontbreekt", "kapot.weergave.json:1: de beschrijving: 'elementen' ontbreekt",
                "kapot.weergave.json:1: een tabel heeft 'kolommen': een lijst met minstens één kolom ([ { \"kop\": ..., \"tekst\": ... } ])"),
                problems("{ \"formaat\": \"bondgenoot-weergave\", \"versie\": 1, \"id\": \"t\", \"naam\": \"T\", \"soort\": \"tabel\" }"));
        assertEquals(List.of("kapot.weergave.json:1: 'soort' is 'kaart' of 'tabel', niet 'tabl'; bedoelde u tabel?"),
                problems("{ \"formaat\": \"bondgenoot-weergave\", \"versie\": 1, \"id\": \"t\", \"naam\": \"T\", \"soort\": \"tabl\" }"));
    }
}
