package nl.bondgenoot.model.persistence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMIException;

import nl.bondgenoot.model.BondgenootPackage;
import nl.bondgenoot.model.Element;
import nl.bondgenoot.model.Governancemodel;

/**
 * Loads and saves model files. A file either loads completely or not at all: any parse problem,
 * foreign package or unexpected root gives a {@link ModelLoadException}, never a half model that
 * could later be saved over the original. Saving writes a temporary file and moves it into place.
 */
public final class ModelFiles {

    private ModelFiles() {
    }

    /** A resource set that knows the Bondgenoot package and file extension, also outside OSGi. */
    public static ResourceSet newResourceSet() {
        ResourceSet set = new ResourceSetImpl();
        set.getPackageRegistry().put(BondgenootPackage.eNS_URI, BondgenootPackage.eINSTANCE);
        set.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put(BondgenootResourceFactory.FILE_EXTENSION, new BondgenootResourceFactory());
        set.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put(BondgenootResourceFactory.BEOORDELING_EXTENSION, new BondgenootResourceFactory());
        return set;
    }

    public static Governancemodel load(Path file) throws ModelLoadException {
        return load(newResourceSet(), file);
    }

    /** Whether the file's name says it is a model file ({@code .bondgenoot}). */
    public static boolean isModelFile(Path file) {
        return file.getFileName() != null && file.getFileName().toString().endsWith("." + BondgenootResourceFactory.FILE_EXTENSION);
    }

