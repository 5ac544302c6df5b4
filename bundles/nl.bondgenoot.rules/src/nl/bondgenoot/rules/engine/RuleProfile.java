package nl.bondgenoot.rules.engine;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import nl.bondgenoot.model.persistence.RegularFiles;
import nl.bondgenoot.model.persistence.UnusableFileException;
import nl.bondgenoot.model.project.ProjectFolder;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.RuleSet;
import nl.bondgenoot.rules.Severity;

/**
 * A project's choices about the rules, kept as a text file {@value #FILE_NAME} next to its models:
 *
 * <pre>
 * # comment
 * GOV-24 = uit                 # switch a rule off (aan/uit)
 * AG-13 = WAARSCHUWING         # re-grade it (FOUT, WAARSCHUWING, INFO)
 * GOV-24.maximumActievePartners = 12          # override one of its parameters
 * </pre>
 */
public final class RuleProfile {

    public static final String FILE_NAME = ProjectFolder.PROFILE_FILE_NAME;

    /** The value that switches a rule off ("aan" switches it on again). */
    public static final String OFF = "uit";

    /** No profile: every rule on, default severities and parameters. */
    public static final RuleProfile DEFAULT = new RuleProfile(null, Set.of(), Map.of(), Map.of(), List.of());

    private final Path file;
    private final Set<String> disabled;
    private final Map<String, Severity> severities;
    private final Map<String, String> parameters;
    private final List<ProfileWarning> warnings;

    private RuleProfile(Path file, Set<String> disabled, Map<String, Severity> severities, Map<String, String> parameters,
            List<ProfileWarning> warnings) {
        this.file = file;
        this.disabled = disabled;
        this.severities = severities;
        this.parameters = parameters;
        this.warnings = warnings;
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
        Path candidate = ProjectFolder.profileOf(modelFile).orElse(null);
        if (candidate == null) {
            return null;
        }
        // Named as the user names the model: relative to the working folder when it lies below it.
        Path here = Path.of("").toAbsolutePath();
        return candidate.isAbsolute() && candidate.startsWith(here) && !candidate.equals(here) ? here.relativize(candidate) : candidate;
    }

    /** A profile is a short text; anything larger is not one (and is not read into memory). */
    static final long MAX_SIZE = 1024 * 1024;

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d+");

    /**
     * Reads a profile and checks it against the installed rules: a value a rule cannot use (a
     * threshold that is no whole number) is a {@link ProfileException} with the line; a rule id or
     * parameter that no installed rule has is a {@link #warnings() warning} that names the closest ones.
     */
    public static RuleProfile load(Path file) throws ProfileException {
        return load(file, RuleRegistry.ruleSets());
    }

    static RuleProfile load(Path file, List<? extends RuleSet> ruleSets) throws ProfileException {
        List<String> lines = readLines(file);
        Set<String> ruleIds = new TreeSet<>();
        Map<String, String> defaults = new TreeMap<>();
        for (RuleSet set : ruleSets) {
            set.rules().forEach(rule -> ruleIds.add(rule.info().id()));
            defaults.putAll(set.parameters());
        }
        Set<String> disabled = new HashSet<>();
        Map<String, Severity> severities = new HashMap<>();
        Map<String, String> parameters = new HashMap<>();
        List<ProfileWarning> warnings = new ArrayList<>();
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
                checkParameter(file, i + 1, key, value, defaults, warnings);
                parameters.put(key, value);
            } else {
                if (!ruleIds.contains(key)) {
                    warnings.add(new ProfileWarning(file, i + 1, "onbekende regel '" + key + "': deze regel heeft geen effect"
                            + closest(key, ruleIds)));
                }
                apply(file, i + 1, key, value, disabled, severities);
            }
        }
        return new RuleProfile(file, Set.copyOf(disabled), Map.copyOf(severities), Map.copyOf(parameters),
                List.copyOf(warnings));
    }

    /** The profile's lines, once it is known to be a regular text file of a profile's size (see {@link RegularFiles}). */
    private static List<String> readLines(Path file) throws ProfileException {
        byte[] content;
        try {
            content = RegularFiles.read(file, MAX_SIZE).content();
        } catch (UnusableFileException e) {
            throw new ProfileException(file, 0, e.getMessage());
        } catch (NoSuchFileException e) {
            throw new ProfileException(file, 0, "regelprofiel niet gevonden");
        } catch (IOException e) {
            throw new ProfileException(file, 0, "kan het regelprofiel niet lezen: " + e.getMessage());
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(content)).toString().lines().toList();
        } catch (CharacterCodingException e) {
            throw new ProfileException(file, 0, "het regelprofiel is geen UTF-8-tekst; sla het op als UTF-8");
        }
    }

    /**
     * A parameter no rule has is a warning; a whole-number parameter must get a whole number, a
     * parameter of metamodel values (HOOG, PRESTATIE, ...) values of the same kind.
     */
    private static void checkParameter(Path file, int line, String key, String value, Map<String, String> defaults,
            List<ProfileWarning> warnings) throws ProfileException {
        String standard = defaults.get(key);
        if (standard == null) {
            warnings.add(new ProfileWarning(file, line, "onbekende parameter '" + key + "': deze regel heeft geen effect"
                    + closest(key, defaults.keySet())));
            return;
        }
        Optional<String> notAValue = EnumParameterValues.problem(key, standard, value);
        if (notAValue.isPresent()) {
            throw new ProfileException(file, line, notAValue.get());
        }
        if (WHOLE_NUMBER.matcher(standard.trim()).matches()) {
            try {
                Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new ProfileException(file, line, "'" + value + "' is geen geheel getal voor " + key + " (standaard "
                        + standard.trim() + "); geef een geheel getal van " + Integer.MIN_VALUE + " tot " + Integer.MAX_VALUE);
            }
        }
    }

    private static String closest(String unknown, Set<String> known) {
        return ClosestNames.suggestion(unknown, known);
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

    /** The key of a line ("GOV-24", "GOV-24.maximumActievePartners"), or "" for a comment, a blank or a malformed line. */
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

    /** The lines that have no effect (unknown rule ids and parameters), in the order of the file. */
    public List<ProfileWarning> warnings() {
        return warnings;
    }

    /** Parameter overrides, keyed {@code RULE-ID.name}. */
    public Map<String, String> parameters() {
        return parameters;
    }
}
