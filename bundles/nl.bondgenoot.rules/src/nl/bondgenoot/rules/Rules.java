package nl.bondgenoot.rules;

import java.nio.file.Path;
import java.util.List;

import nl.bondgenoot.rules.engine.ProfileException;
import nl.bondgenoot.rules.engine.RuleEngine;
import nl.bondgenoot.rules.engine.RuleProfile;
import nl.bondgenoot.rules.engine.RuleRegistry;

/** The front ends' way in: every rule that is installed, as one engine. */
public final class Rules {

    private Rules() {
    }

    /** All installed rules: Bondgenoot's catalogue and those of other plug-ins. */
    public static List<Rule<?>> all() {
        return RuleRegistry.ruleSets().stream().flatMap(set -> set.rules().stream()).toList();
    }

    /** An engine with every installed rule at its default severity and parameters. */
    public static RuleEngine engine() {
        return engine(RuleProfile.DEFAULT);
    }

    /**
     * The engine for one model or agenda file: every installed rule with the profile of the file's
     * project ({@link nl.bondgenoot.model.project.ProjectFolder}). The workbench, the network map and
     * the command line all judge a file this way.
     */
    public static RuleEngine engineFor(Path modelFile) throws ProfileException {
        return RuleProfile.engineFor(modelFile);
    }

    /** An engine that applies a project's rule profile (rules off, severities, parameters). */
    public static RuleEngine engine(RuleProfile profile) {
        return new RuleEngine(RuleRegistry.ruleSets(), profile);
    }
}
