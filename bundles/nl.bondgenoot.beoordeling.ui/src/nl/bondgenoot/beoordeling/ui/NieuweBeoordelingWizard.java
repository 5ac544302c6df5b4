package nl.bondgenoot.beoordeling.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import nl.bondgenoot.model.Beoordeling;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.instrumenten.Instrument;
import nl.bondgenoot.model.instrumenten.Instrumenten;
import nl.bondgenoot.model.persistence.BeoordelingFiles;
import nl.bondgenoot.model.persistence.BondgenootResourceFactory;
import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.model.persistence.UnreadableFileException;

/**
 * Bestand > Nieuwe beoordeling…: a model, the practice (a netwerk or the whole model), an instrument and a
 * date; the assessment file is written beside the model and opened in the form editor.
 */
public final class NieuweBeoordelingWizard extends Wizard {

    private final Page page;
    private Path created;

    public NieuweBeoordelingWizard(Path project, Path model) {
        setWindowTitle(Messages.wizard_title);
        page = new Page(project, model);
    }

    @Override
    public void addPages() {
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        try {
            created = maak(page.model, page.onderwerp(), page.instrument(), page.datum.getText().strip(),
                    page.model.resolveSibling(page.bestand.getText().strip()));
            return true;
        } catch (UnreadableFileException e) {
            page.setErrorMessage(NLS.bind(Messages.wizard_failed, e.toUserMessage()));
            return false;
        } catch (IOException | RuntimeException e) {
            page.setErrorMessage(NLS.bind(Messages.wizard_failed, e.getMessage()));
            return false;
        }
    }

    /** The file made by Voltooien, or null. */
    public Path created() {
        return created;
    }

    /** Writes a new, empty assessment of the practice beside the model; never over an existing file. */
    public static Path maak(Path modelFile, String netwerkNaam, Instrument instrument, String datum, Path file)
            throws IOException, UnreadableFileException {
        if (Files.exists(file)) {
            throw new IOException(NLS.bind(Messages.wizard_exists, file.getFileName()));
        }
        Governancemodel model = ModelFiles.load(ModelFiles.newResourceSet(), modelFile);
        Netwerk netwerk = model.getNetwerken().stream().filter(n -> n.getNaam() != null && n.getNaam().equals(netwerkNaam))
                .findFirst().orElse(null);
        Beoordeling beoordeling = BeoordelingFiles.create(model, netwerk, instrument.id(), file);
        if (!datum.isEmpty()) {
            try {
                beoordeling.setDatum(BeoordelingFiles.datum(LocalDate.parse(datum)));
            } catch (DateTimeParseException e) {
                throw new IOException(NLS.bind(Messages.wizard_badDate, datum));
            }
        }
        BeoordelingFiles.save(beoordeling);
        return file;
    }

    private static final class Page extends WizardPage {

        private final Path project;
        private Path model;
        private Combo modelCombo;
        private Combo onderwerpCombo;
        private Combo instrumentCombo;
        private Text datum;
        private Text bestand;
        private final List<Path> modellen = new ArrayList<>();

        Page(Path project, Path model) {
            super("beoordeling");
            this.project = project;
            this.model = model;
            setTitle(Messages.wizard_title);
            setDescription(Messages.wizard_description);
        }

