package nl.bondgenoot.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.exchange.Exporter;
import nl.bondgenoot.exchange.Format;
import nl.bondgenoot.exchange.Formats;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.persistence.ModelFiles;

/**
 * A tool builder's export format, contributed by this fragment's fragment.xml (the SDK guide's worked example
 * for nl.bondgenoot.exchange.formats): offered beside the built-in ones, and it writes a model.
 */
class ContributedExporterTest {

    @TempDir
    Path folder;

    @Test
    void theContributedExporterIsOfferedWithItsLabelAndWritesTheModel() throws Exception {
        assertEquals(List.of(), Formats.get().problems());
        Format format = Formats.get().exportFormat("namenlijst").orElseThrow();
        assertEquals("Namenlijst van de actoren (test)", format.label());
        assertEquals("txt", format.extension());
        assertEquals(List.of("csv", "xlsx"), Formats.get().templateNames(), "an exporter alone gives no template");

        Governancemodel model = ModelFiles.load(Models.ROOT.resolve("examples/netwerken/activerend-huisbezoek.bondgenoot"));
        Exporter exporter = Formats.get().exporter("namenlijst").orElseThrow();
        Path target = folder.resolve("namen.txt");
        assertEquals(List.of(target), exporter.export(model, target));
        List<String> lines = Files.readAllLines(target, StandardCharsets.UTF_8);
        assertEquals(model.getActoren().size(), lines.size());
        assertTrue(lines.contains("Gemeente Groningen"), lines.toString());
        assertEquals(lines.stream().sorted().toList(), lines);
    }
}
