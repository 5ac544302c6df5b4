package nl.bondgenoot.ui.tests;

import static nl.bondgenoot.ui.tests.UiTestSupport.example;
import static nl.bondgenoot.ui.tests.UiTestSupport.page;
import static nl.bondgenoot.ui.tests.UiTestSupport.settle;
import static nl.bondgenoot.ui.tests.UiTestSupport.window;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.tabbed.ITabDescriptor;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.eclipse.emf.edit.command.SetCommand;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.BondgenootPackage;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Participatie;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.ui.BondgenootUi;
import nl.bondgenoot.ui.Messages;
import nl.bondgenoot.ui.editor.ModelEditor;
import nl.bondgenoot.ui.editor.ModelEditors;
import nl.bondgenoot.ui.properties.EigenschappenView;
import nl.bondgenoot.ui.properties.FindingsSection;
import nl.bondgenoot.ui.properties.PropertyTableSection;
import nl.bondgenoot.ui.properties.TextSection;

/**
 * The model editor in the running workbench, driven through the workbench's own commands (Ctrl+Z,
 * Delete, Ctrl+S): a property change is undone, a delete that breaks NET-1 shows the finding in
 * Bevindingen and undo takes it away, a save reaches the file, an unreadable file stays untouched.
 */
class ModelEditorTest {

    @TempDir
    Path project;

    private Path model;
    private ModelEditor editor;

    @BeforeEach
    void openACopyOfTheKernModel() throws Exception {
        model = Files.copy(example("kamperpoort-kern.bondgenoot"), project.resolve("kamperpoort.bondgenoot"));
        editor = ModelEditors.open(page(), model);
    }

    @AfterEach
    void close() {
        page().closeAllEditors(false);
    }

    @Test
    void theTreeShowsTheModelWithDutchLabelsAndThePropertiesViewItsSelection() throws Exception {
        Tree tree = editor.viewer().getTree();
        TreeItem root = tree.getItem(0);
        assertTrue(root.getText().contains("OK-team Kamperpoort"), root.getText());
        List<String> children = Arrays.stream(root.getItems()).map(TreeItem::getText).toList();
        assertTrue(children.contains("Travers (welzijn)"), children.toString());

        editor.viewer().setSelection(new StructuredSelection(actor("Travers")), true);
        EigenschappenView view = (EigenschappenView) page().showView(EigenschappenView.ID);
        editor.setFocus();
        settle(300);
        // The README's picture of the editor: the whole tree, the netwerk selected in Eigenschappen.
        editor.viewer().expandAll();
        editor.viewer().setSelection(new StructuredSelection(editor.model().getNetwerken().get(0)), true);
        settle(300);
        UiTestSupport.screenshot(window().getShell(), "modeleditor.png");
        editor.viewer().setSelection(new StructuredSelection(actor("Travers")), true);
        settle(300);
        assertEquals("Eigenschappen", view.getPartName());
        TabbedPropertySheetPage tabs = (TabbedPropertySheetPage) view.getCurrentPage();
        assertEquals(List.of("Algemeen", "Tekst", "Relaties", "Bevindingen"),
                Arrays.stream(tabs.getActiveTabs()).map(ITabDescriptor::getLabel).toList());
        tabs.setSelectedTab("nl.bondgenoot.ui.tab.algemeen");
        settle(200);
        Tree sheet = (Tree) section(tabs, PropertyTableSection.class).sheetControl();
        assertEquals("Eigenschap", sheet.getColumn(0).getText());
        assertEquals("Waarde", sheet.getColumn(1).getText());
        List<String> rows = Arrays.stream(sheet.getItems()).map(row -> row.getText(0) + "=" + row.getText(1)).toList();
        UiTestSupport.screenshot(window().getShell(), "eigenschappen.png");
        assertTrue(rows.contains("Naam=Travers") && rows.contains("Categorie=maatschappelijke organisatie"), rows.toString());
        assertFalse(rows.stream().anyMatch(r -> r.startsWith("Beschrijving=")), "long texts have a tab of their own: " + rows);
        IPropertySource properties = editor.propertiesOf(actor("Travers"));
        List<String> names = Arrays.stream(properties.getPropertyDescriptors()).map(IPropertyDescriptor::getDisplayName).toList();
        assertTrue(names.contains("Naam") && names.contains("Categorie"), names.toString());
    }

