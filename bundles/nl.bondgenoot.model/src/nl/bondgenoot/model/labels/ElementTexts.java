package nl.bondgenoot.model.labels;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Beleidsfase;
import nl.bondgenoot.model.Gemeenterol;
import nl.bondgenoot.model.GemeenterolSoort;
import nl.bondgenoot.model.Doorzettingsmacht;
import nl.bondgenoot.model.Element;
import nl.bondgenoot.model.Financieringsinstrument;
import nl.bondgenoot.model.Financieringskader;
import nl.bondgenoot.model.Financieringsstroom;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Rol;
import nl.bondgenoot.model.Sturingsrelatie;

/**
 * Short Dutch texts about an element that the map and the tables show alike: a sturingsrelatie's
 * label, an actor's roles and networks.
 */
public final class ElementTexts {

    private ElementTexts() {
    }

    /** "subsidie · kaderstelling / contractering · doorzettingsmacht: heeft wel, gebruikt niet". */
    public static String sturingsrelatie(Sturingsrelatie relatie) {
        List<String> parts = new ArrayList<>();
        parts.add(relatie.getSoort() == null ? "sturingsrelatie" : Labels.of(relatie.getSoort()));
        if (relatie.getFase() != null && relatie.getFase().getValue() != 0) {
            parts.add(Labels.of(relatie.getFase()));
        }
        String heeft = known(relatie.getDoorzettingsmachtHeeft());
        String gebruik = known(relatie.getDoorzettingsmachtGebruik());
        if (heeft != null || gebruik != null) {
            parts.add("doorzettingsmacht: " + (heeft == null ? "" : "heeft " + heeft)
                    + (heeft != null && gebruik != null ? ", " : "") + (gebruik == null ? "" : "gebruikt " + gebruik));
        }
        return String.join(" · ", parts);
    }

    /**
     * A financieringsstroom's label on the map: "subsidie · Wmo · € 12.000 · ontschot"; what the model
     * leaves unknown is left out, and a flow of which nothing is known reads "financiering".
     */
    public static String financiering(Financieringsstroom stroom) {
        List<String> parts = new ArrayList<>();
        if (stroom.getInstrument() != null && stroom.getInstrument() != Financieringsinstrument.ONBEKEND) {
            parts.add(Labels.of(stroom.getInstrument()));
        }
        if (stroom.getKader() != null && stroom.getKader() != Financieringskader.ONBEKEND) {
            parts.add(Labels.of(stroom.getKader()));
        }
        if (stroom.getBedrag() != null) {
            parts.add(bedrag(stroom.getBedrag()));
        }
        if (stroom.isOntschot()) {
            parts.add("ontschot");
        }
        return parts.isEmpty() ? "financiering" : String.join(" · ", parts);
    }

    /** A financieringsstroom in the tree: "Gemeente Zwolle → Buurtgeluk (subsidie · Wmo)". */
    public static String financieringsstroom(Financieringsstroom stroom) {
        return naam(stroom.getFinancier()) + " \u2192 " + naam(stroom.getOntvanger()) + " (" + financiering(stroom) + ")";
    }

    /** An amount in euro as Dutch readers write it: "€ 12.000" or "€ 1.250,50". */
    static String bedrag(BigDecimal bedrag) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag("nl-NL"));
        format.setMinimumFractionDigits(bedrag.stripTrailingZeros().scale() > 0 ? 2 : 0);
        format.setMaximumFractionDigits(2);
        return "\u20ac " + format.format(bedrag);
    }

    private static String naam(Element element) {
        return element == null || element.getNaam() == null ? "?" : element.getNaam();
    }

    private static String known(Doorzettingsmacht value) {
        return value == null || value == Doorzettingsmacht.ONBEKEND ? null : Labels.of(value);
    }

    /** The actor's roles in the model's networks, each once: "regisseur, financier"; empty when it has none. */
    public static String rollen(Actor actor) {
        Set<String> rollen = new LinkedHashSet<>();
        for (Netwerk netwerk : netwerkenOf(actor)) {
            for (Rol rol : netwerk.getRollen()) {
                if (rol.getActor() == actor && rol.getSoort() != null && rol.getSoort().getValue() != 0) {
                    rollen.add(Labels.of(rol.getSoort()));
                }
            }
        }
        return String.join(", ", rollen);
    }

    /**
     * A role of the gemeente as users read it: "regisseur (verkenning)", the name of an 'anders' role
     * ("aanjager"), "rol onbekend" while its soort is not chosen; the fase only when it is known.
     */
    public static String gemeenterol(Gemeenterol rol) {
        String naam = rol.getSoort() == GemeenterolSoort.ONBEKEND ? "rol onbekend"
                : rol.getSoort() == GemeenterolSoort.ANDERS && rol.getNaam() != null && !rol.getNaam().isBlank()
                        ? rol.getNaam().strip() : Labels.of(rol.getSoort());
        return rol.getFase() == null || rol.getFase() == Beleidsfase.ONBEKEND ? naam
                : naam + " (" + Labels.of(rol.getFase()) + ")";
    }

    /** The gemeente's roles, each as {@link #gemeenterol}, joined: "regisseur (verkenning), onderhandelaar". */
    public static String gemeenterollen(List<Gemeenterol> rollen) {
        return String.join(", ", rollen.stream().map(ElementTexts::gemeenterol).distinct().toList());
    }

    /** The names of the networks the actor is a member of: "OK-team Kamperpoort, Wijkteam Oost". */
    public static String netwerken(Actor actor) {
        return netwerkenOf(actor).stream().filter(netwerk -> netwerk.getLeden().contains(actor))
                .map(netwerk -> netwerk.getNaam() == null ? "" : netwerk.getNaam()).reduce((a, b) -> a + ", " + b).orElse("");
    }

    private static List<Netwerk> netwerkenOf(Actor actor) {
        return actor.eContainer() instanceof Governancemodel model ? model.getNetwerken() : List.of();
    }
}
