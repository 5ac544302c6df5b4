package nl.bondgenoot.rules.engine;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

import nl.bondgenoot.rules.RuleSet;
import nl.bondgenoot.rules.builtin.BuiltinRuleSet;

/**
 * Finds the installed rule sets through the extension point {@value #EXTENSION_POINT}. Bondgenoot's
 * own catalogue is contributed there too; outside an Eclipse runtime (plain Java) only the
 * built-in catalogue is used.
 */
public final class RuleRegistry {

    public static final String EXTENSION_POINT = "nl.bondgenoot.rules.ruleSets";

    private static volatile List<RuleSet> cached;

    private RuleRegistry() {
    }

    public static List<RuleSet> ruleSets() {
        List<RuleSet> sets = cached;
        if (sets == null) {
            sets = load();
            cached = sets;
        }
        return sets;
    }

    private static List<RuleSet> load() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null) {
            return List.of(new BuiltinRuleSet());
        }
        List<RuleSet> sets = new ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            try {
                sets.add((RuleSet) element.createExecutableExtension("class"));
            } catch (CoreException | ClassCastException e) {
                // A broken contribution must not take the built-in rules down with it.
                System.err.println("Regelset van " + element.getContributor().getName()
                        + " kon niet worden geladen: " + e.getMessage());
            }
        }
        return List.copyOf(sets);
    }
}