    /** Participation per burgergroep (issue 14): in the tree under its netwerk, known by its group; its properties in Dutch. */
    @Test
    void aParticipationPerBurgergroepShowsInTheTreeAndInEigenschappen() throws Exception {
        Participatie participatie = editor.model().getNetwerken().get(0).getParticipaties().get(0);
        editor.viewer().expandAll();
        editor.viewer().setSelection(new StructuredSelection(participatie), true);
        EigenschappenView view = (EigenschappenView) page().showView(EigenschappenView.ID);
        editor.setFocus();
        settle(300);
        TreeItem item = (TreeItem) editor.viewer().testFindItem(participatie);
        assertTrue(item.getText().startsWith("Participatie multiprobleemhuishoudens in de wijk (coproductie, uitvoering /"
                + " verantwoording"), item.getText());
        TabbedPropertySheetPage tabs = (TabbedPropertySheetPage) view.getCurrentPage();
        tabs.setSelectedTab("nl.bondgenoot.ui.tab.algemeen");
        settle(200);
        Tree sheet = (Tree) section(tabs, PropertyTableSection.class).sheetControl();
        List<String> rows = Arrays.stream(sheet.getItems()).map(row -> row.getText(0) + "=" + row.getText(1)).toList();
        UiTestSupport.screenshot(window().getShell(), "participatie-per-burgergroep.png");
        assertTrue(rows.contains("Niveau=coproductie") && rows.contains("Burgergroep=multiprobleemhuishoudens in de wijk")
                && rows.contains("Fase=uitvoering / verantwoording"), rows.toString());
    }

    /** The gemeente's kind and its roles per netwerk read in Dutch, in the tree and in Eigenschappen. */
    @Test
    void theGemeentesKindAndRolesShowWithDutchLabels() throws Exception {
        page().closeAllEditors(false);
        Path makelaarschap = Files.copy(Path.of(System.getProperty("bondgenoot.root", "../.."), "examples", "netwerken",
                "sociaal-makelaarschap.bondgenoot").toAbsolutePath().normalize(), project.resolve("makelaarschap.bondgenoot"));
        editor = ModelEditors.open(page(), makelaarschap);
        Netwerk netwerk = editor.model().getNetwerken().get(0);
        EigenschappenView view = (EigenschappenView) page().showView(EigenschappenView.ID);
        editor.setFocus();
        editor.viewer().expandAll();
        editor.viewer().setSelection(new StructuredSelection(actor("Gemeente Utrecht")), true);
        settle(300);
        TabbedPropertySheetPage tabs = (TabbedPropertySheetPage) view.getCurrentPage();
        tabs.setSelectedTab("nl.bondgenoot.ui.tab.algemeen");
        settle(200);
        List<String> rows = Arrays.stream(((Tree) section(tabs, PropertyTableSection.class).sheetControl()).getItems())
                .map(row -> row.getText(0) + "=" + row.getText(1)).toList();
        assertTrue(rows.contains("Soort=Gemeente"), rows.toString());

        var rol = netwerk.getGemeenterollen().get(0);
        editor.viewer().setSelection(new StructuredSelection(rol), true);
        settle(300);
        tabs = (TabbedPropertySheetPage) view.getCurrentPage();
        tabs.setSelectedTab("nl.bondgenoot.ui.tab.algemeen");
        settle(200);
        rows = Arrays.stream(((Tree) section(tabs, PropertyTableSection.class).sheetControl()).getItems())
                .map(row -> row.getText(0) + "=" + row.getText(1)).toList();
        assertTrue(rows.contains("Soort=regisseur") && rows.contains("Fase=onbekend"), rows.toString());
        TreeItem[] selected = editor.viewer().getTree().getSelection();
        assertEquals("Rol van de gemeente: regisseur", selected[0].getText());
        UiTestSupport.screenshot(window().getShell(), "gemeenterollen.png");
    }

