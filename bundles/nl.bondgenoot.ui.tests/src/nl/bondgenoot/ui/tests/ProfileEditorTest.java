package nl.bondgenoot.ui.tests;

import static nl.bondgenoot.ui.tests.UiTestSupport.page;
import static nl.bondgenoot.ui.tests.UiTestSupport.settle;
import static nl.bondgenoot.ui.tests.UiTestSupport.window;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.rules.Rules;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.engine.RuleProfile;
import nl.bondgenoot.ui.BondgenootUi;
import nl.bondgenoot.ui.profile.ProfileEditor;
import nl.bondgenoot.ui.project.ProjectExplorerView;

/**
 * The Regelprofiel editor opened from the Projectverkenner: switching a rule off and re-grading
 * another reaches the file (comments and parameter lines kept) and the rule engine; a broken
 * profile opens as an error page and is never written.
 */
class ProfileEditorTest {

    @TempDir
    Path home;

    @AfterEach
    void close() {
        page().closeAllEditors(false);
    }

    @Test
    void choicesAreSavedNextToTheUsersOwnLinesAndTheEngineFollowsThem() throws Exception {
        Path project = home.resolve("profiel");
        BondgenootUi.project().create(project, null);
        Path profile = project.resolve(RuleProfile.FILE_NAME);
        Files.writeString(profile, Files.readString(profile) + "# onze eigen afspraak\nGOV-24.maximumActievePartners = 12\n");
        ProjectExplorerView explorer = (ProjectExplorerView) page().showView(ProjectExplorerView.ID);
        explorer.open(profile);
        ProfileEditor editor = assertInstanceOf(ProfileEditor.class, page().getActiveEditor());
        settle(200);
        UiTestSupport.screenshot(window().getShell(), "regelprofiel.png");

        editor.choose("AG-9", "uit");
        editor.choose("4R-8", "INFO");
        assertTrue(editor.isDirty());
        window().getService(IHandlerService.class).executeCommand("org.eclipse.ui.file.save", null);
        assertFalse(editor.isDirty());

        String text = Files.readString(profile);
        assertTrue(text.startsWith("# Regelinstellingen") && text.contains("# onze eigen afspraak") && text.contains("GOV-24.maximumActievePartners = 12"), text);
        assertTrue(text.contains("AG-9 = uit") && text.contains("4R-8 = INFO"), text);
        RuleProfile read = RuleProfile.load(profile);
        assertFalse(read.isEnabled("AG-9"));
        var fourR8 = Rules.all().stream().map(r -> r.info()).filter(r -> r.id().equals("4R-8")).findFirst().orElseThrow();
        assertEquals(Severity.INFO, read.severity(fourR8));
        assertEquals("12", read.parameters().get("GOV-24.maximumActievePartners"));

        editor.choose("AG-9", "standaard");
        window().getService(IHandlerService.class).executeCommand("org.eclipse.ui.file.save", null);
        assertFalse(Files.readString(profile).contains("AG-9"), Files.readString(profile));
    }

    @Test
    void aBrokenProfileOpensAsAnErrorPageAndIsNeverWritten() throws Exception {
        Path profile = projectWithProfile("kapot", "AG-9 = misschien\n");
        byte[] before = Files.readAllBytes(profile);
        ProfileEditor editor = open(profile);
        assertTrue(editor.errorText().contains("misschien") && editor.errorText().contains("bondgenoot.profiel:1: "), editor.errorText());
        page().closeAllEditors(true);
        assertArrayEquals(before, Files.readAllBytes(profile));
    }

    @Test
    void aProfileChangedOnDiskSinceItWasOpenedIsNotOverwritten() throws Exception {
        Path project = home.resolve("gelijktijdig");
        BondgenootUi.project().create(project, null);
        Path profile = project.resolve(RuleProfile.FILE_NAME);
        ((ProjectExplorerView) page().showView(ProjectExplorerView.ID)).open(profile);
        ProfileEditor editor = assertInstanceOf(ProfileEditor.class, page().getActiveEditor());
        editor.choose("AG-9", "uit");
        String elsewhere = Files.readString(profile) + "AG-13 = uit\n"; // a colleague's change, saved meanwhile
        Files.writeString(profile, elsewhere);

        ModalDialogCloser closer = ModalDialogCloser.closeWhenOpen(nl.bondgenoot.ui.Messages.profile_saveFailedTitle);
        editor.doSave(null);
        assertTrue(closer.found(), "the refusal is shown");
        assertTrue(String.join(" ", closer.texts()).contains("is na het openen gewijzigd"), closer.texts().toString());
        assertEquals(elsewhere, Files.readString(profile), "the colleague's change is kept");
        assertTrue(editor.isDirty());
    }

    @Test
    void unknownRuleIdsAndParametersAreWarnedWithLineAndClosestNames() throws Exception {
        Path profile = projectWithProfile("tikfout", "GOV-24.maximumActievePartner = 12\nNET-1 = uit\nNET-99 = uit\n");
        ProfileEditor editor = open(profile);
        settle(200);
        assertEquals(null, editor.errorText(), "a line without effect does not make the profile unusable");
        String warnings = editor.warningText();
        assertTrue(warnings.contains(profile + ":1: WAARSCHUWING onbekende parameter 'GOV-24.maximumActievePartner'")
                && warnings.contains("GOV-24.maximumActievePartners"), warnings);
        assertTrue(warnings.contains(profile + ":3: WAARSCHUWING onbekende regel 'NET-99'"), warnings);
        assertFalse(warnings.contains(":2:"), warnings);
        assertEquals("uit", editor.choiceText(Rules.all().stream().map(r -> r.info()).filter(r -> r.id().equals("NET-1"))
                .findFirst().orElseThrow()));
    }

    @Test
    void aThresholdThatIsNoWholeNumberIsAnErrorPageWithItsLine() throws Exception {
        ProfileEditor editor = open(projectWithProfile("getal", "# drempel\nNET-1.minimumOrganisaties = 1e308\n"));
        assertTrue(editor.errorText().contains("bondgenoot.profiel:2: '1e308' is geen geheel getal voor NET-1.minimumOrganisaties"),
                editor.errorText());
    }

    /** A new project whose bondgenoot.profiel has this text. */
    private Path projectWithProfile(String folder, String text) throws Exception {
        Path project = home.resolve(folder);
        BondgenootUi.project().create(project, null);
        return Files.writeString(project.resolve(RuleProfile.FILE_NAME), text);
    }

    /** The profile opened from the Projectverkenner, in the Regelprofiel editor. */
    private static ProfileEditor open(Path profile) throws Exception {
        ((ProjectExplorerView) page().showView(ProjectExplorerView.ID)).open(profile);
        return assertInstanceOf(ProfileEditor.class, page().getActiveEditor());
    }
}
