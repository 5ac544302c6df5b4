package nl.bondgenoot.compare.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import nl.bondgenoot.compare.FileMerger;
import nl.bondgenoot.compare.MergeResult;
import nl.bondgenoot.model.persistence.AtomicWrite;

/**
 * A tool builder's merger, contributed by this fragment: a {@code .namen} file is a set of names, one per line;
 * theirs' additions and removals are made in ours (the names are the ids, so there are no conflicts).
 */
public class NamenMerger implements FileMerger {

    @Override
    public boolean accepts(String name, byte[] start) {
        return name.endsWith(".namen");
    }

    @Override
    public MergeResult merge(Path base, Path ours, Path theirs) throws IOException {
        Set<String> basis = lines(base);
        Set<String> hunne = lines(theirs);
        Set<String> merged = lines(ours);
        int taken = 0;
        for (String name : hunne) {
            if (!basis.contains(name) && merged.add(name)) {
                taken++;
            }
        }
        for (String name : basis) {
            if (!hunne.contains(name) && merged.remove(name)) {
                taken++;
            }
        }
        AtomicWrite.writeString(ours, String.join("\n", merged) + "\n");
        return new MergeResult(taken, List.of());
    }

    private static Set<String> lines(Path file) throws IOException {
        return new LinkedHashSet<>(Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList());
    }
}
