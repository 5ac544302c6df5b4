package nl.bondgenoot.rules.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Engines per rule profile file, kept while the file is unchanged. Editors judge a model after every
 * command and an agenda after every typing pause: reading the profile and building the engine each
 * time would put file I/O on that path. A changed profile (other modification time, size or file) is read
 * again, so an edit in the Regelprofiel editor counts from the next judgement on.
 */
final class ProfiledEngines {

    /** The file's identity too: a profile saved through a temporary file and a rename is a new file. */
    private record Stamp(FileTime modified, long size, Object fileKey) {
        static Stamp of(Path file) throws IOException {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(attributes.lastModifiedTime(), attributes.size(), attributes.fileKey());
        }
    }

    private record Entry(Stamp stamp, RuleEngine engine) {
    }

    private static final Map<Path, Entry> ENGINES = new ConcurrentHashMap<>();
    private static volatile RuleEngine defaultEngine;

    private ProfiledEngines() {
    }

    static RuleEngine forProfileFile(Path profileFile) throws ProfileException {
        if (profileFile == null) {
            RuleEngine engine = defaultEngine;
            if (engine == null) {
                engine = new RuleEngine(RuleRegistry.ruleSets(), RuleProfile.DEFAULT);
                defaultEngine = engine;
            }
            return engine;
        }
        Stamp stamp;
        try {
            stamp = Stamp.of(profileFile);
        } catch (IOException e) {
            throw new ProfileException(profileFile, 0, "kan het regelprofiel niet lezen: " + e.getMessage());
        }
        Entry entry = ENGINES.get(profileFile);
        if (entry == null || !entry.stamp().equals(stamp)) {
            entry = new Entry(stamp, new RuleEngine(RuleRegistry.ruleSets(), RuleProfile.load(profileFile)));
            ENGINES.put(profileFile, entry);
        }
        return entry.engine();
    }
}
