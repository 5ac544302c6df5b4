package nl.bondgenoot.representation;

import java.util.List;
import java.util.stream.Collectors;

/** A description that cannot be used, with every problem found in it. */
public final class DescriptionException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<DescriptionProblem> problems;

    public DescriptionException(List<DescriptionProblem> problems) {
        super(problems.stream().map(DescriptionProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<DescriptionProblem> problems() {
        return problems;
    }
}
