package nl.bondgenoot.representation.table;

import nl.bondgenoot.representation.DescriptionException;
import nl.bondgenoot.representation.DescriptionProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A broken description says, in Dutch, what is wrong and on which line: each kind of mistake a tool
 * builder makes, in a small description whose line 3 holds the mistake.
 */
class TableDescriptionProblemsTest {

    private static final String HEAD = "{\n  \"id\": \"t\", \"naam\": \"T\", \"rijen\": \"sturingsrelaties\",\n";

    /** A description of sturingsrelaties with line 3 as given and one good column. */
    private static String withLine3(String line3) {
        return HEAD + line3 + "\n  \"kolommen\": [ { \"kop\": \"Soort\", \"toont\": \"soort\" } ]\n}\n";
    }

    private static String withColumn(String column) {
        return HEAD + "  \"klasse\": \"Sturingsrelatie\",\n  \"kolommen\": [\n" + column + "\n  ]\n}\n";
    }

    private static List<String> problems(String text) {
        DescriptionException e = assertThrows(DescriptionException.class,
                () -> TableDescriptionReader.read("kapot.tabel.json", new StringReader(text)));
        return e.problems().stream().map(DescriptionProblem::toString).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "  \"klasse\": \"Sturingsrelatiex\",|kapot.tabel.json:3: onbekende klasse 'Sturingsrelatiex' in het metamodel; bedoelde u Sturingsrelatie?",
        "  \"klasse\": \"Sturingsrelatie\", \"kleur\": \"rood\",|kapot.tabel.json:3: onbekende sleutel 'kleur' van een tabel",
        "  \"klasse\": \"Sturingsrelatie\", \"nam\": \"T\",|kapot.tabel.json:3: onbekende sleutel 'nam' van een tabel; bedoelde u naam?",
        "  \"klasse\": \"Actor\",|kapot.tabel.json:3: de lijst 'sturingsrelaties' bevat Sturingsrelatie, geen Actor",
        "  \"klasse\": 12,|kapot.tabel.json:3: 'klasse' is een tekst tussen aanhalingstekens, niet leeg",
        "  \"klasse\": \"Sturingsrelatie\" ,,|kapot.tabel.json:3: geen geldige JSON (kijk op deze regel of kort ervoor naar komma's, aanhalingstekens en haakjes)",
        "  \"klasse\": \"Sturingsrelatie\", \"id\": \"u\",|kapot.tabel.json:3: de sleutel 'id' staat twee keer in hetzelfde object",
    })
    void aMistakeInTheTableIsSaidWithItsLine(String line3, String expected) {
        assertEquals(List.of(expected), problems(withLine3(line3)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "    { \"kop\": \"Soort\", \"toont\": \"sort\" }|kapot.tabel.json:5: onbekend kenmerk 'sort' van Sturingsrelatie; bedoelde u soort?",
        "    { \"kop\": \"Van\", \"toont\": \"van.nam\" }|kapot.tabel.json:5: onbekend kenmerk 'nam' van Actor; bedoelde u naam?",
        "    { \"kop\": \"Inschrijvers\", \"toont\": \"inschrijvers.naam\" }|kapot.tabel.json:5: 'inschrijvers.naam': 'inschrijvers' heeft meer waarden; alleen het laatste deel van een pad mag meer waarden hebben",
        "    { \"kop\": \"Soort\", \"toont\": \"soort.naam\" }|kapot.tabel.json:5: 'soort.naam': na 'soort' (een waarde, geen element) kan geen 'naam' volgen",
        "    { \"kop\": \"Inschrijvers\", \"toont\": \"inschrijvers\", \"bewerkt\": \"inschrijvers\" }|kapot.tabel.json:5: kolom 'Inschrijvers' bewerkt 'inschrijvers', dat meer waarden heeft; een cel zet één waarde (zo'n lijst bewerkt u in Eigenschappen)",
        "    { \"kop\": \"Soort\", \"toont\": \"soort\", \"bewerkt\": \"soortt\" }|kapot.tabel.json:5: onbekend kenmerk 'soortt' van Sturingsrelatie; bedoelde u soort?",
        "    { \"kop\": \"Label\", \"afgeleid\": \"etiket\" }|kapot.tabel.json:5: onbekende afgeleide waarde 'etiket'; bekend zijn: netwerken, rollen, sturingsrelatielabel",
        "    { \"kop\": \"Rollen\", \"afgeleid\": \"rollen\" }|kapot.tabel.json:5: de afgeleide waarde 'rollen' is er voor Actor, niet voor Sturingsrelatie",
        "    { \"kop\": \"Label\", \"afgeleid\": \"sturingsrelatielabel\", \"bewerkt\": \"soort\" }|kapot.tabel.json:5: kolom 'Label' toont een afgeleide waarde; die is niet te bewerken",
        "    { \"kop\": \"Soort\" }|kapot.tabel.json:5: kolom 'Soort' noemt niet wat ze toont: geef 'toont' (een kenmerk, zoals \"soort\" of \"van.naam\") of 'afgeleid'",
        "    { \"kop\": \"Soort\", \"toont\": \"soort\", \"breedte\": 5 }|kapot.tabel.json:5: 'breedte' is een geheel aantal pixels van 20 tot 2000",
        "    { \"kopp\": \"Soort\", \"toont\": \"soort\" }|kapot.tabel.json:5: onbekende sleutel 'kopp' van een kolom; bedoelde u kop?",
    })
    void aMistakeInAColumnIsSaidWithItsLine(String column, String expected) {
        List<String> problems = problems(withColumn(column));
        assertEquals(expected, problems.get(0), problems.toString());
    }

    @Test
    void aContainedElementCannotBeSetInACell() {
        String text = "{ \"id\": \"n\", \"naam\": \"Netwerken\", \"klasse\": \"Netwerk\", \"rijen\": \"netwerken\",\n"
                + "  \"kolommen\": [\n    { \"kop\": \"Regisseur\", \"toont\": \"regisseur.actor.naam\", \"bewerkt\": \"regisseur\" }\n  ]\n}";
        assertEquals(List.of("kapot.tabel.json:3: kolom 'Regisseur' bewerkt 'regisseur', dat een eigen element bevat; een cel zet een waarde of een verwijzing"),
                problems(text));
    }

    @Test
    void everyProblemOfAFileIsSaidAtOnce() {
        String text = "{\n  \"id\": \"t\", \"naam\": \"T\", \"rijen\": \"sturingsrelatie\",\n  \"klasse\": \"Sturingsrelatie\",\n"
                + "  \"kolommen\": [\n    { \"kop\": \"A\", \"toont\": \"fse\" },\n    { \"kop\": \"B\", \"toont\": \"soort\", \"bewerkt\": \"bcfStappen\" }\n  ]\n}";
        assertEquals(List.of(
                "kapot.tabel.json:2: 'sturingsrelatie' is geen lijst van elementen van het model; bedoelde u sturingsrelaties?",
                "kapot.tabel.json:5: onbekend kenmerk 'fse' van Sturingsrelatie; bedoelde u fase?",
                "kapot.tabel.json:6: kolom 'B' bewerkt 'bcfStappen', dat meer waarden heeft; een cel zet één waarde (zo'n lijst bewerkt u in Eigenschappen)"),
                problems(text));
    }

    @Test
    void missingPartsAndAnUnfinishedFileAreSaid() {
        assertEquals(List.of("kapot.tabel.json:1: 'naam' ontbreekt", "kapot.tabel.json:1: 'klasse' ontbreekt",
                "kapot.tabel.json:1: 'rijen' ontbreekt", "kapot.tabel.json:1: 'kolommen' ontbreekt: een tabel heeft minstens één kolom"),
                problems("{ \"id\": \"t\" }"));
        assertEquals(List.of("kapot.tabel.json:2: de beschrijving houdt op voordat ze af is (een '}' of ']' te weinig, of een leeg bestand)"),
                problems("{ \"id\": \"t\",\n  \"naam\": \"T\""));
        assertEquals(List.of("kapot.tabel.json:1: een tabelbeschrijving is een JSON-object ({ ... })"), problems("[]"));
    }

    @Test
    void aFileIsNamedByItsPath(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("mijn.tabel.json"), withLine3("  \"klasse\": \"Acteur\","));
        DescriptionException e = assertThrows(DescriptionException.class, () -> TableDescriptionReader.read(file));
        assertEquals(file + ":3: onbekende klasse 'Acteur' in het metamodel; bedoelde u Actor?", e.problems().get(0).toString());
        assertEquals(dir.resolve("weg.json") + ": bestaat niet",
                assertThrows(DescriptionException.class, () -> TableDescriptionReader.read(dir.resolve("weg.json"))).getMessage());
    }
}
