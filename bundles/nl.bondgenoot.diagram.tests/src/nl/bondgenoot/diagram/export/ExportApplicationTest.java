package nl.bondgenoot.diagram.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.bondgenoot.model.soorten.ActorSoortId;

/** `bondgenoot export` run in-process: what it writes, prints and returns. */
class ExportApplicationTest {

    @TempDir
    Path folder;

    private Path model;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void copyExample() throws Exception {
        model = folder.resolve("kamperpoort.bondgenoot");
        Files.copy(SvgDocuments.root().resolve("examples/netwerken/ok-team-kamperpoort.bondgenoot"), model);
    }

    private int run(String... args) {
        return CommandLineRun.export(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** What the command said on standard error, apart from the test fragment's left-out descriptions (said on every run here). */
    private String err() {
        return StandardError.withoutLeftOutDescriptions(allErr());
    }

    private String allErr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesTheSvgBesideTheModel() throws Exception {
        assertEquals(0, run(model.toString(), "--format", "svg"), err());
        Path svg = folder.resolve("kamperpoort.svg");
        assertEquals("Netwerkkaart geschreven: " + svg + System.lineSeparator(), out());
        assertEquals("", err());
        SvgDocuments.parse(Files.readString(svg));
    }

    @Test
    void aPeildatumFadesWhatDidNotHoldThenAndSaysTheDate() throws Exception {
        Path peelEnMaas = folder.resolve("peel-en-maas.bondgenoot");
        Files.copy(SvgDocuments.root().resolve("examples/netwerken/netwerk-welzijn-versterkt.bondgenoot"), peelEnMaas);
        String leven = "1f2e5f1d-1e8b-4c8d-bdce-e4a8319a2056"; // convenant Leven in het Dorp, 2008 to 2012
        String convenant2003 = "f8cf587e-498a-4151-94bb-5e2ae1ef9a68"; // from 2003, no end
        String werkplaats = "0dfb7b48-b038-4309-81c7-c0a8d2bf174a/lid/639a1ca2-c05c-4729-9248-35cc40a0713f"; // lid 2009 to 2012

        assertEquals(0, run(peelEnMaas.toString(), "--format", "svg", "--uit", folder.resolve("2026.svg").toString(),
                "--peildatum", "2026-01-01"), err());
        var in2026 = SvgDocuments.parse(Files.readString(folder.resolve("2026.svg")));
        assertTrue(SvgDocuments.texts(in2026).contains("Situatie op 1 januari 2026"), "the legend says the date");
        assertTrue(Files.readString(folder.resolve("2026.svg")).contains("situatie op 1 januari 2026</title>"));
        assertEquals(List.of(leven, werkplaats), fadedIds(in2026, leven, convenant2003, werkplaats));

        assertEquals(0, run(peelEnMaas.toString(), "--format", "svg", "--uit", folder.resolve("2011.svg").toString(),
                "--peildatum", "2011-06-01"), err());
        assertEquals(List.of(), fadedIds(SvgDocuments.parse(Files.readString(folder.resolve("2011.svg"))), leven,
                convenant2003, werkplaats), "in 2011 all three held");

        assertEquals(0, run(peelEnMaas.toString(), "--format", "svg", "--uit", folder.resolve("alles.svg").toString()), err());
        var whole = SvgDocuments.parse(Files.readString(folder.resolve("alles.svg")));
        assertEquals(List.of(), SvgDocuments.withClass(whole, "g", "vervaagd"), "without a peildatum the whole model shows");
        assertFalse(SvgDocuments.texts(whole).stream().anyMatch(t -> t.startsWith("Situatie op")));
    }

    @Test
    void aPeildatumThatIsNoDateIsAUsageError() {
        assertEquals(2, run(model.toString(), "--format", "svg", "--peildatum", "2011-13-01"));
        assertTrue(err().startsWith("bondgenoot export: --peildatum: '2011-13-01' is geen datum; schrijf jjjj-mm-dd,"
                + " bijvoorbeeld 2011-01-01."), err());
    }

    /** Of the given data-ids, those drawn inside a faded group, in the order given. */
    private static List<String> fadedIds(org.w3c.dom.Document svg, String... ids) {
        java.util.Set<String> faded = new java.util.HashSet<>();
        for (org.w3c.dom.Element group : SvgDocuments.withClass(svg, "g", "vervaagd")) {
            org.w3c.dom.NodeList inside = group.getElementsByTagName("g");
            for (int i = 0; i < inside.getLength(); i++) {
                faded.add(((org.w3c.dom.Element) inside.item(i)).getAttribute("data-id"));
            }
        }
        return java.util.Arrays.stream(ids).filter(faded::contains).toList();
    }

    @Test
    void writesThePngWhereAsked() throws Exception {
        Path png = folder.resolve("uit").resolve("kaart.png");
        Files.createDirectories(png.getParent());
        assertEquals(0, run(model.toString(), "--format=png", "--uit", png.toString(), "--schaal", "1"), err());
        assertTrue(out().contains(png.toString()));
        assertTrue(ImageIO.read(png.toFile()).getWidth() > 100);
    }

    @Test
    void takesTheFormatFromTheTargetsExtension() throws Exception {
        assertEquals(0, run(model.toString(), "--uit", folder.resolve("k.png").toString()), err());
        assertTrue(ImageIO.read(folder.resolve("k.png").toFile()) != null);
    }

    @Test
    void replacesAnExistingTargetAtomically() throws Exception {
        Path svg = folder.resolve("kamperpoort.svg");
        Files.writeString(svg, "oud");
        Object before = Files.readAttributes(svg, BasicFileAttributes.class).fileKey();
        assertEquals(0, run(model.toString(), "--format", "svg"), err());
        assertTrue(Files.readString(svg).startsWith("<?xml"), "the new map");
        assertNotEquals(before, Files.readAttributes(svg, BasicFileAttributes.class).fileKey(), "a new file moved in, not written over");
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of("kamperpoort.bondgenoot", "kamperpoort.svg"), files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary file left behind");
        }
    }

    @Test
    void aContributedDescriptionThatWasLeftOutIsSaidWithFileAndLine() throws Exception {
        assertEquals(0, run(model.toString(), "--format", "svg"), err());
        assertTrue(allErr().contains("bondgenoot export: waarschuwing: nl.bondgenoot.diagram/representations/kapot.weergave.json:7: "), allErr());
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        assertEquals(2, run(model.toString(), "--format", "pdf"));
        // The vocabulary: the map's pictures, then every exporter contributed at the exchange extension point (csv, xlsx, ...).
        List<String> formats = Stream.concat(Stream.of("svg", "png"), nl.bondgenoot.exchange.Formats.get().exportNames().stream()).toList();
        assertTrue(formats.containsAll(List.of("csv", "xlsx")), formats::toString);
        assertTrue(err().contains("onbekend formaat 'pdf'; kies " + String.join(", ", formats.subList(0, formats.size() - 1)) + " of "
                + formats.get(formats.size() - 1) + "."), err());
        assertTrue(err().contains("Gebruik: bondgenoot export BESTAND --format " + String.join("|", formats) + " "), err());
        assertEquals("", out());
        assertFalse(Files.exists(folder.resolve("kamperpoort.pdf")));
    }

    @Test
    void noArgumentsOrAnUnknownOptionIsAUsageError() {
        assertEquals(2, run());
        assertTrue(err().contains("geef het modelbestand op"), err());
        assertEquals(2, run(model.toString(), "--formaat", "svg"));
        assertTrue(err().contains("onbekende optie '--formaat'"), err());
    }

    @Test
    void aFileThatIsNoModelAndNoAgendaIsToldWhatExportDraws() throws Exception {
        Path text = Files.writeString(folder.resolve("plan.txt"), "veranderagenda\n");
        assertEquals(2, run(text.toString(), "--format", "svg"));
        assertEquals("bondgenoot export: " + text + ": is geen model en geen agenda: export tekent de netwerkkaart van een model"
                + " (.bondgenoot) of de agendaketen van een agenda (.agenda)" + System.lineSeparator(), err());
        assertFalse(Files.exists(folder.resolve("plan.svg")));
    }

    @Test
    void aMissingFileIsReportedInDutch() {
        Path missing = folder.resolve("weg.bondgenoot");
        assertEquals(2, run(missing.toString(), "--format", "svg"));
        assertEquals("bondgenoot export: " + missing + ": bestand niet gevonden" + System.lineSeparator(), err());
    }

    @Test
    void anUnreadableModelIsReportedWithoutAStackTrace() throws Exception {
        Path notes = folder.resolve("notities.bondgenoot");
        Files.writeString(notes, "dit is geen model");
        assertEquals(2, run(notes.toString(), "--format", "png"));
        assertTrue(err().startsWith("bondgenoot export: " + notes + ":"), err());
        assertFalse(err().contains("Exception") || err().contains("\tat "), err());
        assertFalse(Files.exists(folder.resolve("notities.png")));
    }

    @Test
    void aTargetThatCannotBeWrittenIsReported() {
        Path target = folder.resolve("bestaat-niet").resolve("kaart.svg");
        assertEquals(2, run(model.toString(), "--format", "svg", "--uit", target.toString()));
        assertEquals("bondgenoot export: " + target + ": kan niet schrijven: de map bestaat niet" + System.lineSeparator(), err());
    }

    @Test
    void anUnreadableNotationIsAWarningAndLeftAlone() throws Exception {
        Path notation = folder.resolve("kamperpoort.netwerkkaart");
        Files.writeString(notation, "{ kapot");
        assertEquals(0, run(model.toString(), "--format", "svg"), err());
        assertTrue(err().startsWith("bondgenoot export: waarschuwing: " + notation + ": de indeling van de netwerkkaart is onleesbaar"),
                err());
        assertEquals("{ kapot", Files.readString(notation), "never written");
        assertTrue(Files.exists(folder.resolve("kamperpoort.svg")));
    }

    @Test
    void isContributedAsTheCommandsExportServeAndAnalyse() {
        var commands = nl.bondgenoot.cli.commands.Commands.get();
        for (String name : new String[] { "export", "serve", "analyse" }) {
            assertTrue(commands.named(name).isPresent(), name + " is contributed to nl.bondgenoot.cli.commands");
            assertEquals("nl.bondgenoot.diagram", commands.named(name).get().contributor());
        }
        assertEquals(ExportCommand.class.getName(), commands.named("export").get().element().getAttribute("class"));
    }

    @Test
    void theApiWritesPngBytesThatDecode() throws Exception {
        Path png = folder.resolve("api.png");
        NetwerkkaartExport.write(model, Format.PNG, png);
        assertTrue(ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(png))).getHeight() > 100);
        assertEquals(Format.SVG, Format.parse("SVG").orElseThrow());
        assertTrue(Format.parse("pdf").isEmpty());
    }

    /** Two views beside the default one: the gemeente alone, and the gemeente with what it is linked to. */
    private void twoViews() throws Exception {
        String gemeente = nl.bondgenoot.model.persistence.ModelFiles.load(model).getActoren().stream()
                .filter(a -> ActorSoortId.valueOf("gemeente").equals(a.getSoort())).findFirst().orElseThrow().getId();
        nl.bondgenoot.diagram.notation.NotationFile.change(folder.resolve("kamperpoort.netwerkkaart"), views -> {
            nl.bondgenoot.diagram.notation.Notation alleen = new nl.bondgenoot.diagram.notation.Notation("Alleen de gemeente");
            alleen.selection(nl.bondgenoot.diagram.notation.ViewSelection.elementen(List.of(gemeente)));
            views.add(alleen);
            nl.bondgenoot.diagram.notation.Notation rond = new nl.bondgenoot.diagram.notation.Notation("Rond de gemeente");
            rond.selection(nl.bondgenoot.diagram.notation.ViewSelection.rond(List.of(gemeente), 1));
            views.add(rond);
        });
    }

    private static long actors(Path svg) throws Exception {
        return SvgDocuments.withClass(SvgDocuments.parse(Files.readString(svg)), "g", "actor").size();
    }

    private static long netwerken(Path svg) throws Exception {
        return SvgDocuments.withClass(SvgDocuments.parse(Files.readString(svg)), "g", "netwerk").size();
    }

    @Test
    void exportsTheNamedViewBesideTheModel() throws Exception {
        twoViews();
        assertEquals(0, run(model.toString(), "--format", "svg", "--weergave", "alleen de gemeente"), err());
        Path svg = folder.resolve("kamperpoort-alleen-de-gemeente.svg");
        assertEquals("Netwerkkaart geschreven: " + svg + " (weergave Alleen de gemeente)" + System.lineSeparator(), out());
        assertEquals(1, actors(svg));
        assertFalse(Files.exists(folder.resolve("kamperpoort.svg")));
    }

    @Test
    void withoutAViewTheDefaultViewAsBefore() throws Exception {
        twoViews();
        assertEquals(0, run(model.toString(), "--format", "svg"), err());
        assertEquals((long) nl.bondgenoot.model.persistence.ModelFiles.load(model).getActoren().size(), actors(folder.resolve("kamperpoort.svg")), "every actor");
    }

    @Test
    void exportsEveryViewWithItsOwnName() throws Exception {
        twoViews();
        assertEquals(0, run(model.toString(), "--format", "svg", "--alle-weergaven"), err());
        List<String> lines = out().lines().toList();
        assertEquals(List.of("Netwerkkaart geschreven: " + folder.resolve("kamperpoort-netwerkkaart.svg") + " (weergave Netwerkkaart)",
                "Netwerkkaart geschreven: " + folder.resolve("kamperpoort-alleen-de-gemeente.svg") + " (weergave Alleen de gemeente)",
                "Netwerkkaart geschreven: " + folder.resolve("kamperpoort-rond-de-gemeente.svg") + " (weergave Rond de gemeente)"), lines);
        assertEquals(1, actors(folder.resolve("kamperpoort-alleen-de-gemeente.svg")));
        assertEquals(1, actors(folder.resolve("kamperpoort-rond-de-gemeente.svg")), "one step from the gemeente: its netwerk, no other actor");
        assertEquals(1, netwerken(folder.resolve("kamperpoort-rond-de-gemeente.svg")));
        assertEquals(0, netwerken(folder.resolve("kamperpoort-alleen-de-gemeente.svg")));
        assertEquals(7, actors(folder.resolve("kamperpoort-netwerkkaart.svg")));
    }

    @Test
    void anUnknownViewListsTheViewsThereAre() throws Exception {
        twoViews();
        assertEquals(2, run(model.toString(), "--format", "svg", "--weergave", "Financiering"));
        assertEquals("bondgenoot export: " + model + ": geen weergave 'Financiering'; dit model heeft de weergaven: Netwerkkaart,"
                + " Alleen de gemeente, Rond de gemeente" + System.lineSeparator(), err());
        assertEquals(2, run(model.toString(), "--format", "svg", "--alle-weergaven", "--uit", "x.svg"));
        assertTrue(err().contains("--alle-weergaven schrijft elke weergave naast het model; het gaat niet samen met --uit."), err());
    }
}
