package nl.bondgenoot.representation.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Sturingsrelatie;
import nl.bondgenoot.model.persistence.ModelFiles;

/** The tables Bondgenoot ships load from their description files and show the example's values. */
class ShippedTablesTest {

    static Governancemodel kern() throws Exception {
        return ModelFiles.load(Path.of(System.getProperty("bondgenoot.root", "../.."), "examples", "skelet", "kamperpoort-kern.bondgenoot"));
    }

    static TableDescription table(String id) {
        return Tables.shipped().byId(id).orElseThrow(() -> new AssertionError("no table " + id + ": " + Tables.shipped().problems()));
    }

    @Test
    void bothShippedTablesLoadWithoutProblems() {
        assertEquals(List.of(), Tables.shipped().problems());
        assertEquals(List.of("sturingsrelaties", "actoren"), Tables.shipped().all().stream().map(TableDescription::id).toList());
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
    void theSchemaNamesExactlyTheKeysTheReaderKnows() throws Exception {
        try (var in = new InputStreamReader(Tables.class.getResourceAsStream("/schema/tabel.schema.json"), StandardCharsets.UTF_8)) {
            JsonObject schema = JsonParser.parseReader(in).getAsJsonObject();
            assertEquals(new TreeSet<>(TableDescriptionReader.TABLE_KEYS), new TreeSet<>(schema.getAsJsonObject("properties").keySet()));
            JsonObject column = schema.getAsJsonObject("properties").getAsJsonObject("kolommen").getAsJsonObject("items");
            assertEquals(new TreeSet<>(TableDescriptionReader.COLUMN_KEYS), new TreeSet<>(column.getAsJsonObject("properties").keySet()));
            Set<String> derived = new TreeSet<>();
            column.getAsJsonObject("properties").getAsJsonObject("afgeleid").getAsJsonArray("enum").forEach(e -> derived.add(e.getAsString()));
            assertEquals(new TreeSet<>(DerivedValue.names()), derived);
        }
    }

    @Test
    void aShippedListWithABrokenFileKeepsTheOtherTables() {
        Tables tables = Tables.read(List.of("representations/ontbreekt.tabel.json", "representations/actoren.tabel.json"));
        assertEquals(List.of("actoren"), tables.all().stream().map(TableDescription::id).toList());
        assertFalse(tables.problems().isEmpty());
        assertTrue(tables.problems().get(0).toString().startsWith("representations/ontbreekt.tabel.json: ontbreekt"),
                tables.problems().toString());
    }
}
