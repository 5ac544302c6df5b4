package nl.bondgenoot.representation.description;

import java.util.List;

import org.eclipse.emf.ecore.EClass;

import nl.bondgenoot.representation.expression.Expression;

/** The parts of a description, as read and checked by {@link nl.bondgenoot.representation.RepresentationReader}. */
public final class Mappings {

    private Mappings() {
    }

    /** A style that applies when its condition holds; with legend text it gets a row in the legend. */
    public record ConditionalStyle(Expression als, Style stijl, String legenda, int line) {
    }

    /** A label of a node or line: its text, its text style, when it is shown, and the feature a rename sets. */
    public record LabelMapping(Expression tekst, String stijl, Expression als, String bewerkbaar) {
    }

    /** A badge on a node: one pill per value of its text (a list gives several), in a colour. */
    public record BadgeMapping(Expression tekst, Expression als, String kleur, String stijl) {
    }

    /**
     * A region drawn around a node and the elements of a list (a convenant's partners, a netwerk's
     * members). With {@code wissel} the user switches the node between hub (lines to its members) and
     * container (the region, without the lines named in {@code verbergt}); with legend text it gets a row.
     */
    public record GroupMapping(Expression leden, boolean wissel, Style stijl, List<String> verbergt, String legenda) {
    }

    /** Elements of a class drawn as nodes. */
    public record NodeMapping(String id, EClass klasse, Expression elementen, Expression als, Style stijl, double breedte,
            double hoogte, double marge, double zijmarge, List<LabelMapping> labels, List<BadgeMapping> badges, GroupMapping groep,
            List<ConditionalStyle> stijlen, String legenda, String legendaTekst, int line, Scale schaal) {

        /** The GModel type of its nodes, the client's and the palette's name for them. */
        public String type() {
            return "node:" + id;
        }
    }

    /**
     * Lines: either elements of a class with a source and a target feature (a sturingsrelatie), or
     * the values of a reference of a node's element (a netwerk's leden), drawn from the element to its
     * value or, with {@code naarEigenaar}, the other way.
     */
    public record EdgeMapping(String id, EClass klasse, Expression elementen, String bron, String doel, String eigenaar,
            String referentie, boolean naarEigenaar, String idDeel, Style stijl, LabelMapping label, List<ConditionalStyle> stijlen,
            String legenda, String legendaTekst, int line, Scale schaal) {

        public boolean isReference() {
            return referentie != null;
        }

        /** The GModel type of its lines. */
        public String type() {
            return "edge:" + id;
        }
    }

    /** A named set of elements that can be shown or hidden together. */
    public record Layer(String id, String naam, boolean aan, List<String> mappings, Expression als) {
    }

    /**
     * When on, the elements of its mappings for which the condition does not hold are hidden or, with
     * {@code vervaag}, faded.
     */
    public record Filter(String id, String naam, List<String> mappings, Expression als, boolean vervaag) {
    }
}
