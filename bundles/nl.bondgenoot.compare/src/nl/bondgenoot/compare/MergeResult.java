package nl.bondgenoot.compare;

import java.util.List;

/**
 * What a three-way merge did: how many changes of theirs it took into ours, and the conflicts (each
 * kept as ours). A merge without conflicts is clean.
 */
public record MergeResult(int taken, List<Conflict> conflicts) {

    public boolean clean() {
        return conflicts.isEmpty();
    }
}
