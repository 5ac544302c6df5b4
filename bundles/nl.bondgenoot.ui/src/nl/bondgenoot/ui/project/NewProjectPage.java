package nl.bondgenoot.ui.project;

import java.nio.file.Path;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import nl.bondgenoot.examples.Voorbeelden;
import nl.bondgenoot.ui.Messages;

/** Name, place and start (empty or an example) of a new project. */
public class NewProjectPage extends WizardPage {

    private Text name;
    private Text location;
    private Button empty;
    private Button[] examples;

    NewProjectPage() {
        super("nieuwProject", Messages.wizard_title, null);
        setDescription(Messages.wizard_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(3, false));
        new Label(area, SWT.NONE).setText(Messages.wizard_name);
        name = new Text(area, SWT.BORDER);
        name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        new Label(area, SWT.NONE).setText(Messages.wizard_location);
        location = new Text(area, SWT.BORDER);
        location.setText(Path.of(System.getProperty("user.home"), "Bondgenoot").toString());
        location.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button browse = new Button(area, SWT.PUSH);
        browse.setText(Messages.wizard_browse);
        browse.addListener(SWT.Selection, e -> {
            DirectoryDialog dialog = new DirectoryDialog(getShell());
            dialog.setFilterPath(location.getText());
            String chosen = dialog.open();
            if (chosen != null) {
                location.setText(chosen);
            }
        });
        Label start = new Label(area, SWT.NONE);
        start.setText(Messages.wizard_startWith);
        start.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        empty = radio(area, Messages.wizard_empty);
        empty.setSelection(true);
        examples = Voorbeelden.all().stream().map(v -> radio(area, NLS.bind(Messages.wizard_example, v.titel()))).toArray(Button[]::new);
        name.addListener(SWT.Modify, e -> validate());
        location.addListener(SWT.Modify, e -> validate());
        setControl(area);
        validate();
    }

    private static Button radio(Composite area, String text) {
        Button button = new Button(area, SWT.RADIO);
        button.setText(text);
        button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        return button;
    }

    private void validate() {
        String problem = name.getText().isBlank() ? Messages.wizard_nameMissing
                : name.getText().matches(".*[/\\\\].*") ? Messages.wizard_nameWithSlash
                : location.getText().isBlank() ? Messages.wizard_locationMissing : null;
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    /** Fills in the page as a user would (tests use it). */
    public void fill(String projectName, Path parent, Voorbeelden.Voorbeeld voorbeeld) {
        name.setText(projectName);
        location.setText(parent.toString());
        empty.setSelection(voorbeeld == null);
        for (int i = 0; i < examples.length; i++) {
            examples[i].setSelection(Voorbeelden.all().get(i).equals(voorbeeld));
        }
    }

    Path folder() {
        return Path.of(location.getText().strip()).resolve(name.getText().strip());
    }

    Voorbeelden.Voorbeeld voorbeeld() {
        for (int i = 0; i < examples.length; i++) {
            if (examples[i].getSelection()) {
                return Voorbeelden.all().get(i);
            }
        }
        return null;
    }
}
