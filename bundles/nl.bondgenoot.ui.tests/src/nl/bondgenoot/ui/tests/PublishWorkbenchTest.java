package nl.bondgenoot.ui.tests;

import static nl.bondgenoot.ui.tests.UiTestSupport.example;
import static nl.bondgenoot.ui.tests.UiTestSupport.settle;
import static nl.bondgenoot.ui.tests.UiTestSupport.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.publish.SiteFolder;
import nl.bondgenoot.publish.ui.Messages;
import nl.bondgenoot.publish.ui.PublishDialog;
import nl.bondgenoot.publish.ui.PublishHandler;
import nl.bondgenoot.ui.BondgenootUi;

/**
 * Bestand &gt; Publiceren...: the dialog refuses a folder that is not a publication (the command line's
 * message) and publishes the open project into a new folder; the workbench then says where the site is,
 * and opens nothing.
 */
class PublishWorkbenchTest {

    @TempDir
    Path tmp;

    private Path project() throws Exception {
        Path project = Files.createDirectories(tmp.resolve("kamperpoort"));
        for (String name : List.of("kamperpoort-kern.bondgenoot", "zelfredzaam.agenda")) {
            Files.copy(example(name), project.resolve(name));
        }
        return project;
    }

    @Test
    void theDialogSaysWhyAFolderCannotBeUsedAndAllowsANewOne() throws Exception {
        Path project = project();
        Path documents = Files.createDirectories(tmp.resolve("documenten"));
        Files.writeString(documents.resolve("brief.txt"), "van de gebruiker");
        PublishDialog dialog = new PublishDialog(window().getShell(), project);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            settle(200);
            dialog.enter(project, documents);
            settle(100);
            assertTrue(dialog.problemShown().contains("is geen eerdere publicatie van Bondgenoot"), dialog.problemShown());
            assertFalse(dialog.canPublish());
            dialog.enter(tmp.resolve("bestaat-niet"), tmp.resolve("site"));
            assertTrue(dialog.problemShown().endsWith(org.eclipse.osgi.util.NLS.bind(Messages.dialog_notAFolder, "")), dialog.problemShown());
            dialog.enter(project, tmp.resolve("site"));
            settle(100);
            assertNull(dialog.problemShown());
            assertTrue(dialog.canPublish());
            UiTestSupport.screenshot(dialog.getShell(), "publiceren-dialoog.png");
            dialog.pressPublish();
            assertEquals(tmp.resolve("site"), dialog.target());
        } finally {
            dialog.close();
        }
        assertEquals("van de gebruiker", Files.readString(documents.resolve("brief.txt")));
    }

    @Test
    void theMenuCommandPublishesTheOpenProjectAndSaysWhereItWasWritten() throws Exception {
        Path project = project();
        BondgenootUi.project().open(project);
        settle(200);
        // The dialog proposes the open project and <project>-publicatie beside it; Publiceren writes it there.
        ModalDialogCloser publish = ModalDialogCloser.pressWhenOpen(Messages.dialog_title, Messages.dialog_publish, "publiceren.png");
        ModalDialogCloser done = ModalDialogCloser.pressWhenOpen(Messages.done_title, org.eclipse.jface.dialogs.IDialogConstants.OK_LABEL, "gepubliceerd.png");
        window().getService(IHandlerService.class).executeCommand(PublishHandler.COMMAND, null);
        settle(300);
        assertTrue(publish.found(), "the Publiceren dialog opened");
        assertTrue(done.found(), "the workbench said the publication was written");
        Path site = tmp.resolve("kamperpoort-publicatie");
        assertTrue(SiteFolder.isPublication(site));
        assertTrue(Files.isRegularFile(site.resolve("index.html")));
        assertTrue(Files.isRegularFile(site.resolve("agendas/zelfredzaam/index.html")));
        String said = String.join("\n", done.texts());
        assertTrue(said.contains(site.resolve("index.html").toString()), said);
    }
}