    @Test
    void aConvenantsPeriodShowsInTheTreeAndItsDatesInEigenschappenWithDutchLabels() throws Exception {
        page().closeAllEditors(false);
        Path peelEnMaas = Files.copy(networkExample("netwerk-welzijn-versterkt.bondgenoot"), project.resolve("peel-en-maas.bondgenoot"));
        editor = ModelEditors.open(page(), peelEnMaas);
        var leven = editor.model().getConvenanten().stream().filter(c -> c.getNaam().contains("2008-2012")).findFirst().orElseThrow();
        editor.viewer().expandToLevel(leven, 1);
        editor.viewer().setSelection(new StructuredSelection(leven.getPeriode()), true);
        settle(300);
        TreeItem selected = editor.viewer().getTree().getSelection()[0];
        assertEquals("Periode (van 1 januari 2008 tot en met 31 december 2012)", selected.getText());
        TabbedPropertySheetPage tabs = showPropertiesOf(leven.getPeriode());
        tabs.setSelectedTab("nl.bondgenoot.ui.tab.algemeen");
        settle(200);
        Tree sheet = (Tree) section(tabs, PropertyTableSection.class).sheetControl();
        List<String> rows = Arrays.stream(sheet.getItems()).map(row -> row.getText(0) + "=" + row.getText(1)).toList();
        assertTrue(rows.contains("Van=2008-01-01") && rows.contains("Tot en met=2012-12-31"), rows.toString());
        var netwerk = editor.model().getNetwerken().get(0);
        editor.viewer().expandToLevel(netwerk, 1);
        editor.viewer().setSelection(new StructuredSelection(netwerk.getLidmaatschappen().get(0)), true);
        settle(300);
        assertEquals("Lidmaatschap Gemeente Peel en Maas (vanaf 1 januari 2010)",
                editor.viewer().getTree().getSelection()[0].getText());
        editor.viewer().setSelection(new StructuredSelection(leven.getPeriode()), true);
        settle(300);
        UiTestSupport.screenshot(window().getShell(), "periode.png");
    }

    private static Path networkExample(String name) {
        return example(name).getParent().getParent().resolve("netwerken").resolve(name);
    }

    @Test
    void aFinancieringsstroomShowsInTheTreeAndEigenschappenWithDutchLabels() throws Exception {
        page().closeAllEditors(false);
        Path buurtgeluk = Files.copy(Path.of(System.getProperty("bondgenoot.root", "../.."), "examples", "netwerken",
                "buurtgeluk.bondgenoot"), project.resolve("buurtgeluk.bondgenoot"));
        editor = ModelEditors.open(page(), buurtgeluk);
        var stroom = editor.model().getFinancieringsstromen().get(0);
        editor.viewer().expandAll();
        List<String> texts = new java.util.ArrayList<>();
        collect(editor.viewer().getTree().getItems(), texts);
        assertTrue(texts.contains("Gemeente Zwolle \u2192 Buurtgeluk (financiering)"), texts.toString());
        editor.viewer().setSelection(new StructuredSelection(stroom), true);
        EigenschappenView view = (EigenschappenView) page().showView(EigenschappenView.ID);
        editor.setFocus();
        settle(300);
        TabbedPropertySheetPage tabs = (TabbedPropertySheetPage) view.getCurrentPage();
        tabs.setSelectedTab("nl.bondgenoot.ui.tab.algemeen");
        settle(200);
        Tree sheet = (Tree) section(tabs, PropertyTableSection.class).sheetControl();
        List<String> rows = Arrays.stream(sheet.getItems()).map(row -> row.getText(0) + "=" + row.getText(1)).toList();
        UiTestSupport.screenshot(window().getShell(), "financieringsstroom.png");
        assertTrue(rows.contains("Instrument=onbekend") && rows.contains("Wettelijk kader=onbekend"), rows.toString());
        assertTrue(rows.contains("Budget=innovatieagenda van de gemeente (aanloopkosten)"), rows.toString());
    }

    private static void collect(TreeItem[] items, List<String> texts) {
        for (TreeItem item : items) {
            texts.add(item.getText());
            collect(item.getItems(), texts);
        }
    }

    @Test
    void withNothingSelectedEigenschappenShowsTheModelItself() throws Exception {
        editor.viewer().setSelection(StructuredSelection.EMPTY);
        EigenschappenView view = (EigenschappenView) page().showView(EigenschappenView.ID);
        editor.setFocus();
        settle(300);
        TabbedPropertySheetPage tabs = (TabbedPropertySheetPage) view.getCurrentPage();
        assertTrue(tabs.getActiveTabs().length > 0, "tabs, not the platform's 'Properties are not available'");
        tabs.setSelectedTab("nl.bondgenoot.ui.tab.algemeen");
        settle(200);
        Tree sheet = (Tree) section(tabs, PropertyTableSection.class).sheetControl();
        List<String> rows = Arrays.stream(sheet.getItems()).map(row -> row.getText(0) + "=" + row.getText(1)).toList();
        assertTrue(rows.contains("Naam=OK-team Kamperpoort (kern, skelet)"), rows.toString());
    }

