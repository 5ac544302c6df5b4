package nl.bondgenoot.publish.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import nl.bondgenoot.publish.SiteFolder;

/**
 * Bestand &gt; Publiceren...: the project folder and the target folder, checked while the user types (a folder
 * that is neither new, empty nor an earlier publication is refused with the command line's message).
 */
public final class PublishDialog extends TitleAreaDialog {

    private final Path initialProject;
    private Text project;
    private Text target;
    private Path chosenProject;
    private Path chosenTarget;

    public PublishDialog(Shell parent, Path initialProject) {
        super(parent);
        this.initialProject = initialProject;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.dialog_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.dialog_title);
        setMessage(Messages.dialog_message);
        Composite fields = new Composite(area, SWT.NONE);
        fields.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        fields.setLayout(new GridLayout(3, false));
        project = folderField(fields, Messages.dialog_project, Messages.dialog_chooseProject);
        target = folderField(fields, Messages.dialog_target, Messages.dialog_chooseTarget);
        if (initialProject != null) {
            project.setText(initialProject.toString());
            Path parentFolder = initialProject.getParent();
            if (parentFolder != null) {
                target.setText(parentFolder.resolve(initialProject.getFileName() + "-publicatie").toString());
            }
        }
        project.addModifyListener(e -> check());
        target.addModifyListener(e -> check());
        return area;
    }

    private Text folderField(Composite fields, String label, String chooserText) {
        new Label(fields, SWT.NONE).setText(label);
        Text text = new Text(fields, SWT.BORDER | SWT.SINGLE);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 420;
        text.setLayoutData(data);
        Button browse = new Button(fields, SWT.PUSH);
        browse.setText(Messages.dialog_browse);
        browse.addListener(SWT.Selection, e -> {
            DirectoryDialog chooser = new DirectoryDialog(getShell());
            chooser.setMessage(chooserText);
            if (!text.getText().isBlank()) {
                chooser.setFilterPath(text.getText());
            }
            String chosen = chooser.open();
            if (chosen != null) {
                text.setText(chosen);
            }
        });
        return text;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.dialog_publish, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        check();
    }

    /** Says what is wrong with the two folders, and allows Publiceren only when nothing is. */
    private void check() {
        Optional<String> problem = problem();
        setErrorMessage(problem.orElse(null));
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(problem.isEmpty());
        }
    }

    private Optional<String> problem() {
        String projectText = project.getText().strip();
        String targetText = target.getText().strip();
        if (projectText.isEmpty()) {
            return Optional.of(Messages.dialog_noProject);
        }
        if (!Files.isDirectory(Path.of(projectText))) {
            return Optional.of(NLS.bind(Messages.dialog_notAFolder, projectText));
        }
        if (targetText.isEmpty()) {
            return Optional.of(Messages.dialog_noTarget);
        }
        return SiteFolder.problemWith(Path.of(targetText));
    }

    @Override
    protected void okPressed() {
        chosenProject = Path.of(project.getText().strip());
        chosenTarget = Path.of(target.getText().strip());
        super.okPressed();
    }

    public Path project() {
        return chosenProject;
    }

    public Path target() {
        return chosenTarget;
    }

    /** For tests and for a caller that fills in the dialog: the fields as a user types them. */
    public void enter(Path projectFolder, Path targetFolder) {
        project.setText(projectFolder == null ? "" : projectFolder.toString());
        target.setText(targetFolder == null ? "" : targetFolder.toString());
    }

    /** The message the dialog shows now (null: none), and whether Publiceren can be pressed. */
    public String problemShown() {
        return getErrorMessage();
    }

    public boolean canPublish() {
        return getButton(IDialogConstants.OK_ID).isEnabled();
    }

    public void pressPublish() {
        okPressed();
    }
}
