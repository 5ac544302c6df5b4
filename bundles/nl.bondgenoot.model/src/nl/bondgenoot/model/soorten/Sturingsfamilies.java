package nl.bondgenoot.model.soorten;

import java.util.List;
import java.util.Map;

import nl.bondgenoot.model.SturingsrelatieSoort;

/**
 * The families of steering instruments (S3 Figuur 1, S3:397-521): hiërarchisch, financieel, markt,
 * samenwerking, invloed. One definition for the tree's icons, the map's layers and the network analysis.
 */
public final class Sturingsfamilies {

    /** The family of a relation whose soort is not chosen (ONBEKEND): no family, drawn neutrally. */
    public static final String ONBEKEND = "onbekend";

    /** The families in the order S3 names them. */
    public static final List<String> ALLE = List.of("hierarchisch", "financieel", "markt", "samenwerking", "invloed");

    private static final Map<SturingsrelatieSoort, String> FAMILIE = Map.ofEntries(
            Map.entry(SturingsrelatieSoort.HIERARCHISCH, "hierarchisch"),
            Map.entry(SturingsrelatieSoort.TOEZICHT, "hierarchisch"),
            Map.entry(SturingsrelatieSoort.SUBSIDIE, "financieel"),
            Map.entry(SturingsrelatieSoort.PRESTATIESUBSIDIE, "financieel"),
            Map.entry(SturingsrelatieSoort.BCF, "financieel"),
            Map.entry(SturingsrelatieSoort.SUBSIDIEOVEREENKOMST, "financieel"),
            Map.entry(SturingsrelatieSoort.CONTRACT, "markt"),
            Map.entry(SturingsrelatieSoort.AANBESTEDING, "markt"),
            Map.entry(SturingsrelatieSoort.UITBESTEDING, "markt"),
            Map.entry(SturingsrelatieSoort.CONVENANT, "samenwerking"),
            Map.entry(SturingsrelatieSoort.SAMENWERKING, "samenwerking"),
            Map.entry(SturingsrelatieSoort.REGIE_TAAKVERDELING, "samenwerking"),
            Map.entry(SturingsrelatieSoort.GEMEENTELIJKE_SAMENWERKING, "samenwerking"),
            Map.entry(SturingsrelatieSoort.ADVIES, "invloed"),
            Map.entry(SturingsrelatieSoort.VERANTWOORDING, "invloed"),
            Map.entry(SturingsrelatieSoort.OVERTUIGEN_VERLEIDEN, "invloed"));

    private Sturingsfamilies() {
    }

    /** The family of a soort; a soort not chosen (ONBEKEND, null) is of no family: {@value #ONBEKEND}. */
    public static String familieVan(SturingsrelatieSoort soort) {
        return soort == null ? ONBEKEND : FAMILIE.getOrDefault(soort, ONBEKEND);
    }
}