    @Test
    void theTekstTabWritesALongTextAsOneUndoableCommand() throws Exception {
        Actor travers = actor("Travers");
        TabbedPropertySheetPage tabs = showPropertiesOf(travers);
        tabs.setSelectedTab("nl.bondgenoot.ui.tab.tekst");
        settle(200);
        Text area = section(tabs, TextSection.class).area("Beschrijving");
        assertNotNull(area, "a text area for Beschrijving");
        assertTrue((area.getStyle() & SWT.MULTI) != 0 && (area.getStyle() & SWT.WRAP) != 0);
        area.setText("Welzijnsorganisatie in Zwolle.\nDraagt de wijkteams mee.");
        area.notifyListeners(SWT.FocusOut, new Event());
        settle(300);
        assertEquals("Welzijnsorganisatie in Zwolle.\nDraagt de wijkteams mee.", travers.getBeschrijving());
        assertTrue(editor.isDirty());

        command("org.eclipse.ui.edit.undo");
        settle(300);
        assertNull(travers.getBeschrijving());
        assertEquals("", section(tabs, TextSection.class).area("Beschrijving").getText(), "the area follows the undo");

        Text typing = section(tabs, TextSection.class).area("Beschrijving");
        window().getShell().forceActive();
        typing.setFocus();
        settle(100);
        assertTrue(typing.isFocusControl(), "the area has the keyboard");
        typing.setText("Getypt zonder het veld te verlaten.");
        settle(1_200);
        assertEquals("Getypt zonder het veld te verlaten.", travers.getBeschrijving(), "applied after a pause in typing");
    }

    /** A name or text the model file cannot hold is refused in Eigenschappen, where it is typed, in Dutch. */
    @Test
    void eigenschappenRefusesANameOrTextTheModelFileCannotHold() throws Exception {
        Actor travers = actor("Travers");
        IPropertySource properties = editor.propertiesOf(travers);
        IPropertyDescriptor naam = Arrays.stream(properties.getPropertyDescriptors()).filter(d -> "Naam".equals(d.getDisplayName()))
                .findFirst().orElseThrow();
        org.eclipse.swt.widgets.Shell shell = new org.eclipse.swt.widgets.Shell(window().getShell());
        try {
            org.eclipse.jface.viewers.CellEditor cell = naam.createPropertyEditor(shell);
            cell.setValue("Travers");
            // Control characters typed into the field (NUL and half pairs are covered headless: GTK text is C strings in UTF-8).
            for (String typed : List.of("Tra\u0001vers", "Travers\u001F", "Travers\u0007")) {
                ((Text) cell.getControl()).setText(typed);
                assertFalse(cell.isValueValid(), typed);
                assertTrue(cell.getErrorMessage().startsWith("Een naam mag geen "), cell.getErrorMessage());
            }
            ((Text) cell.getControl()).setText("Travers Welzijn 🏛");
            assertTrue(cell.isValueValid(), cell.getErrorMessage());
        } finally {
            shell.dispose();
        }

        TabbedPropertySheetPage tabs = showPropertiesOf(travers);
        tabs.setSelectedTab("nl.bondgenoot.ui.tab.tekst");
        settle(200);
        TextSection tekst = section(tabs, TextSection.class);
        tekst.area("Beschrijving").setText("Welzijn\u0001 in Zwolle");
        tekst.area("Beschrijving").notifyListeners(SWT.FocusOut, new Event());
        settle(300);
        assertNull(travers.getBeschrijving(), "not applied");
        assertTrue(tekst.problem("Beschrijving").contains("stuurteken (U+0001)"), tekst.problem("Beschrijving"));
        assertFalse(editor.isDirty());
        tekst.area("Beschrijving").setText("Welzijn in Zwolle");
        tekst.area("Beschrijving").notifyListeners(SWT.FocusOut, new Event());
        settle(300);
        assertEquals("Welzijn in Zwolle", travers.getBeschrijving());
        assertEquals("", tekst.problem("Beschrijving"));
        editor.doSave(null);
        assertTrue(Files.readString(model).contains("Welzijn in Zwolle"), "the model saves");
    }

