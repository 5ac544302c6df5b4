package nl.bondgenoot.diagram.ui;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import nl.bondgenoot.diagram.notation.MapViews;
import nl.bondgenoot.diagram.representations.DiagramRepresentations;
import nl.bondgenoot.representation.description.Representation;
import nl.bondgenoot.diagram.notation.ViewSelection;

/**
 * "Nieuwe weergave": a name, the representation it draws (netwerkkaart, regiekaart or one a plug-in
 * contributes), and which elements: everything, the elements selected in the model editor, or what
 * lies around them, n steps along the map's lines.
 */
final class NewViewDialog extends TitleAreaDialog {

    private final MapViews views;
    private final List<String> chosen;
    private Text name;
    private Button everything;
    private Button elements;
    private Button around;
    private Spinner steps;
    private Combo kind;
    /** The views of a model file draw what applies to models (the Agendaketen is for agendas). */
    private final List<Representation> representations = DiagramRepresentations.get()
            .forFileKind(nl.bondgenoot.model.persistence.BondgenootFiles.MODEL_EXTENSION);
    private String resultRepresentation;
    private String resultName;
    private ViewSelection resultSelection;

    /** @param chosen the ids of the actors, netwerken and convenanten selected when the dialog was asked for */
    NewViewDialog(Shell shell, MapViews views, List<String> chosen) {
        super(shell);
        this.views = views;
        this.chosen = chosen;
    }

    @Override
    public void create() {
        super.create();
        getShell().setText(Messages.views_newTitle);
        setTitle(Messages.views_newTitle);
        setMessage(Messages.views_newMessage);
        check();
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        new Label(form, SWT.NONE).setText(Messages.views_nameLabel);
        name = new Text(form, SWT.BORDER);
        name.setText(views.freeName(Messages.views_defaultName));
        name.selectAll();
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(320, SWT.DEFAULT).applyTo(name);
        name.addModifyListener(e -> check());
        // which representation (description) the view draws: the netwerkkaart, the regiekaart, a plug-in's
        new Label(form, SWT.NONE).setText(Messages.views_kindLabel);
        kind = new Combo(form, SWT.READ_ONLY);
        representations.forEach(r -> kind.add(r.naam()));
        kind.select(0);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(kind);

        everything = radio(form, Messages.views_everything);
        elements = radio(form, NLS.bind(Messages.views_chosen, chosen.size()));
        around = new Button(form, SWT.RADIO);
        around.setText(Messages.views_around);
        GridDataFactory.fillDefaults().span(1, 1).applyTo(around);
        steps = new Spinner(form, SWT.BORDER);
        steps.setValues(1, 0, ViewSelection.MAX_STEPS, 0, 1, 1);
        new Label(form, SWT.NONE).setText(Messages.views_steps);
        elements.setEnabled(!chosen.isEmpty());
        around.setEnabled(!chosen.isEmpty());
        steps.setEnabled(!chosen.isEmpty());
        (chosen.isEmpty() ? everything : around).setSelection(true);
        return area;
    }

    private static Button radio(Composite form, String text) {
        Button button = new Button(form, SWT.RADIO);
        button.setText(text);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(button);
        return button;
    }

    private void check() {
        String problem = views.problemWithName(name.getText(), null).orElse(null);
        setErrorMessage(problem);
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(problem == null);
        }
    }

    @Override
    protected void okPressed() {
        resultName = name.getText().strip();
        resultRepresentation = representations.get(Math.max(0, kind.getSelectionIndex())).id();
        resultSelection = everything.getSelection() ? ViewSelection.alles()
                : elements.getSelection() ? ViewSelection.elementen(chosen) : ViewSelection.rond(chosen, steps.getSelection());
        super.okPressed();
    }

    /** The name given (after OK). */
    String name() {
        return resultName;
    }

    /** The id of the representation chosen (after OK). */
    String representation() {
        return resultRepresentation;
    }

    /** The selection chosen (after OK). */
    ViewSelection selection() {
        return resultSelection;
    }
}
