package nl.bondgenoot.model.persistence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;

import nl.bondgenoot.model.Beoordeling;
import nl.bondgenoot.model.BondgenootFactory;
import nl.bondgenoot.model.BondgenootPackage;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.instrumenten.Instrument;
import nl.bondgenoot.model.instrumenten.Instrumenten;

/**
 * Assessment files ({@code .beoordeling}, issue 16): one {@link Beoordeling} per file, saved beside its
 * model in the model's XMI style (ids, UTF-8) and of the model's format version (its namespace, see
 * {@link FormatVersions}). It refers to the model's elements by cross-document reference with a relative
 * href ({@code ok-team.bondgenoot#<id>}). Loading reads the model too; a missing or unreadable model or a
 * reference to an element the model no longer has gives a {@link ModelLoadException} naming the
 * assessment's file and line, never a half assessment. Saving is {@link ModelFiles#save}'s: atomic, and
 * never over a file that changed on disk or cannot be read.
 */
public final class BeoordelingFiles {

    /** The assessment's reference to its model as written: {@code <model href="x.bondgenoot#id"/>}. */
    private static final Pattern MODEL_HREF = Pattern.compile("<model\\s+href=\"([^\"#]*)#");

    private BeoordelingFiles() {
    }

    /** Whether the file's name says it is an assessment file ({@code .beoordeling}). */
    public static boolean isBeoordelingFile(Path file) {
        return file.getFileName() != null
                && file.getFileName().toString().endsWith("." + BondgenootResourceFactory.BEOORDELING_EXTENSION);
    }

    /**
     * A new assessment with the instrument of this id, of the whole model or of one of its netwerken
     * ({@code onderwerp}, may be null), dated today, in a new resource for {@code target} in the model's
     * resource set. Nothing is written: save it with {@link #save(Beoordeling)}, which refuses to overwrite
     * an existing file.
     *
     * @throws IllegalArgumentException when the model has no file, the netwerk is not in the model or the
     *         instrument is not installed (Dutch message)
     */
    public static Beoordeling create(Governancemodel model, Netwerk onderwerp, String instrumentId, Path target) {
        Resource modelResource = model.eResource();
        if (modelResource == null || modelResource.getResourceSet() == null || !modelResource.getURI().isFile()) {
            throw new IllegalArgumentException("het model is nog niet opgeslagen: een beoordeling verwijst naar het modelbestand");
        }
        if (onderwerp != null && !EcoreUtil.isAncestor(model, onderwerp)) {
            throw new IllegalArgumentException("netwerk '" + onderwerp.getNaam() + "' hoort niet bij dit model");
        }
        Instrument instrument = Instrumenten.find(instrumentId)
                .orElseThrow(() -> new IllegalArgumentException("instrument '" + instrumentId + "' is niet geïnstalleerd"));
        Resource resource = new BondgenootResourceFactory()
                .createResource(URI.createFileURI(target.toAbsolutePath().normalize().toString()));
        modelResource.getResourceSet().getResources().add(resource);
        Beoordeling beoordeling = BondgenootFactory.eINSTANCE.createBeoordeling();
        beoordeling.setId(ModelFiles.newId());
        beoordeling.setInstrumentId(instrument.id());
        beoordeling.setNaam(instrument.naam() + " " + (onderwerp != null ? onderwerp.getNaam() : model.getNaam()));
        beoordeling.setModel(model);
        beoordeling.setOnderwerp(onderwerp);
        beoordeling.setDatum(datum(LocalDate.now()));
        resource.getContents().add(beoordeling);
        return beoordeling;
    }

    /** A date as the metamodel holds it (xsd:date). */
    public static XMLGregorianCalendar datum(LocalDate date) {
        try {
            return DatatypeFactory.newInstance().newXMLGregorianCalendar(date.toString());
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Loads the assessment and its model in a new resource set. */
    public static Beoordeling load(Path file) throws ModelLoadException {
        return load(ModelFiles.newResourceSet(), file);
    }

    /**
     * Loads the assessment and the model it names (through {@link ModelFiles#load}, unless the set holds
     * it already) and resolves every reference into the model.
     */
    public static Beoordeling load(ResourceSet set, Path file) throws ModelLoadException {
        Resource resource = ModelFiles.parse(set, file, "de beoordeling");
        try {
            Beoordeling beoordeling = root(file, resource);
            loadModel(set, file, beoordeling);
            checkReferences(file, resource);
            return beoordeling;
        } catch (ModelLoadException e) {
            set.getResources().remove(resource);
            throw e;
        }
    }

    /**
     * The assessment alone, its references into the model left unresolved (they keep the model's ids): what
     * diff and merge need, where the model need not be beside the file (Git's temporary files). Saved again
     * to the same file, its hrefs are written as they were read.
     */
    public static Beoordeling loadUnresolved(Path file) throws ModelLoadException {
        ResourceSet set = ModelFiles.newResourceSet();
        return root(file, ModelFiles.parse(set, file, "de beoordeling"));
    }

    /** The file's one Beoordeling, with ids that occur once. */
    private static Beoordeling root(Path file, Resource resource) throws ModelLoadException {
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Beoordeling beoordeling)) {
            String found = resource.getContents().isEmpty() ? "een leeg bestand"
                    : "een " + ModelFiles.describe(resource.getContents().get(0));
            throw new ModelLoadException(file, 0, "geen beoordeling: verwacht een Beoordeling, gevonden " + found, null);
        }
        ModelLoadException duplicate = ModelFiles.duplicateId(file, resource);
        if (duplicate != null) {
            throw duplicate;
        }
        return beoordeling;
    }