        @Override
        public void createControl(Composite parent) {
            Composite area = new Composite(parent, SWT.NONE);
            area.setLayout(new GridLayout(3, false));
            new Label(area, SWT.NONE).setText(Messages.wizard_model);
            modelCombo = new Combo(area, SWT.READ_ONLY | SWT.DROP_DOWN);
            modelCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            Button browse = new Button(area, SWT.PUSH);
            browse.setText(Messages.wizard_browse);
            new Label(area, SWT.NONE).setText(Messages.wizard_subject);
            onderwerpCombo = new Combo(area, SWT.READ_ONLY | SWT.DROP_DOWN);
            onderwerpCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            new Label(area, SWT.NONE).setText(Messages.wizard_instrument);
            instrumentCombo = new Combo(area, SWT.READ_ONLY | SWT.DROP_DOWN);
            instrumentCombo.setItems(Instrumenten.alle().stream().map(Instrument::naam).toArray(String[]::new));
            instrumentCombo.select(0);
            instrumentCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            new Label(area, SWT.NONE).setText(Messages.wizard_date);
            datum = new Text(area, SWT.BORDER);
            datum.setText(LocalDate.now().toString());
            datum.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            new Label(area, SWT.NONE).setText(Messages.wizard_file);
            bestand = new Text(area, SWT.BORDER);
            bestand.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

            if (project != null) {
                try (Stream<Path> files = Files.walk(project, 4)) {
                    files.filter(ModelFiles::isModelFile).sorted().forEach(modellen::add);
                } catch (IOException e) {
                    // the project folder cannot be listed: Bladeren still works
                }
            }
            if (model != null && !modellen.contains(model)) {
                modellen.add(0, model);
            }
            modelCombo.setItems(modellen.stream().map(this::toon).toArray(String[]::new));
            if (!modellen.isEmpty()) {
                modelCombo.select(Math.max(0, modellen.indexOf(model)));
                kiesModel(modellen.get(modelCombo.getSelectionIndex()));
            }
            modelCombo.addListener(SWT.Selection, e -> kiesModel(modellen.get(modelCombo.getSelectionIndex())));
            browse.addListener(SWT.Selection, e -> {
                FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
                dialog.setFilterExtensions(new String[] { "*.bondgenoot" });
                String chosen = dialog.open();
                if (chosen != null) {
                    Path path = Path.of(chosen).toAbsolutePath().normalize();
                    modellen.add(path);
                    modelCombo.add(toon(path));
                    modelCombo.select(modellen.size() - 1);
                    kiesModel(path);
                }
            });
            instrumentCombo.addListener(SWT.Selection, e -> naam());
            onderwerpCombo.addListener(SWT.Selection, e -> naam());
            bestand.addListener(SWT.Modify, e -> check());
            setControl(area);
            check();
        }

        private String toon(Path path) {
            return project != null && path.startsWith(project) ? project.relativize(path).toString() : path.toString();
        }

        private void kiesModel(Path path) {
            model = path;
            onderwerpCombo.removeAll();
            onderwerpCombo.add(Messages.editor_wholeModel);
            try {
                ModelFiles.load(path).getNetwerken().stream().map(Netwerk::getNaam).filter(n -> n != null)
                        .forEach(onderwerpCombo::add);
                setErrorMessage(null);
            } catch (UnreadableFileException e) {
                setErrorMessage(e.toUserMessage());
            }
            onderwerpCombo.select(onderwerpCombo.getItemCount() > 1 ? 1 : 0);
            naam();
        }

        String onderwerp() {
            return onderwerpCombo.getSelectionIndex() <= 0 ? null : onderwerpCombo.getText();
        }

        Instrument instrument() {
            return Instrumenten.alle().get(Math.max(0, instrumentCombo.getSelectionIndex()));
        }

        /** The proposed file name: the model's, the instrument's and the date. */
        private void naam() {
            if (model == null) {
                return;
            }
            String base = model.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            bestand.setText(base + "-" + instrument().id() + "-" + datum.getText().strip() + "." + BondgenootResourceFactory.BEOORDELING_EXTENSION);
        }

        private void check() {
            String name = bestand.getText().strip();
            String problem = model == null ? Messages.wizard_noModel
                    : !BeoordelingFiles.isBeoordelingFile(Path.of(name)) || name.contains("/") ? Messages.wizard_badName
                    : Files.exists(model.resolveSibling(name)) ? NLS.bind(Messages.wizard_exists, name) : null;
            setErrorMessage(problem);
            setPageComplete(problem == null);
        }
    }
}
