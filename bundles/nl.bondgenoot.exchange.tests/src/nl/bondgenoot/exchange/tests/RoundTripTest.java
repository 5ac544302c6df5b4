package nl.bondgenoot.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.bondgenoot.exchange.Formats;
import nl.bondgenoot.exchange.Exporter;
import nl.bondgenoot.exchange.Importer;
import nl.bondgenoot.exchange.preview.ImportPreview;
import nl.bondgenoot.exchange.sheet.Column;
import nl.bondgenoot.exchange.sheet.SheetKind;
import nl.bondgenoot.exchange.sheet.SheetTemplates;
import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Element;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.persistence.ModelFiles;

/**
 * Every example to CSV and to XLSX and back: into the original the preview shows nothing; into an empty
 * model every element the templates carry comes back with its id and the values of every column.
 */
class RoundTripTest {

    @TempDir
    Path dir;

    static Stream<Object[]> cases() throws Exception {
        List<Object[]> cases = new ArrayList<>();
        for (Path example : Models.examples()) {
            cases.add(new Object[] { example.getFileName().toString(), "csv" });
            cases.add(new Object[] { example.getFileName().toString(), "xlsx" });
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} als {1}")
    @MethodSource("cases")
    void intoTheOriginalNothingChanges(String example, String format) throws Exception {
        Governancemodel original = ModelFiles.load(Models.ROOT.resolve("examples/netwerken").resolve(example));
        List<Path> files = exporter(format).export(original, dir.resolve("uit." + format));
        ImportPreview preview = importer(format).preview(files, original);
        assertTrue(preview.isEmpty(), () -> example + ":\n" + preview.tekst());
    }

    @ParameterizedTest(name = "{0} als {1}")
    @MethodSource("cases")
    void intoAnEmptyModelEverythingComesBack(String example, String format) throws Exception {
        Governancemodel original = ModelFiles.load(Models.ROOT.resolve("examples/netwerken").resolve(example));
        List<Path> files = exporter(format).export(original, dir.resolve("uit." + format));
        Governancemodel fresh = Models.empty(dir.resolve("nieuw.bondgenoot"));
        ImportPreview preview = importer(format).preview(files, fresh);
        assertFalse(preview.hasRejections(), preview::tekst);
        assertTrue(preview.apply());
        for (SheetKind kind : SheetTemplates.ALL) {
            List<? extends Element> before = kind.elements().apply(original);
            assertEquals(before.size(), kind.elements().apply(fresh).size(), kind.name());
            for (Element element : before) {
                EObject copy = fresh.eResource().getEObject(element.getId());
                assertNotNull(copy, () -> kind.name() + ": " + element.getId() + " ontbreekt");
                for (Column column : kind.columns()) {
                    Object was = column.value(element);
                    Object is = column.value(copy);
                    if (was instanceof Element e) {
                        was = e.getId();
                        is = ((Element) is).getId();
                    }
                    assertTrue(column.same(was, is), kind.name() + " " + element.getNaam() + ", " + column.header()
                            + ": " + was + " werd " + is);
                }
            }
        }
        for (Netwerk netwerk : original.getNetwerken()) {
            Netwerk copy = (Netwerk) fresh.eResource().getEObject(netwerk.getId());
            assertEquals(netwerk.getLeden().stream().map(Actor::getId).toList(),
                    copy.getLeden().stream().map(Actor::getId).toList(), netwerk.getNaam() + ": leden");
        }
        assertTrue(importer(format).preview(files, fresh).isEmpty(), "na het importeren nog een keer: geen verschil");
    }

    /** The workbench's way: one command on its editing domain (added, changed and removed at once), undone as one. */
    @Test
    void theImportIsOneCommandThatUndoes() throws Exception {
        Governancemodel model = ModelFiles.load(Models.ROOT.resolve("examples/netwerken/sleutelteam-berflo-es.bondgenoot"));
        List<Path> files = exporter("xlsx").export(model, dir.resolve("werkmap.xlsx"));
        // The model moves away from the workbook: a relation gone, an actor renamed, an actor the workbook does not know.
        EcoreUtil.remove(model.getSturingsrelaties().get(0));
        Actor renamed = model.getActoren().get(0);
        String naam = renamed.getNaam();
        renamed.setNaam(naam + " (oud)");
        Actor extra = nl.bondgenoot.model.BondgenootFactory.eINSTANCE.createActor();
        extra.setId("extra-actor");
        extra.setNaam("Niet in de werkmap");
        model.getActoren().add(extra);
        Governancemodel before = EcoreUtil.copy(model);

        ImportPreview preview = importer("xlsx").preview(files, model);
        assertFalse(preview.hasRejections(), preview::tekst);
        assertEquals(1, preview.additions().size(), preview::tekst);
        assertEquals(List.of(new nl.bondgenoot.exchange.preview.FeatureChange("naam", naam + " (oud)", naam)),
                preview.changes().get(0).wijzigingen());
        assertEquals("Niet in de werkmap", preview.removals().get(0).naam());
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
                new ComposedAdapterFactory(new ReflectiveItemProviderAdapterFactory()), new BasicCommandStack(),
                model.eResource().getResourceSet());
        Command command = preview.command(domain);
        assertTrue(command.canExecute());
        domain.getCommandStack().execute(command);
        assertTrue(importer("xlsx").preview(files, model).isEmpty(), "na toepassen is het model de werkmap");
        domain.getCommandStack().undo();
        assertTrue(EcoreUtil.equals(before, model), "ongedaan maken herstelt het model helemaal");
        assertFalse(domain.getCommandStack().canUndo(), "het was één commando");
    }

    static Exporter exporter(String format) throws Exception {
        return Formats.get().exporter(format).orElseThrow();
    }

    static Importer importer(String format) throws Exception {
        return Formats.get().importerFor(Path.of("x." + format)).orElseThrow();
    }
}
