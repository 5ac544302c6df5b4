package nl.bondgenoot.ui;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import nl.bondgenoot.ui.views.FindingsView;
import nl.bondgenoot.ui.views.ModelExplorerView;

/**
 * Modelverkenner on top, Bevindingen below it across the full width (the table needs the width). The
 * editor area, hidden for now, sits right of the Modelverkenner: diagram editors will open there.
 */
public class Perspective implements IPerspectiveFactory {

    public static final String ID = "nl.bondgenoot.ui.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(false);
        layout.addView(FindingsView.ID, IPageLayout.BOTTOM, 0.6f, editorArea);
        layout.addView(ModelExplorerView.ID, IPageLayout.LEFT, 0.3f, editorArea);
    }
}