    private static void loadModel(ResourceSet set, Path file, Beoordeling beoordeling) throws ModelLoadException {
        int line = modelLine(file, line(beoordeling));
        EObject proxy = (EObject) beoordeling.eGet(BondgenootPackage.Literals.BEOORDELING__MODEL, false);
        if (proxy == null) {
            throw new ModelLoadException(file, line, "de beoordeling noemt geen model (element <model href=\"...\"/>)", null);
        }
        URI modelUri = ((InternalEObject) proxy).eProxyURI();
        if (modelUri == null) {
            return; // already the model of this set
        }
        URI fileUri = modelUri.trimFragment();
        if (!fileUri.isFile()) {
            throw new ModelLoadException(file, line, "het model '" + fileUri + "' is geen bestand", null);
        }
        Path modelFile = Path.of(fileUri.toFileString());
        if (set.getResource(fileUri, false) != null) {
            return;
        }
        try {
            ModelFiles.load(set, modelFile);
        } catch (ModelLoadException e) {
            String shown = file.toAbsolutePath().getParent() == null ? modelFile.toString()
                    : file.toAbsolutePath().normalize().getParent().relativize(modelFile).toString();
            throw new ModelLoadException(file, line, "het model " + shown + " is niet te lezen: "
                    + (e.getLine() > 0 ? "regel " + e.getLine() + ": " : "") + e.getMessage(), e);
        }
    }

    /** Every reference into the model must find its element: a dangling one is named with its line. */
    private static void checkReferences(Path file, Resource resource) throws ModelLoadException {
        for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
            EObject object = it.next();
            for (EReference reference : object.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer()) {
                    continue;
                }
                List<EObject> targets = new ArrayList<>();
                Object value;
                try {
                    value = object.eGet(reference, true);
                } catch (RuntimeException e) { // a reference into another file than the model, which cannot be read
                    throw new ModelLoadException(file, line(object), reference.getName() + " verwijst naar een bestand dat niet te lezen is: "
                            + e.getMessage(), e);
                }
                if (value instanceof List<?> list) {
                    list.forEach(o -> targets.add((EObject) o));
                } else if (value != null) {
                    targets.add((EObject) value);
                }
                for (EObject target : targets) {
                    if (target.eIsProxy()) {
                        URI uri = ((InternalEObject) target).eProxyURI();
                        throw new ModelLoadException(file, line(object), reference.getName() + " verwijst naar '"
                                + uri.fragment() + "', dat in " + uri.trimFragment().lastSegment()
                                + " niet (meer) voorkomt", null);
                    }
                }
            }
        }
    }

    /** The line of the {@code <model href>} element, where a problem with the model is best pointed at. */
    private static int modelLine(Path file, int otherwise) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).stripLeading().startsWith("<model ")) {
                    return i + 1;
                }
            }
        } catch (IOException | RuntimeException e) {
            // the file was read a moment ago; without it, the assessment's own line will do
        }
        return otherwise;
    }

    private static int line(EObject object) {
        return object.eResource() instanceof LineTrackingResource lines ? lines.getLine(object) : 0;
    }

    /** Saves the assessment's file atomically, as {@link ModelFiles#save(Resource)} saves a model. */
    public static void save(Beoordeling beoordeling) throws IOException {
        ModelFiles.save(beoordeling.eResource());
    }

    /**
     * The model file an assessment file names, read from its {@code <model href>} without loading it;
     * empty when the file names none or cannot be read.
     */
    public static Optional<Path> modelFileOf(Path beoordelingFile) {
        try {
            Matcher m = MODEL_HREF.matcher(Files.readString(beoordelingFile, StandardCharsets.UTF_8));
            if (!m.find()) {
                return Optional.empty();
            }
            URI href = URI.createURI(m.group(1));
            URI base = URI.createFileURI(beoordelingFile.toAbsolutePath().normalize().toString());
            URI resolved = href.isRelative() ? href.resolve(base) : href;
            return resolved.isFile() ? Optional.of(Path.of(resolved.toFileString()).normalize()) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The assessment files beside the model (in its folder) that belong to it, sorted by name. */
    public static List<Path> beoordelingenVan(Path modelFile) throws IOException {
        Path model = modelFile.toAbsolutePath().normalize();
        List<Path> found = new ArrayList<>();
        Path folder = model.getParent();
        if (folder == null) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*." + BondgenootResourceFactory.BEOORDELING_EXTENSION)) {
            for (Path file : files) {
                if (Files.isRegularFile(file) && modelFileOf(file).filter(model::equals).isPresent()) {
                    found.add(file);
                }
            }
        }
        found.sort(null);
        return found;
    }
}
