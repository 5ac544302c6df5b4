package nl.bondgenoot.model.soorten;

import java.util.Objects;

/**
 * What an actor's {@code soort} holds: the id of an actor kind ({@link ActorSoort}), e.g. "gemeente".
 * Typed, so that rules ask for a kind ({@link #is(String)}, {@link #soort()}) instead of comparing
 * free text. An id this installation does not know (a plug-in that is not installed, or text from an
 * older file that names no kind) is kept as it was, and counts as no known kind.
 */
public final class ActorSoortId {

    private final String id;

    private ActorSoortId(String id) {
        this.id = id;
    }

    /** The kind with this id, or {@code null} for a blank id; EMF reads a file's value through this. */
    public static ActorSoortId valueOf(String id) {
        return id == null || id.isBlank() ? null : new ActorSoortId(id);
    }

    public String id() {
        return id;
    }

    /** The registered kind, or {@code null} when this installation does not know the id. */
    public ActorSoort soort() {
        return ActorSoorten.find(id);
    }

    /** The id names a registered kind. */
    public boolean isBekend() {
        return soort() != null;
    }

    /** This is the registered kind with the id (a kind this installation does not know is none). */
    public boolean is(String kindId) {
        return id.equals(kindId) && isBekend();
    }

    /** The Dutch label of a registered kind, else the id as written. */
    public String label() {
        ActorSoort soort = soort();
        return soort == null ? id : soort.label();
    }

    /** The id, as EMF writes it to a file. */
    @Override
    public String toString() {
        return id;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ActorSoortId that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }
}
