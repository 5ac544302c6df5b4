package nl.bondgenoot.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.bondgenoot.model.ActorCategorie;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.persistence.LineTrackingResource;
import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.model.persistence.ModelLoadException;

class ModelFilesTest {

    @TempDir
    Path tmp;

    @Test
    void loadsTheSkeletonExampleWithItsReferencesAndLines() throws Exception {
        Governancemodel model = ModelFiles.load(Examples.skeleton("kamperpoort-kern.bondgenoot"));
        assertEquals(5, model.getActoren().size());
        assertEquals(ActorCategorie.OVERHEID, model.getActoren().get(0).getCategorie());
        Netwerk netwerk = model.getNetwerken().get(0);
        assertEquals(List.of("Gemeente Zwolle", "Travers", "De Kern"),
                netwerk.getLeden().stream().map(a -> a.getNaam()).toList());
        LineTrackingResource resource = (LineTrackingResource) model.eResource();
        assertEquals(15, resource.getLine(netwerk));
    }

    @Test
    void savingWritesAnEquivalentFileAtomically() throws Exception {
        Path copy = tmp.resolve("kopie.bondgenoot");
        Files.copy(Examples.skeleton("kamperpoort-kern.bondgenoot"), copy);
        Governancemodel model = ModelFiles.load(copy);
        model.getActoren().get(1).setNaam("Travers Welzijn");
        ModelFiles.save(model.eResource());

        Governancemodel again = ModelFiles.load(copy);
        assertEquals("Travers Welzijn", again.getNetwerken().get(0).getLeden().get(1).getNaam());
        try (var files = Files.list(tmp)) {
            assertEquals(List.of(copy), files.toList(), "no temporary files are left behind");
        }
    }

