package nl.bondgenoot.rules.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.bondgenoot.model.persistence.AtomicWrite;
import nl.bondgenoot.model.persistence.FileVersion;
import nl.bondgenoot.model.persistence.RegularFiles;
import nl.bondgenoot.rules.Severity;

/**
 * Writes a rule profile ({@value RuleProfile#FILE_NAME}) back, in the format {@link RuleProfile}
 * reads: the user's comments and parameter lines stay as they were, the lines that switch rules off
 * or re-grade them are replaced by the new choices. The file is replaced in one step, so a failed
 * write leaves the old file intact.
 */
public final class RuleProfileWriter {

    public static final String HEADER = """
            # Regelinstellingen van dit project (bondgenoot.profiel). Eén instelling per regel, bijvoorbeeld:
            #   GOV-24 = uit                 zet een regel uit (aan/uit)
            #   AG-13 = WAARSCHUWING         geeft een regel een andere ernst (FOUT, WAARSCHUWING, INFO)
            #   GOV-24.maximumActievePartners = 12   past een drempel van een regel aan
            # De regelcatalogus: ./bondgenoot rules
            """;

    /** A profile is a few kilobytes; more is not a profile. */
    private static final long MAX_BYTES = 4L * 1024 * 1024;

    private RuleProfileWriter() {
    }

    /**
     * Writes the profile, unless it changed on disk since it was read (then
     * {@link nl.bondgenoot.model.persistence.FileChangedException} and nothing is written).
     *
     * @param read       the version of the file the choices were read from ({@link FileVersion#current})
     * @param ruleIds    every known rule id (lines about these are replaced)
     * @param disabled   rules switched off
     * @param severities rules with another severity than their own
     * @return the version written
     */
    public static FileVersion write(Path file, FileVersion read, Set<String> ruleIds, Set<String> disabled,
            Map<String, Severity> severities) throws IOException {
        List<String> kept = new ArrayList<>();
        if (Files.exists(file)) {
            String text = new String(RegularFiles.read(file, MAX_BYTES).content(), StandardCharsets.UTF_8);
            for (String line : text.lines().toList()) {
                if (!ruleIds.contains(RuleProfile.keyOf(line))) {
                    kept.add(line);
                }
            }
        } else {
            kept.addAll(HEADER.lines().toList());
        }
        while (!kept.isEmpty() && kept.get(kept.size() - 1).isBlank()) {
            kept.remove(kept.size() - 1);
        }
        List<String> settings = new ArrayList<>();
        ruleIds.stream().sorted().forEach(id -> {
            if (disabled.contains(id)) {
                settings.add(id + " = " + RuleProfile.OFF);
            } else if (severities.containsKey(id)) {
                settings.add(id + " = " + RuleProfile.word(severities.get(id)));
            }
        });
        List<String> lines = new ArrayList<>(kept);
        if (!settings.isEmpty()) {
            lines.add("");
            lines.addAll(settings);
        }
        return AtomicWrite.writeString(file, read, String.join("\n", lines) + "\n");
    }
}
