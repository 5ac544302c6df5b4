package nl.bondgenoot.beoordeling.ui;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import nl.bondgenoot.agenda.ui.FileInputs;
import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.ui.BondgenootUi;
import nl.bondgenoot.ui.editor.FileEditors;

/** Bestand > Nieuwe beoordeling…: the wizard, for the open project and the model being edited. */
public final class NieuweBeoordelingHandler extends AbstractHandler {

    public static final String COMMAND = "nl.bondgenoot.beoordeling.ui.nieuw";

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        IEditorPart active = window.getActivePage().getActiveEditor();
        Path open = active == null ? null : FileInputs.fileOf(active.getEditorInput());
        NieuweBeoordelingWizard wizard = new NieuweBeoordelingWizard(BondgenootUi.project().folder(),
                open != null && ModelFiles.isModelFile(open) ? open : null);
        if (new WizardDialog(window.getShell(), wizard).open() == Window.OK && wizard.created() != null) {
            FileEditors.open(window.getActivePage(), wizard.created());
        }
        return null;
    }
}
