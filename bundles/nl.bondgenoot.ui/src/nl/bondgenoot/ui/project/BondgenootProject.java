package nl.bondgenoot.ui.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;

import nl.bondgenoot.examples.Voorbeelden;
import nl.bondgenoot.model.BondgenootFactory;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.rules.engine.RuleProfile;
import nl.bondgenoot.rules.engine.RuleProfileWriter;
import nl.bondgenoot.ui.Messages;

/**
 * The project the user works in: a folder with a rule profile (bondgenoot.profiel) and the model
 * files and agendas below it, the same notion of project the command line and the agenda language
 * use. Creates projects, models and agendas; never overwrites a file. Free of SWT.
 */
public final class BondgenootProject {

    /** Told when another project is opened. */
    @FunctionalInterface
    public interface Listener {
        void projectChanged(Path folder);
    }

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private Path folder;

    /** The open project's folder, or null. */
    public Path folder() {
        return folder;
    }

    public void open(Path projectFolder) {
        folder = projectFolder.toAbsolutePath().normalize();
        listeners.forEach(l -> l.projectChanged(folder));
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /**
     * Creates the project folder with a rule profile, copies the example's files into it (none for
     * an empty project) and opens it. A folder that exists and is not empty is refused.
     *
     * @return the files copied from the example
     */
    public List<Path> create(Path projectFolder, Voorbeelden.Voorbeeld voorbeeld) throws IOException {
        if (Files.isDirectory(projectFolder)) {
            try (var entries = Files.list(projectFolder)) {
                if (entries.findAny().isPresent()) {
                    throw new IOException(NLS.bind(Messages.project_folderNotEmpty, projectFolder));
                }
            }
        }
        Files.createDirectories(projectFolder);
        Files.writeString(projectFolder.resolve(RuleProfile.FILE_NAME), RuleProfileWriter.HEADER, StandardCharsets.UTF_8);
        List<Path> copied = voorbeeld == null ? List.of() : Voorbeelden.copy(voorbeeld, projectFolder);
        open(projectFolder);
        return copied;
    }

    /** A new, empty model file named after the model, in the open project. */
    public Path newModel(String naam) throws IOException {
        Path file = freeFile(naam, ".bondgenoot");
        Resource resource = ModelFiles.newResourceSet().createResource(URI.createFileURI(file.toString()));
        Governancemodel model = BondgenootFactory.eINSTANCE.createGovernancemodel();
        model.setNaam(naam);
        resource.getContents().add(model);
        ModelFiles.save(resource);
        return file;
    }

    /** A new agenda file with the three agendas to fill in, in the open project. */
    public Path newAgenda(String naam) throws IOException {
        Path file = freeFile(naam, ".agenda");
        String quoted = "\"" + naam.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        Files.writeString(file, """
                // %s: waarom (maatschappelijke agenda), wat (veranderagenda) en hoe (uitvoeringsagenda's).
                maatschappelijke agenda %s
                  visie "Waar staan we samen voor?"

                veranderagenda
                """.formatted(naam, quoted), StandardCharsets.UTF_8);
        return file;
    }

    private Path freeFile(String naam, String extension) throws IOException {
        if (folder == null) {
            throw new IOException(Messages.project_noneOpen);
        }
        String base = naam.strip().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "").toLowerCase(java.util.Locale.ROOT);
        if (base.isEmpty()) {
            throw new IOException(Messages.project_nameWithoutLetters);
        }
        Path file = folder.resolve(base + extension);
        if (Files.exists(file)) {
            throw new IOException(NLS.bind(Messages.project_fileExists, file.getFileName()));
        }
        return file;
    }
}
