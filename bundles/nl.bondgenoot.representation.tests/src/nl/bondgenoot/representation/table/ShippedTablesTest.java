package nl.bondgenoot.representation.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Sturingsrelatie;
import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.representation.DescriptionException;
import nl.bondgenoot.representation.RepresentationReader;
import nl.bondgenoot.representation.Representations;

/** The tables Bondgenoot ships load from their description files and show the example's values. */
class ShippedTablesTest {

    static Governancemodel kern() throws Exception {
        return ModelFiles.load(Path.of(System.getProperty("bondgenoot.root", "../.."), "examples", "skelet", "kamperpoort-kern.bondgenoot"));
    }

    static TableDescription table(String id) {
        return Representations.builtInTables().stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + id));
    }

    @Test
    void bothShippedTablesLoadFromTheWeergaveFormat() {
        assertEquals(List.of("sturingsrelaties", "actoren"), Representations.builtInTables().stream().map(TableDescription::id).toList());
        assertEquals("representations/sturingsrelaties.weergave.json", table("sturingsrelaties").file());
        assertEquals(List.of("Van", "Naar", "Soort", "Fase", "Doorzettingsmacht", "Label"),
                table("sturingsrelaties").columns().stream().map(TableColumn::header).toList());
        assertEquals(List.of("Naam", "Categorie", "Soort", "Rollen", "Netwerken"),
                table("actoren").columns().stream().map(TableColumn::header).toList());
        assertEquals(List.of(true, true, true, true, true, false),
                table("sturingsrelaties").columns().stream().map(TableColumn::isEditable).toList());
    }

    @Test
    void theSturingsrelatiesTableShowsEachRelationWithTheMapsLabel() throws Exception {
        Governancemodel model = kern();
        TableDescription table = table("sturingsrelaties");
        List<String> first = table.columns().stream().map(c -> c.text(table.rowsOf(model).get(0))).toList();
        assertEquals(List.of("Wmo-raad Zwolle", "Gemeente Zwolle", "advies", "onbekend", "onbekend", "advies"), first);
        Sturingsrelatie relatie = model.getSturingsrelaties().get(1);
        relatie.setFase(nl.bondgenoot.model.Beleidsfase.EVALUATIE);
        relatie.setDoorzettingsmachtHeeft(nl.bondgenoot.model.Doorzettingsmacht.WEL);
        assertEquals(List.of("Gemeente Zwolle", "Inwoners Kamperpoort", "verantwoording", "evaluatie", "wel",
                "verantwoording · evaluatie · doorzettingsmacht: heeft wel"),
                table.columns().stream().map(c -> c.text(relatie)).toList());
        assertEquals(2, table.rowsOf(model).size());
    }

    @Test
    void theActorenTableShowsRolesAndNetworks() throws Exception {
        Governancemodel model = kern();
        TableDescription table = table("actoren");
        Actor gemeente = model.getActoren().get(0);
        assertEquals(List.of("Gemeente Zwolle", "overheid", "gemeente", "regisseur", "OK-team Kamperpoort"),
                table.columns().stream().map(c -> c.text(gemeente)).toList());
        Actor wmoRaad = model.getActoren().get(3);
        assertEquals(List.of("Wmo-raad Zwolle", "vertegenwoordigend orgaan", "Wmo-raad", "", ""),
                table.columns().stream().map(c -> c.text(wmoRaad)).toList());
        assertEquals(5, table.rowsOf(model).size());
    }

    @Test
    void theSchemaNamesExactlyTheColumnKeysTheReaderKnows() throws Exception {
        String column = "{ \"formaat\": \"bondgenoot-weergave\", \"versie\": 1, \"id\": \"t\", \"naam\": \"T\", \"soort\": \"tabel\",\n"
                + " \"klasse\": \"Actor\", \"elementen\": \"actoren\", \"kolommen\": [ { \"kop\": \"K\", \"tekst\": \"naam\", \"x\": 1 } ] }";
        String message = assertThrows(DescriptionException.class, () -> RepresentationReader.readTable(column, "t")).getMessage();
        try (var in = new InputStreamReader(Representations.class.getResourceAsStream("/schema/weergave.schema.json"), StandardCharsets.UTF_8)) {
            JsonObject schema = JsonParser.parseReader(in).getAsJsonObject();
            JsonObject items = schema.getAsJsonObject("properties").getAsJsonObject("kolommen").getAsJsonObject("items");
            assertEquals("t:2: kolom: onbekende eigenschap 'x'; bekend zijn: " + String.join(", ", new TreeSet<>(items.getAsJsonObject("properties").keySet())),
                    message);
        }
    }

    @Test
    void aDiagramIsNoTableAndATableNoDiagram() throws Exception {
        String diagram = "{ \"formaat\": \"bondgenoot-weergave\", \"versie\": 1, \"id\": \"k\", \"naam\": \"K\" }";
        assertEquals("k.weergave.json: beschrijft een kaart, maar hier hoort een tabel ('soort')",
                assertThrows(DescriptionException.class, () -> RepresentationReader.readTable(diagram, "k.weergave.json")).getMessage());
        assertTrue(RepresentationReader.readDescription(diagram, "k") instanceof nl.bondgenoot.representation.description.Representation);
    }
}
