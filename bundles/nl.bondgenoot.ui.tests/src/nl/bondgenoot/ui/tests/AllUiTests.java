package nl.bondgenoot.ui.tests;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/**
 * All UI tests share one workbench, so their order matters: StartupTest must see the model the
 * command line opened before any other test opens one. The pom runs only this suite (and, in an
 * execution of its own with -nl en_GB, EnglishWorkbenchTest).
 */
@Suite
@SelectClasses({ StartupTest.class, WorkbenchWindowTest.class, ModelViewsTest.class, StartupFilesTest.class, AgendaEditorTest.class, ModelEditorTest.class, TableEditorTest.class, ProjectTest.class, WelcomeTest.class, ProfileEditorTest.class, ProjectValidationTest.class, HandleidingTest.class, NetwerkkaartEditorTest.class, AgendaketenWorkbenchTest.class, MapViewsWorkbenchTest.class, NetwerkanalyseWorkbenchTest.class, SpreadsheetImportWorkbenchTest.class, TranslationsTest.class, VergelijkkaartWorkbenchTest.class, BeoordelingEditorTest.class, ZelfanalyseWorkbenchTest.class, PublishWorkbenchTest.class, DialoogknoppenTest.class })
class AllUiTests {
}
