package nl.bondgenoot.rules.builtin.governance;

import java.util.Collection;
import java.util.List;

import nl.bondgenoot.model.Beleidsfase;
import nl.bondgenoot.model.Governancetype;
import nl.bondgenoot.model.Governancetypering;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Sturingsmodel;
import nl.bondgenoot.model.Sturingsmodeltypering;

/**
 * How a network's declared governancetypen and sturingsmodellen are read. The models are ideal
 * types that occur mixed (S3:693-694, 3195-3202): when one is marked dominant, it is the one that
 * characterises the network.
 */
final class Typeringen {

    private Typeringen() {
    }

    /**
     * The governancetypen a network is checked against: the dominant one(s) when any is marked
     * dominant, otherwise all it declares.
     */
    static List<Governancetype> kenmerkend(Netwerk netwerk) {
        List<Governancetypering> all = netwerk.getGovernancetypen();
        List<Governancetypering> dominant = all.stream().filter(Governancetypering::isDominant).toList();
        // a typering whose type was not chosen (ONBEKEND) says nothing about the network
        return (dominant.isEmpty() ? all : dominant).stream().map(Governancetypering::getType)
                .filter(t -> t != Governancetype.ONBEKEND).distinct().toList();
    }

    /**
     * The sturingsmodellen a network is checked against: the dominant one(s) when any is marked
     * dominant, otherwise all it declares (in any phase).
     */
    static List<Sturingsmodel> kenmerkendeModellen(Netwerk netwerk) {
        List<Sturingsmodeltypering> all = netwerk.getSturingsmodellen();
        List<Sturingsmodeltypering> dominant = all.stream().filter(Sturingsmodeltypering::isDominant).toList();
        return (dominant.isEmpty() ? all : dominant).stream().map(Sturingsmodeltypering::getModel).distinct().toList();
    }

    /** Several governancetypen, none dominant: the rules then check each, which may conflict. */
    static boolean gemengdZonderDominant(Netwerk netwerk) {
        return kenmerkend(netwerk).size() > 1;
    }

    /**
     * The network is run as governance in this phase ({@code ONBEKEND}: any phase): its dominant
     * sturingsmodel (or, with none dominant, one of them) is in {@code sturingsmodellen}; when it
     * declares no sturingsmodel, the same test on its governancetypen.
     */
    static boolean isGovernance(Netwerk netwerk, Beleidsfase fase, Collection<Sturingsmodel> sturingsmodellen,
            Collection<Governancetype> governancetypen) {
        List<Sturingsmodeltypering> modellen = netwerk.getSturingsmodellen().stream()
                .filter(t -> geldtIn(t.getFase(), fase)).toList();
        if (!modellen.isEmpty()) {
            List<Sturingsmodeltypering> dominant = modellen.stream().filter(Sturingsmodeltypering::isDominant).toList();
            return (dominant.isEmpty() ? modellen : dominant).stream()
                    .anyMatch(t -> sturingsmodellen.contains(t.getModel()));
        }
        List<Governancetypering> typen = netwerk.getGovernancetypen().stream()
                .filter(t -> geldtIn(t.getFase(), fase)).toList();
        List<Governancetypering> dominant = typen.stream().filter(Governancetypering::isDominant).toList();
        return (dominant.isEmpty() ? typen : dominant).stream().anyMatch(t -> governancetypen.contains(t.getType()));
    }

    /** A typering without a phase holds in every phase; a relation without a phase meets every typering. */
    private static boolean geldtIn(Beleidsfase typering, Beleidsfase fase) {
        return typering == Beleidsfase.ONBEKEND || fase == Beleidsfase.ONBEKEND || typering == fase;
    }
}
