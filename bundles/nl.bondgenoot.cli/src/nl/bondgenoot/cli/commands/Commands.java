package nl.bondgenoot.cli.commands;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

import nl.bondgenoot.launcher.CliCommand;

/**
 * The commands of this installation, contributed at {@value #EXTENSION_POINT}: read from the extension
 * registry, which is the plugin.xml registry in the fast launch and OSGi's in the product, so both see the
 * same commands. A contribution with a missing or malformed attribute, a name taken before or a reserved
 * name is skipped and listed in {@link #problems()}; it never takes the others down. Only the command that
 * runs is instantiated (a class of another bundle is not even loaded for it).
 */
public final class Commands {

    public static final String EXTENSION_POINT = "nl.bondgenoot.cli.commands";

    /** The command line's own words: no contribution may take these. */
    public static final Set<String> RESERVED = Set.of("help", "--help", "-h", "--version", "-V");

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
    private static final int DEFAULT_ORDER = 1000;

    private static volatile Commands cached;

    private final Map<String, Contribution> byName;
    private final List<String> problems;

    /** One contributed command: its name, group and order in the help, and its class. */
    public record Contribution(String name, String group, int order, String contributor, IConfigurationElement element) {

        /** A new instance of the command's class (picocli fills its fields). */
        public CliCommand create() throws CoreException {
            Object made = element.createExecutableExtension("class");
            if (made instanceof CliCommand command) {
                return command;
            }
            throw new IllegalStateException("de klasse " + element.getAttribute("class") + " van commando '" + name
                    + "' (" + contributor + ") is geen " + CliCommand.class.getName());
        }
    }

    private Commands(Map<String, Contribution> byName, List<String> problems) {
        this.byName = byName;
        this.problems = problems;
    }

    /** The commands of this installation (read once). */
    public static Commands get() {
        Commands commands = cached;
        if (commands == null) {
            commands = load(RegistryFactory.getRegistry());
            cached = commands;
        }
        return commands;
    }

    /** The commands contributed in this registry (tests pass their own). */
    public static Commands load(IExtensionRegistry registry) {
        Map<String, Contribution> byName = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        IConfigurationElement[] elements = registry == null ? new IConfigurationElement[0]
                : registry.getConfigurationElementsFor(EXTENSION_POINT);
        for (IConfigurationElement e : elements) {
            if (!"command".equals(e.getName())) {
                continue;
            }
            String contributor = e.getContributor().getName();
            String name = e.getAttribute("name");
            String type = e.getAttribute("class");
            if (name == null || name.isBlank() || type == null || type.isBlank()) {
                problems.add(contributor + ": een commando zonder name of class is overgeslagen");
                continue;
            }
            name = name.strip();
            if (!NAME.matcher(name).matches() || RESERVED.contains(name)) {
                problems.add(contributor + ": het commando '" + name + "' is overgeslagen: "
                        + (RESERVED.contains(name) ? "die naam is van de opdrachtregel zelf"
                                : "een naam is kleine letters, cijfers en streepjes, en begint met een letter"));
                continue;
            }
            Contribution earlier = byName.get(name);
            if (earlier != null) {
                problems.add(contributor + ": het commando '" + name + "' is overgeslagen: " + earlier.contributor()
                        + " draagt het al bij");
                continue;
            }
            int order = DEFAULT_ORDER;
            String orderText = e.getAttribute("order");
            if (orderText != null && !orderText.isBlank()) {
                try {
                    order = Integer.parseInt(orderText.strip());
                } catch (NumberFormatException x) {
                    problems.add(contributor + ": commando '" + name + "': order '" + orderText + "' is geen geheel getal; "
                            + DEFAULT_ORDER + " gebruikt");
                }
            }
            String group = e.getAttribute("group");
            byName.put(name, new Contribution(name, group == null || group.isBlank() ? "Overige commando's" : group.strip(),
                    order, contributor, e));
        }
        return new Commands(byName, List.copyOf(problems));
    }

    /** The command with this name. */
    public Optional<Contribution> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * Every command in the order of the help: groups in the order of their first command, within a group
     * by order, then by name.
     */
    public List<Contribution> all() {
        Comparator<Contribution> byOrder = Comparator.comparingInt(Contribution::order).thenComparing(Contribution::name);
        Map<String, Integer> groupOrder = new LinkedHashMap<>();
        byName.values().stream().sorted(byOrder).forEach(c -> groupOrder.putIfAbsent(c.group(), groupOrder.size()));
        return byName.values().stream()
                .sorted(Comparator.comparingInt((Contribution c) -> groupOrder.get(c.group())).thenComparing(byOrder))
                .toList();
    }

    /** The names of every command, in the order of the help. */
    public List<String> names() {
        return all().stream().map(Contribution::name).toList();
    }

    /** The contributions that were skipped, each with its bundle and why (Dutch). */
    public List<String> problems() {
        return problems;
    }
}
