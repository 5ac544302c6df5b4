package nl.bondgenoot.representation.expression;

/** An expression that cannot be read or does not fit its class, with the column (from 1) of the problem. */
public final class ExpressionException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int column;

    public ExpressionException(int column, String message) {
        super(message);
        this.column = column;
    }

    public int column() {
        return column;
    }
}
