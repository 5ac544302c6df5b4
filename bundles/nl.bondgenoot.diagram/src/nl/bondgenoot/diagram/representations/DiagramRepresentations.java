package nl.bondgenoot.diagram.representations;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

import nl.bondgenoot.model.extensions.BundleFiles;

import nl.bondgenoot.representation.Description;
import nl.bondgenoot.representation.DescriptionException;
import nl.bondgenoot.representation.DescriptionProblem;
import nl.bondgenoot.representation.RepresentationReader;
import nl.bondgenoot.representation.Representations;
import nl.bondgenoot.representation.description.Representation;
import nl.bondgenoot.representation.table.TableDescription;

/**
 * Every representation the product can show, diagrams and tables: the built-in descriptions and those
 * plug-ins contribute through {@value #EXTENSION_POINT}. Read once; a contributed description with problems is left out
 * and its problems kept (file:line: message) for the front ends to show, so it never breaks another.
 */
public final class DiagramRepresentations {

    public static final String EXTENSION_POINT = "nl.bondgenoot.diagram.representations";

    private static volatile DiagramRepresentations instance;

    private final Map<String, Representation> byId = new LinkedHashMap<>();
    private final Map<String, TableDescription> tablesById = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    private DiagramRepresentations() {
        Representations.builtIn().forEach(r -> byId.put(r.id(), r));
        Representations.builtInTables().forEach(t -> tablesById.put(t.id(), t));
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null) {
            return;
        }
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            String contributor = element.getContributor().getName();
            String file = element.getAttribute("bestand");
            String name = contributor + "/" + file;
            try {
                Description read = RepresentationReader.readDescription(BundleFiles.read(contributor, file), name);
                if (byId.containsKey(read.id()) || tablesById.containsKey(read.id())) {
                    problems.add(name + ": er is al een weergave met id '" + read.id() + "'; deze wordt niet gebruikt");
                } else if (read instanceof TableDescription table) {
                    tablesById.put(table.id(), table);
                } else {
                    byId.put(read.id(), (Representation) read);
                }
            } catch (DescriptionException e) {
                e.problems().stream().map(DescriptionProblem::toString).forEach(problems::add);
            } catch (IOException | RuntimeException e) {
                problems.add(name + ": kan de beschrijving niet lezen (" + e.getMessage() + ")");
            }
        }
    }

    public static DiagramRepresentations get() {
        DiagramRepresentations result = instance;
        if (result == null) {
            synchronized (DiagramRepresentations.class) {
                if (instance == null) {
                    instance = new DiagramRepresentations();
                }
                result = instance;
            }
        }
        return result;
    }

    /** Every usable representation, the built-in ones first. */
    public List<Representation> all() {
        return List.copyOf(byId.values());
    }

    /**
     * The representations that draw the model of this file, as its description's {@code bestandssoorten}
     * say: a model file is offered the netwerkkaart and the others for models, an agenda the Agendaketen
     * and contributed ones for agendas.
     */
    public List<Representation> forFile(java.nio.file.Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        return byId.values().stream().filter(r -> r.appliesTo(name)).toList();
    }

    /** The representations for one kind of file, by its extension ("bondgenoot", "agenda"). */
    public List<Representation> forFileKind(String extension) {
        return byId.values().stream().filter(r -> r.bestandssoorten().contains(extension)).toList();
    }

    public Optional<Representation> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every usable table representation, the built-in ones first. */
    public List<TableDescription> tables() {
        return List.copyOf(tablesById.values());
    }

    public Optional<TableDescription> findTable(String id) {
        return Optional.ofNullable(tablesById.get(id));
    }

    /** The description a view names, or the netwerkkaart when it is not installed (a plug-in removed). */
    public static Representation forView(nl.bondgenoot.diagram.notation.Notation view) {
        return get().find(view.representation()).orElse(Representations.netwerkkaart());
    }

    /** The problems of the contributed descriptions that were left out, as file:line: message. */
    public List<String> problems() {
        return Collections.unmodifiableList(problems);
    }
}