    /**
     * The file as an absolute path, once it is known to be a readable regular file; otherwise the
     * Dutch reason. Every reader of user files (models, agendas) starts here.
     */
    public static Path readableFile(Path file) throws ModelLoadException {
        Path absolute = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute)) {
            throw new ModelLoadException(file, 0, Files.exists(absolute) || Files.isSymbolicLink(absolute)
                    ? RegularFiles.notAFile(absolute) : "bestand niet gevonden", null);
        }
        if (!Files.isReadable(absolute)) {
            throw new ModelLoadException(file, 0, "bestand is niet leesbaar (geen leesrechten)", null);
        }
        return absolute;
    }

    public static Governancemodel load(ResourceSet set, Path file) throws ModelLoadException {
        Resource resource = parse(set, file, "het model");
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Governancemodel)) {
            String found = resource.getContents().isEmpty() ? "een leeg bestand"
                    : "een " + describe(resource.getContents().get(0));
            set.getResources().remove(resource);
            throw new ModelLoadException(file, 0,
                    "geen Bondgenoot-model: verwacht een Governancemodel, gevonden " + found, null);
        }
        Governancemodel model = (Governancemodel) resource.getContents().get(0);
        ModelLoadException duplicate = duplicateId(file, resource);
        if (duplicate != null) {
            set.getResources().remove(resource);
            throw duplicate;
        }
        return model;
    }

    /**
     * Reads a Bondgenoot XMI file (a model, an assessment) into a resource of the set: completely, or not
     * at all with a Dutch message naming the line. {@code what} names the kind of file in the message
     * ("het model", "de beoordeling"). The caller checks the root and the ids.
     */
    static Resource parse(ResourceSet set, Path file, String what) throws ModelLoadException {
        Path absolute = readableFile(file);
        RegularFiles.Read read;
        try {
            read = RegularFiles.read(absolute, RegularFiles.MAX_MODEL_BYTES);
        } catch (UnusableFileException e) {
            throw new ModelLoadException(file, 0, e.getMessage(), e);
        } catch (IOException e) {
            throw translate(file, e, what);
        }
        Resource resource = new BondgenootResourceFactory().createResource(URI.createFileURI(absolute.toString()));
        set.getResources().add(resource);
        try {
            // parsed from the bytes read, so that the version a save checks against is exactly what was parsed
            resource.load(new ByteArrayInputStream(read.content()), Map.of());
            FileVersion.remember(resource, read.version());
        } catch (IOException | RuntimeException e) {
            set.getResources().remove(resource);
            throw translate(file, e, what);
        }
        if (!resource.getErrors().isEmpty()) {
            Resource.Diagnostic first = resource.getErrors().get(0);
            set.getResources().remove(resource);
            String dutch = first instanceof Throwable t ? XmlMessages.dutch(t) : null;
            throw new ModelLoadException(file, first.getLine(), "kan " + what + " niet lezen: "
                    + (dutch != null ? dutch : first.getMessage()), null);
        }
        return resource;
    }

    /** Ids are what references and diagrams hold on to: two elements with one id would be mixed up. */
    static ModelLoadException duplicateId(Path file, Resource resource) {
        // The resource notes duplicates while it loads (see LineTrackingResource#getDuplicateId).
        LineTrackingResource.DuplicateId duplicate = resource instanceof LineTrackingResource lines
                ? lines.getDuplicateId() : null;
        if (duplicate == null) {
            return null;
        }
        return new ModelLoadException(file, duplicate.line(), "de id '" + duplicate.id() + "' komt twee keer voor"
                + (duplicate.firstLine() > 0 ? " (ook op regel " + duplicate.firstLine() + ")" : "")
                + "; elke id moet uniek zijn", null);
    }

    /**
     * Gives every element without an id a new UUID. Called before each save, so that whatever
     * created an element (a command, a quick fix, an import), it is saved with a stable id.
     */
    public static void assignMissingIds(Resource resource) {
        for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
            if (it.next() instanceof Element element && (element.getId() == null || element.getId().isBlank())) {
                element.setId(newId());
            }
        }
    }

    /** A new element id: every id in a model file is a random UUID. */
    public static String newId() {
        return UUID.randomUUID().toString();
    }

    static String describe(EObject root) {
        EPackage p = root.eClass().getEPackage();
        return root.eClass().getName() + (p == BondgenootPackage.eINSTANCE ? "" : " uit " + p.getNsURI());
    }

    private static ModelLoadException translate(Path file, Exception e, String what) {
        Throwable cause = e;
        while (cause.getCause() != null && cause != cause.getCause() && !(cause instanceof XMIException)) {
            cause = cause.getCause();
        }
        if (rootCause(e) instanceof org.xml.sax.SAXParseException spe) {
            return new ModelLoadException(file, spe.getLineNumber(), XmlMessages.dutch(spe), e);
        }
        if (cause instanceof PackageNotFoundException pnf && FormatVersions.unreadableVersion(pnf.uri()) != null) {
            return new ModelLoadException(file, pnf.getLine(), "modelversie " + FormatVersions.unreadableVersion(pnf.uri())
                    + " kan deze Bondgenoot niet lezen (hij leest versie " + FormatVersions.readable()
                    + "): open het bestand met een nieuwere Bondgenoot", e);
        }
        if (cause instanceof PackageNotFoundException pnf) {
            return new ModelLoadException(file, pnf.getLine(),
                    "geen Bondgenoot-model: onbekend modeltype '" + pnf.uri() + "'", e);
        }
        if (cause instanceof XMIException xe) {
            String dutch = XmlMessages.dutch(xe);
            return new ModelLoadException(file, xe.getLine(), "kan " + what + " niet lezen: " + (dutch != null ? dutch : firstLine(xe)), e);
        }
        if (rootCause(e) instanceof NoSuchFileException) {
            return new ModelLoadException(file, 0, "bestand niet gevonden", e);
        }
        return new ModelLoadException(file, 0, "kan " + what + " niet lezen: " + firstLine(rootCause(e)), e);
    }

    private static Throwable rootCause(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static String firstLine(Throwable t) {
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /**
     * Saves the model's resource to its file atomically (see {@link AtomicWrite}), unless the file
     * changed on disk since it was read ({@link FileChangedException}), is read-only
     * ({@link ReadOnlyFileException}) or is no regular file. A resource made in memory is saved only
     * as a new file.
     */
    public static void save(Resource resource) throws IOException {
        save(resource, List.of());
    }

    /**
     * Saves the model with files that belong to it (its map's notation) as one unit: all are
     * checked and written before any replaces its file, the model first.
     */
    public static void save(Resource resource, List<AtomicWrite.Part> companions) throws IOException {
        Path target = Path.of(resource.getURI().toFileString());
        assignMissingIds(resource);
        FileVersion expected = FileVersion.of(resource);
        List<AtomicWrite.Part> parts = new ArrayList<>();
        parts.add(new AtomicWrite.Part(target, expected == null ? FileVersion.ABSENT : expected,
                out -> resource.save(out, Map.of()), written -> {
                    FileVersion.remember(resource, written);
                    FormatVersions.written(resource);
                }));
        parts.addAll(companions);
        AtomicWrite.writeAll(parts);
    }

    /**
     * Writes the model (and its companions) to another file, as one unit: "Opslaan als…" after a
     * refused save. The resource stays the model of its own file. The target is replaced only when
     * it is still as it was when the user chose it (the file dialog asked).
     */
    public static void saveCopy(Resource resource, Path file, List<AtomicWrite.Part> companions) throws IOException {
        assignMissingIds(resource);
        Path target = file.toAbsolutePath().normalize();
        List<AtomicWrite.Part> parts = new ArrayList<>();
        parts.add(new AtomicWrite.Part(target, FileVersion.current(target), out -> resource.save(out, Map.of())));
        parts.addAll(companions);
        AtomicWrite.writeAll(parts);
    }
}