    @Test
    void aFileThatIsNotXmlGivesADutchMessageWithLineAndStaysUntouched() throws Exception {
        Path broken = tmp.resolve("kapot.bondgenoot");
        byte[] content = "<?xml version=\"1.0\"?>\n<bondgenoot:Governancemodel\n  naam=\"x\" <<\n".getBytes();
        Files.write(broken, content);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelFiles.load(broken));
        assertTrue(e.getMessage().startsWith("geen geldig XML-bestand"), e.getMessage());
        assertEquals(3, e.getLine());
        assertTrue(e.toUserMessage().startsWith(broken + ":3: "), e.toUserMessage());
        assertArrayEquals(content, Files.readAllBytes(broken));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "`dit is geen model`                                   | er staat tekst vóór het begin van de XML",
            "``                                                    | het bestand is leeg",
            "`<?xml version=\"1.0\"?>\n<a>\n<b>\n</a>`                | het element <b> wordt niet afgesloten met </b>",
            "`<?xml version=\"1.0\"?>\n<a x=\"1\" x=\"2\"/>`          | attribuut x staat twee keer in <a>",
            "`<?xml version=\"1.0\"?>\n<a/>\nrest`                    | er staat tekst na het einde van de XML" })
    void xmlParserMessagesAreRetoldInDutchWithoutTheParsersEnglish(String text, String dutch) throws Exception {
        Path broken = Files.writeString(tmp.resolve("kapot.bondgenoot"), text.replace("\\n", "\n"));
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelFiles.load(broken));
        assertTrue(e.getMessage().startsWith("geen geldig XML-bestand: " + dutch), e.getMessage());
        assertFalse(e.getMessage().matches(".*\\b(the|must|element type|Content|allowed|expected|document)\\b.*"), e.getMessage());
    }

    @Test
    void anExternalEntityIsLeftOutAndNotedAsAWarningWithItsLine() throws Exception {
        Path secret = Files.writeString(tmp.resolve("geheim.txt"), "GEHEIM");
        Path model = tmp.resolve("xxe.bondgenoot");
        Files.writeString(model, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE bg:Governancemodel [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<bg:Governancemodel xmlns:bg=\"" + nl.bondgenoot.model.BondgenootPackage.eNS_URI + "\" id=\"m\"\n"
                + "    naam=\"x\">&xxe;</bg:Governancemodel>\n");
        var loaded = ModelFiles.load(model);
        assertEquals("x", loaded.getNaam());
        var warnings = loaded.eResource().getWarnings();
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).getMessage().contains("genegeerd"), warnings.get(0).getMessage());
        assertEquals(4, warnings.get(0).getLine());
    }

    @Test
    void aModelOfAnotherPackageIsRefused() throws Exception {
        Path foreign = tmp.resolve("ander.bondgenoot");
        Files.writeString(foreign, """
                <?xml version="1.0" encoding="UTF-8"?>
                <x:Iets xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:x="http://example.org/ander"/>
                """);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelFiles.load(foreign));
        assertTrue(e.getMessage().contains("onbekend modeltype 'http://example.org/ander'"), e.getMessage());
    }

    @Test
    void elementsCreatedWithoutAnIdGetAUuidWhenSaved() throws Exception {
        Path copy = tmp.resolve("nieuw.bondgenoot");
        Files.copy(Examples.skeleton("kamperpoort-kern.bondgenoot"), copy);
        Governancemodel model = ModelFiles.load(copy);
        var nieuw = nl.bondgenoot.model.BondgenootFactory.eINSTANCE.createActor();
        nieuw.setNaam("Nieuwe partner");
        model.getActoren().add(nieuw);
        model.getNetwerken().get(0).getLeden().add(nieuw);
        ModelFiles.save(model.eResource());

        Governancemodel again = ModelFiles.load(copy);
        var saved = again.getNetwerken().get(0).getLeden().get(3);
        assertEquals("Nieuwe partner", saved.getNaam());
        assertTrue(saved.getId().matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), saved.getId());
    }

    @Test
    void aDuplicateIdIsRefusedWithBothLines() throws Exception {
        Path twice = tmp.resolve("dubbel.bondgenoot");
        // A copied line with the id left unchanged, the usual way this happens in hand-edited files.
        Files.writeString(twice, Files.readString(Examples.skeleton("kamperpoort-kern.bondgenoot")).replace(
                "naam=\"Gemeente Zwolle\" categorie=\"OVERHEID\" soort=\"gemeente\"/>\n",
                "naam=\"Gemeente Zwolle\" categorie=\"OVERHEID\" soort=\"gemeente\"/>\n  <actoren id=\"6f1c2a3e-0b7d-4c1e-9a51-3d2f8e7b1101\""
                        + " naam=\"Gemeente Kampen\" categorie=\"OVERHEID\" soort=\"gemeente\"/>\n"));
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelFiles.load(twice));
        assertEquals(7, e.getLine());
        assertTrue(e.getMessage().contains("komt twee keer voor (ook op regel 6)"), e.getMessage());
    }

    @Test
    void savingIsDeterministicSoModelsDiffWellInGit() throws Exception {
        Path first = tmp.resolve("eerste.bondgenoot");
        Files.copy(Examples.root().resolve("examples/netwerken/netwerk-welzijn-versterkt.bondgenoot"), first);
        ModelFiles.save(ModelFiles.load(first).eResource());
        byte[] once = Files.readAllBytes(first);
        ModelFiles.save(ModelFiles.load(first).eResource());
        assertArrayEquals(once, Files.readAllBytes(first), "a second save of an unchanged model changes nothing");

        Governancemodel model = ModelFiles.load(first);
        model.getActoren().get(0).setNaam("Andere naam");
        ModelFiles.save(model.eResource());
        long changed = diffLines(once, Files.readAllBytes(first));
        assertEquals(1, changed, "renaming one actor changes one line");
    }

    private static long diffLines(byte[] a, byte[] b) {
        List<String> x = new String(a, java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        List<String> y = new String(b, java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        assertEquals(x.size(), y.size());
        return java.util.stream.IntStream.range(0, x.size()).filter(i -> !x.get(i).equals(y.get(i))).count();
    }

    @Test
    void aMissingFileIsNamed() {
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> ModelFiles.load(tmp.resolve("weg.bondgenoot")));
        assertEquals("bestand niet gevonden", e.getMessage());
    }
}
