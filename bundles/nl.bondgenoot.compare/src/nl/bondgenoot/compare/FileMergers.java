package nl.bondgenoot.compare;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/** The mergers of the kinds of file: the contributed ones, then the models (built in). */
public final class FileMergers {

    public static final String EXTENSION_POINT = "nl.bondgenoot.compare.mergers";

    private FileMergers() {
    }

    /** The merger for this file: a contributed one that accepts it, else the model merger. */
    public static FileMerger forFile(String name, byte[] start) {
        for (FileMerger merger : contributed()) {
            if (merger.accepts(name, start)) {
                return merger;
            }
        }
        return new ModelFileMerger();
    }

    static List<FileMerger> contributed() {
        List<FileMerger> mergers = new ArrayList<>();
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null) {
            return mergers;
        }
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            try {
                mergers.add((FileMerger) element.createExecutableExtension("class"));
            } catch (CoreException | ClassCastException e) {
                System.err.println("bondgenoot: samenvoeger " + element.getAttribute("class") + " van "
                        + element.getContributor().getName() + " is niet te gebruiken: " + e.getMessage());
            }
        }
        return mergers;
    }
}