    @Test
    void theBevindingenTabShowsTheRuleFindingsOfTheSelectedElementAfterAnEdit() throws Exception {
        Netwerk netwerk = editor.model().getNetwerken().get(0);
        editor.viewer().setSelection(new StructuredSelection(actor("De Kern")), true);
        command("org.eclipse.ui.edit.delete");
        settle(300);
        TabbedPropertySheetPage tabs = showPropertiesOf(netwerk);
        tabs.setSelectedTab("nl.bondgenoot.ui.tab.bevindingen");
        settle(300);
        List<String> rows = section(tabs, FindingsSection.class).rows();
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("NET-1: ")), rows.toString());
        UiTestSupport.screenshot(window().getShell(), "eigenschappen-bevindingen.png");

        command("org.eclipse.ui.edit.undo");
        settle(300);
        assertFalse(section(tabs, FindingsSection.class).rows().stream().anyMatch(r -> r.startsWith("NET-1: ")),
                "undo repairs the network; its Bevindingen tab follows");
    }

    private TabbedPropertySheetPage showPropertiesOf(Object element) throws Exception {
        editor.viewer().setSelection(new StructuredSelection(element), true);
        EigenschappenView view = (EigenschappenView) page().showView(EigenschappenView.ID);
        editor.setFocus();
        settle(300);
        return (TabbedPropertySheetPage) view.getCurrentPage();
    }

    private static <S> S section(TabbedPropertySheetPage tabs, Class<S> type) {
        return Arrays.stream(tabs.getCurrentTab().getSections()).filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " on the tab"));
    }

    @Test
    void aPropertyChangeMakesTheEditorDirtyAndUndoTakesItBack() throws Exception {
        Actor travers = actor("Travers");
        IPropertySource properties = editor.propertiesOf(travers);
        properties.setPropertyValue(id(properties, "Naam"), "Travers Welzijn");
        settle(200);
        assertEquals("Travers Welzijn", travers.getNaam());
        assertTrue(editor.isDirty());

        command("org.eclipse.ui.edit.undo");
        settle(200);
        assertEquals("Travers", travers.getNaam());
        assertFalse(editor.isDirty());
    }

    @Test
    void deletingANetworkMemberShowsNet1InBevindingenAndUndoRemovesIt() throws Exception {
        assertFalse(ruleIds().contains("NET-1"), ruleIds().toString());
        editor.viewer().setSelection(new StructuredSelection(actor("De Kern")), true);
        command("org.eclipse.ui.edit.delete");
        settle(300);
        assertNull(find("De Kern"), "De Kern is deleted");
        assertTrue(ruleIds().contains("NET-1"), ruleIds().toString());

        command("org.eclipse.ui.edit.undo");
        settle(300);
        assertNotNull(find("De Kern"));
        assertFalse(ruleIds().contains("NET-1"), ruleIds().toString());
    }

    @Test
    void copyAndPasteMakeACopyWithItsOwnIdThatSavesAndReadsBack() throws Exception {
        Actor travers = actor("Travers");
        editor.viewer().setSelection(new StructuredSelection(travers), true);
        command("org.eclipse.ui.edit.copy");
        editor.viewer().setSelection(new StructuredSelection(editor.model()), true);
        settle(100);
        command("org.eclipse.ui.edit.paste");
        settle(200);
        List<Actor> named = editor.model().getActoren().stream().filter(a -> "Travers".equals(a.getNaam())).toList();
        assertEquals(2, named.size(), "the copy is pasted into the model");
        assertFalse(named.get(0).getId().equals(named.get(1).getId()), "the copy has an id of its own");

        command("org.eclipse.ui.file.save");
        page().closeAllEditors(false);
        editor = ModelEditors.open(page(), model);
        assertNull(editor.errorText(), "the saved model reads back");
        assertEquals(2, editor.model().getActoren().stream().filter(a -> "Travers".equals(a.getNaam())).count());
        assertFalse(editor.isDirty());
    }

    @Test
    void droppingAnActorOnANetworkMakesItAMemberAndUndoTakesItBack() throws Exception {
        Netwerk netwerk = editor.model().getNetwerken().get(0);
        Actor wmoRaad = actor("Wmo-raad Zwolle");
        assertFalse(netwerk.getLeden().contains(wmoRaad));
        var drop = editor.dropCommand(netwerk, List.of(wmoRaad));
        assertTrue(drop.canExecute());
        editor.getEditingDomain().getCommandStack().execute(drop);
        settle(200);
        assertTrue(netwerk.getLeden().contains(wmoRaad));
        assertTrue(editor.isDirty());
        assertFalse(editor.dropCommand(netwerk, List.of(wmoRaad)).canExecute(), "already a member");
        command("org.eclipse.ui.edit.undo");
        settle(200);
        assertFalse(netwerk.getLeden().contains(wmoRaad));
    }

    @Test
    void ctrlSSavesTheChangeAndAReopenedEditorHasIt() throws Exception {
        IPropertySource properties = editor.propertiesOf(actor("Travers"));
        properties.setPropertyValue(id(properties, "Naam"), "Travers Welzijn");
        settle(200);
        command("org.eclipse.ui.file.save");
        assertFalse(editor.isDirty());
        assertTrue(Files.readString(model).contains("naam=\"Travers Welzijn\""));

        page().closeAllEditors(false);
        editor = ModelEditors.open(page(), model);
        assertNotNull(find("Travers Welzijn"));
    }

    @Test
    void anExternalEntityThatWasLeftOutIsSaidAboveTheTree() throws Exception {
        Path secret = Files.writeString(project.resolve("geheim.txt"), "GEHEIM");
        Path xxe = Files.writeString(project.resolve("xxe.bondgenoot"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE bg:Governancemodel [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<bg:Governancemodel xmlns:bg=\"" + nl.bondgenoot.model.BondgenootPackage.eNS_URI + "\" id=\"m\"\n"
                + "    naam=\"x\">&xxe;</bg:Governancemodel>\n");
        page().closeAllEditors(false);
        editor = ModelEditors.open(page(), xxe);
        assertTrue(editor.readerNotes().startsWith(xxe + ":4: WAARSCHUWING [XML] ") && editor.readerNotes().contains("genegeerd"),
                editor.readerNotes());
        org.eclipse.swt.widgets.Composite area = editor.viewer().getControl().getParent();
        assertTrue(java.util.Arrays.stream(area.getChildren()).anyMatch(c -> c instanceof org.eclipse.swt.widgets.Label l
                && l.isVisible() && l.getText().equals(editor.readerNotes())), "the note is shown above the tree");
        assertEquals("", ModelEditors.open(page(), model).readerNotes(), "a model read whole has no note");
    }

    @Test
    void aModelOfVersion10SaysAboveTheTreeThatItWasMigratedUntilItIsSaved() throws Exception {
        Path old = Files.copy(Path.of(System.getProperty("bondgenoot.root", "../.."),
                "bundles/nl.bondgenoot.model.tests/data/versie-1.0/skelet/kamperpoort-kern.bondgenoot"),
                project.resolve("oud.bondgenoot"));
        byte[] before = Files.readAllBytes(old);
        page().closeAllEditors(false);
        editor = ModelEditors.open(page(), old);
        assertEquals("oud.bondgenoot is geschreven in modelversie 1.0 en is bij het openen omgezet naar versie 2.0."
                + " Het bestand blijft ongewijzigd tot u opslaat; dan wordt het in versie 2.0 geschreven.", editor.migrationNote());
        org.eclipse.swt.widgets.Composite area = editor.viewer().getControl().getParent();
        assertTrue(java.util.Arrays.stream(area.getChildren()).anyMatch(c -> c instanceof org.eclipse.swt.widgets.Label l
                && l.isVisible() && l.getText().equals(editor.migrationNote())), "the note is shown above the tree");
        assertTrue(editor.isDirty(), "the file differs from the model until it is saved: Opslaan is offered without an edit");
        assertArrayEquals(before, Files.readAllBytes(old), "opening does not write the file");
        assertEquals("", ModelEditors.open(page(), model).migrationNote(), "a model of the current version has no note");

        editor = ModelEditors.open(page(), old);
        editor.doSave(null); // unedited: the save writes the migrated model in the current version
        settle(200);
        assertTrue(Files.readString(old).contains("\"" + nl.bondgenoot.model.BondgenootPackage.eNS_URI + "\""));
        assertEquals("", editor.migrationNote());
        assertFalse(editor.isDirty(), "saved in the current version");
        assertFalse(java.util.Arrays.stream(area.getChildren()).anyMatch(c -> c instanceof org.eclipse.swt.widgets.Label l
                && !l.isDisposed() && l.getText().contains("modelversie")), "the note went with the save");
    }

    @Test
    void anUnreadableModelOpensAsAnErrorPageAndIsNeverWritten() throws Exception {
        Path broken = Files.writeString(project.resolve("kapot.bondgenoot"), "<governancemodel dit is geen XML");
        byte[] before = Files.readAllBytes(broken);
        page().closeAllEditors(false);
        editor = ModelEditors.open(page(), broken);
        assertTrue(editor.errorText().contains("kan niet worden gelezen") && editor.errorText().contains("kapot.bondgenoot"),
                editor.errorText());
        assertFalse(editor.isDirty());
        UiTestSupport.screenshot(window().getShell(), "model-editor-error.png");
        assertThrows(NotEnabledException.class, () -> command("org.eclipse.ui.file.save"), "nothing to save");
        page().closeAllEditors(true);
        assertArrayEquals(before, Files.readAllBytes(broken));
    }

    @Test
    void aProfileThatCannotBeReadIsSaidInBevindingenAndTheDefaultRulesJudge() throws Exception {
        page().closeAllEditors(false);
        Files.writeString(project.resolve("bondgenoot.profiel"), "NET-1 = misschien\n");
        editor = ModelEditors.open(page(), model);
        settle(200);
        String summary = UiTestSupport.findings().getContentDescription();
        assertTrue(summary.startsWith("Het regelprofiel kan niet worden gelezen, dus gelden de standaardregels: ")
                && summary.contains("bondgenoot.profiel:1: onbekende waarde 'misschien'"), summary);

        Files.writeString(project.resolve("bondgenoot.profiel"), "NET-1 = WAARSCHUWING\n");
        editor.viewer().setSelection(new StructuredSelection(actor("De Kern")), true);
        command("org.eclipse.ui.edit.delete");
        settle(300);
        assertFalse(UiTestSupport.findings().getContentDescription().contains("regelprofiel"),
                "a repaired profile counts from the next judgement: " + UiTestSupport.findings().getContentDescription());
        assertTrue(BondgenootUi.session().findings().stream().anyMatch(f -> f.ruleId().equals("NET-1")
                && f.severity() == nl.bondgenoot.rules.Severity.WARNING), BondgenootUi.session().findings().toString());
    }

    @Test
    void aLargeModelIsReadInTheBackgroundAndCancellingClosesTheEditorAndLeavesTheFile() throws Exception {
        Path large = writeModelWithActors(project.resolve("groot.bondgenoot"), 15_000);
        assertTrue(Files.size(large) > 2 * 1024 * 1024, "large enough to be read in the background: " + Files.size(large));
        byte[] before = Files.readAllBytes(large);

        ModelEditor reading = ModelEditors.open(page(), large);
        assertTrue(reading.isLoading(), "open returns while the model is still being read");
        long end = System.currentTimeMillis() + 60_000;
        while (reading.isLoading() && System.currentTimeMillis() < end) {
            settle(100);
        }
        assertFalse(reading.isLoading(), "read within a minute");
        assertNull(reading.errorText());
        assertEquals(15_000, reading.model().getActoren().size());
        assertTrue(reading.viewer().getTree().getItemCount() > 0, "the tree shows the model");
        EigenschappenView properties = (EigenschappenView) page().showView(EigenschappenView.ID);
        reading.setFocus();
        settle(300);
        assertTrue(((TabbedPropertySheetPage) properties.getCurrentPage()).getActiveTabs().length > 0,
                "once read, Eigenschappen shows the model (its tabs)");
        page().closeAllEditors(false);

        ModelEditor cancelled = ModelEditors.open(page(), large);
        assertTrue(cancelled.isLoading());
        Job.getJobManager().cancel(ModelEditor.LOAD_JOB_FAMILY);
        end = System.currentTimeMillis() + 30_000;
        while (page().getEditorReferences().length > 0 && System.currentTimeMillis() < end) {
            settle(100);
        }
        assertEquals(0, page().getEditorReferences().length, "cancelling closes the editor");
        assertArrayEquals(before, Files.readAllBytes(large), "and leaves the file as it was");
    }

    /**
     * The workbench and a server (`bondgenoot serve`: its own model of the file, saved through the
     * same ModelFiles) on one file: the server saves first, so the workbench's save is refused with
     * Herladen / Opslaan als… / Annuleren, and never writes over the server's change.
     */
    @Test
    void aSaveOverAFileThatAServerSavedMeanwhileIsRefusedWithReloadSaveAsOrCancel() throws Exception {
        Governancemodel served = ModelFiles.load(model);
        served.getActoren().stream().filter(a -> "Travers".equals(a.getNaam())).findFirst().orElseThrow().setNaam("Travers (server)");
        ModelFiles.save(served.eResource());
        String serverVersion = Files.readString(model);
        renameInEditor(editor, "De Kern", "De Kern (werkbank)");

        ModalDialogCloser cancel = ModalDialogCloser.pressWhenOpen(Messages.saveRefused_title, Messages.saveRefused_cancel, "opslaan-geweigerd.png");
        editor.doSave(null);
        assertTrue(cancel.found(), "the dialog was shown");
        String said = String.join(" ", cancel.texts());
        assertTrue(said.contains(model + ": is na het openen gewijzigd") && said.contains(Messages.saveRefused_reload + ":"), said);
        assertTrue(editor.isDirty(), "cancelled: the changes stay in the editor");
        assertEquals(serverVersion, Files.readString(model), "the server's change is not overwritten");

        ModalDialogCloser reload = ModalDialogCloser.pressWhenOpen(Messages.saveRefused_title, Messages.saveRefused_reload, "opslaan-geweigerd.png");
        editor.doSave(null);
        assertTrue(reload.found());
        settle(500);
        ModelEditor reloaded = (ModelEditor) page().getActiveEditor();
        assertTrue(reloaded != editor, "the editor was opened anew");
        editor = reloaded;
        assertFalse(editor.isDirty());
        assertNotNull(find("Travers (server)"), "the server's change is shown");
        assertNull(find("De Kern (werkbank)"));

        renameInEditor(editor, "De Kern", "De Kern (werkbank)");
        editor.doSave(null); // now on the server's version: both changes are kept
        Governancemodel both = ModelFiles.load(model);
        assertTrue(both.getActoren().stream().map(Actor::getNaam).toList().containsAll(List.of("Travers (server)", "De Kern (werkbank)")));
        assertFalse(editor.isDirty());
    }

    @Test
    void aReadOnlyModelIsNotOverwrittenAndTheEditorSaysSo() throws Exception {
        byte[] before = Files.readAllBytes(model);
        Files.setPosixFilePermissions(model, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        renameInEditor(editor, "Travers", "Travers Welzijn");
        ModalDialogCloser cancel = ModalDialogCloser.pressWhenOpen(Messages.saveRefused_title, Messages.saveRefused_cancel, "alleen-lezen.png");
        editor.doSave(null);
        assertTrue(cancel.found());
        String said = String.join(" ", cancel.texts());
        assertTrue(said.contains("is alleen-lezen"), said);
        assertArrayEquals(before, Files.readAllBytes(model));
        assertTrue(editor.isDirty());
    }

    private static void renameInEditor(ModelEditor in, String from, String to) {
        Actor actor = in.model().getActoren().stream().filter(a -> from.equals(a.getNaam())).findFirst().orElseThrow();
        var domain = in.getEditingDomain();
        domain.getCommandStack().execute(SetCommand.create(domain, actor, BondgenootPackage.Literals.ELEMENT__NAAM, to));
        settle(200);
    }

    /** A model of the form the examples have, with this many actors. */
    private static Path writeModelWithActors(Path file, int actors) throws Exception {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<bondgenoot:Governancemodel"
                + " xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:bondgenoot=\"https://bondgenoot.nl/model/1.0\""
                + " id=\"groot-0\" naam=\"Groot model\">\n");
        for (int i = 1; i <= actors; i++) {
            xml.append("  <actoren id=\"groot-").append(i).append("\" naam=\"Organisatie ").append(i)
                    .append("\" categorie=\"MAATSCHAPPELIJKE_ORGANISATIE\" soort=\"welzijn\" beschrijving=\"Een gegenereerde organisatie")
                    .append(" voor de test van het laden op de achtergrond.\"/>\n");
        }
        return Files.writeString(file, xml.append("</bondgenoot:Governancemodel>\n"));
    }

    private Actor actor(String name) {
        Actor actor = find(name);
        assertNotNull(actor, name);
        return actor;
    }

    private Actor find(String name) {
        return editor.model().getActoren().stream().filter(a -> name.equals(a.getNaam())).findFirst().orElse(null);
    }

    private static Object id(IPropertySource properties, String displayName) {
        return Arrays.stream(properties.getPropertyDescriptors()).filter(d -> displayName.equals(d.getDisplayName()))
                .findFirst().orElseThrow(() -> new AssertionError("no property " + displayName)).getId();
    }

    private static List<String> ruleIds() {
        return BondgenootUi.session().findings().stream().map(Finding::ruleId).toList();
    }

    /** Runs a workbench command as its key binding or menu item does. */
    private static void command(String id) throws Exception {
        window().getService(IHandlerService.class).executeCommand(id, null);
    }
}
