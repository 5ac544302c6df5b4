package nl.bondgenoot.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import nl.bondgenoot.ui.project.ProjectExplorerView;
import nl.bondgenoot.ui.project.ProjectFindingsView;
import nl.bondgenoot.ui.properties.EigenschappenView;
import nl.bondgenoot.ui.views.FindingsView;
import nl.bondgenoot.ui.views.ModelExplorerView;
import nl.bondgenoot.ui.views.OverzichtView;

/**
 * Projectverkenner and Modelverkenner left, the editors (model, agenda) in the middle with Overzicht
 * right of them; below, Bevindingen and Eigenschappen side by side (both are wide tables; the tabs of
 * Eigenschappen need the width that a column beside the editor does not have).
 */
public class Perspective implements IPerspectiveFactory {

    public static final String ID = "nl.bondgenoot.ui.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        IFolderLayout bottom = layout.createFolder("nl.bondgenoot.ui.bottom", IPageLayout.BOTTOM, 0.6f, editorArea);
        bottom.addView(FindingsView.ID);
        bottom.addView(ProjectFindingsView.ID);
        IFolderLayout left = layout.createFolder("nl.bondgenoot.ui.left", IPageLayout.LEFT, 0.25f, editorArea);
        left.addView(ModelExplorerView.ID);
        left.addView(ProjectExplorerView.ID);
        layout.addView(EigenschappenView.ID, IPageLayout.RIGHT, 0.5f, "nl.bondgenoot.ui.bottom");
        layout.addView(OverzichtView.ID, IPageLayout.RIGHT, 0.72f, editorArea);
    }
}
