package nl.bondgenoot.rules.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.bondgenoot.model.project.ProjectFolder;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;

/**
 * A project's choices about the rules, kept as a text file {@value #FILE_NAME} next to its models:
 *
 * <pre>
 * # comment
 * GOV-24 = uit                 # switch a rule off (aan/uit)
 * AG-13 = WAARSCHUWING         # re-grade it (FOUT, WAARSCHUWING, INFO)
 * GOV-24.drempel = 12          # override one of its parameters
 * </pre>
 */
public final class RuleProfile {

    public static final String FILE_NAME = ProjectFolder.PROFILE_FILE_NAME;

    /** The value that switches a rule off ("aan" switches it on again). */
    public static final String OFF = "uit";

    /** No profile: every rule on, default severities and parameters. */
    public static final RuleProfile DEFAULT = new RuleProfile(null, Set.of(), Map.of(), Map.of());

    private final Path file;
    private final Set<String> disabled;
    private final Map<String, Severity> severities;
    private final Map<String, String> parameters;

    private RuleProfile(Path file, Set<String> disabled, Map<String, Severity> severities,
            Map<String, String> parameters) {
        this.file = file;
        this.disabled = disabled;
        this.severities = severities;
        this.parameters = parameters;
    }

    /** The profile that applies to a model file: the {@value #FILE_NAME} of its project. */
    public static RuleProfile forModel(Path modelFile) throws ProfileException {
        Path file = fileFor(modelFile);
        return file == null ? DEFAULT : load(file);
    }

    /** The engine for a model file with its profile, reused while the profile file is unchanged. */
    public static RuleEngine engineFor(Path modelFile) throws ProfileException {
        return ProfiledEngines.forProfileFile(fileFor(modelFile));
    }

    /** The profile file of the model's project ({@link ProjectFolder}), or {@code null}. */
    private static Path fileFor(Path modelFile) {
        return ProjectFolder.profileOf(modelFile).orElse(null);
    }

    public static RuleProfile load(Path file) throws ProfileException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ProfileException(file, 0, "kan het regelprofiel niet lezen: " + e.getMessage());
        }
        Set<String> disabled = new HashSet<>();
        Map<String, Severity> severities = new HashMap<>();
        Map<String, String> parameters = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = stripComment(lines.get(i));
            if (line.isEmpty()) {
                continue;
            }
            String key = keyOf(line);
            if (key.isEmpty()) {
                throw new ProfileException(file, i + 1, "verwacht 'REGEL-ID = waarde', gevonden '" + line + "'");
            }
            String value = line.substring(line.indexOf('=') + 1).trim();
            if (key.contains(".")) {
                parameters.put(key, value);
            } else {
                apply(file, i + 1, key, value, disabled, severities);
            }
        }
        return new RuleProfile(file, Set.copyOf(disabled), Map.copyOf(severities), Map.copyOf(parameters));
    }

    private static void apply(Path file, int line, String rule, String value, Set<String> disabled,
            Map<String, Severity> severities) throws ProfileException {
        switch (value.toLowerCase(Locale.ROOT)) {
            case OFF -> disabled.add(rule);
            case "aan" -> disabled.remove(rule);
            default -> severities.put(rule, severityOf(value).orElseThrow(() -> new ProfileException(file, line,
                    "onbekende waarde '" + value + "' voor " + rule + " (kies aan, uit, FOUT, WAARSCHUWING of INFO)")));
        }
    }

    /** The profile's word for a severity: FOUT, WAARSCHUWING or INFO. */
    public static String word(Severity severity) {
        return switch (severity) {
            case ERROR -> "FOUT";
            case WARNING -> "WAARSCHUWING";
            case INFO -> "INFO";
        };
    }

    private static Optional<Severity> severityOf(String word) {
        return Arrays.stream(Severity.values()).filter(s -> word(s).equalsIgnoreCase(word)).findFirst();
    }

    /** The key of a line ("GOV-24", "GOV-24.drempel"), or "" for a comment, a blank or a malformed line. */
    static String keyOf(String line) {
        String content = stripComment(line);
        int eq = content.indexOf('=');
        return eq <= 0 ? "" : content.substring(0, eq).trim();
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return (hash < 0 ? line : line.substring(0, hash)).trim();
    }

    /** The file this profile was read from, or {@code null} for the default profile. */
    public Path file() {
        return file;
    }

    public boolean isEnabled(String ruleId) {
        return !disabled.contains(ruleId);
    }

    public Severity severity(RuleInfo rule) {
        return severities.getOrDefault(rule.id(), rule.severity());
    }

    /** Parameter overrides, keyed {@code RULE-ID.name}. */
    public Map<String, String> parameters() {
        return parameters;
    }
}
