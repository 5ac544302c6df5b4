package nl.bondgenoot.model.labels;

import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;

/**
 * Dutch labels for kinds of element and enumeration values, the words users read in the UI, messages and exports:
 * {@code MAATSCHAPPELIJKE_ORGANISATIE} becomes "maatschappelijke organisatie". Values whose Dutch
 * spelling is more than lower case and spaces are listed.
 */
public final class Labels {

    private static final Map<String, String> SPELLING = Map.ofEntries(
            Map.entry("CLIENTORGANISATIE", "cliëntorganisatie"),
            Map.entry("GEINFORMEERD", "geïnformeerd"),
            Map.entry("INITIEREND", "initiërend"),
            Map.entry("HIERARCHISCH", "hiërarchisch"),
            Map.entry("NAO", "NAO"),
            Map.entry("BCF", "BCF"),
            Map.entry("NPM", "NPM"),
            Map.entry("GOVERNMENT", "government"),
            Map.entry("COPRODUCTIE_MEEBESLISSEN", "coproductie / meebeslissen"),
            Map.entry("NETWERK_KETENSTURING", "netwerk- en ketensturing"),
            Map.entry("DIRIGENT_REGELAAR", "dirigent / regelaar"),
            Map.entry("REGIE_TAAKVERDELING", "regie / taakverdeling"),
            Map.entry("OVERTUIGEN_VERLEIDEN", "overtuigen / verleiden"),
            Map.entry("KADERSTELLING_CONTRACTERING", "kaderstelling / contractering"),
            Map.entry("UITVOERING_VERANTWOORDING", "uitvoering / verantwoording"),
            Map.entry("MIDDELEN_EN_ICT", "middelen en ICT"),
            Map.entry("UITVOERDER_WMO", "uitvoerder Wmo"),
            Map.entry("AWBZ_WMO", "AWBZ naar Wmo"),
            Map.entry("NON_BELIEVER", "non-believer"),
            Map.entry("BURGERCOORDINATOR", "burgercoördinator"),
            Map.entry("COPRODUCENT", "coproducent"),
            Map.entry("SUBSIDIENT", "subsidiënt"),
            Map.entry("NVT", "n.v.t."),
            Map.entry("PGB", "pgb"),
            Map.entry("WMO", "Wmo"),
            Map.entry("AWBZ", "AWBZ"),
            Map.entry("JEUGDWET", "Jeugdwet"),
            Map.entry("PARTICIPATIEWET", "Participatiewet"),
            Map.entry("ZVW", "Zvw"),
            Map.entry("WLZ", "Wlz"),
            Map.entry("CHECKLIST_WMO_PRAKTIJKEN", "checklist Wmo-praktijken"),
            Map.entry("SCHOON_EN_LEEFBAAR_HUIS", "wonen in een schoon en leefbaar huis"),
            Map.entry("GESCHIKT_HUIS", "wonen in een geschikt huis"),
            Map.entry("PRIMAIRE_LEVENSBEHOEFTEN", "goederen voor primaire levensbehoeften"),
            Map.entry("KLEDING", "schone, draagbare en doelmatige kleding"),
            Map.entry("ZORGEN_VOOR_KINDEREN", "thuis zorgen voor kinderen"),
            Map.entry("VERPLAATSEN_IN_EN_OM_HUIS", "verplaatsen in, om en nabij het huis"),
            Map.entry("LOKAAL_VERPLAATSEN", "lokaal verplaatsen per vervoermiddel"),
            Map.entry("CONTACTEN_EN_DEELNAME", "contacten en deelname aan activiteiten"));

    private Labels() {
    }

    /** The Dutch name of a kind of element: {@code MaatschappelijkeAgenda} becomes "Maatschappelijke agenda". */
    public static String typeOf(EClass type) {
        String name = type.getName();
        StringBuilder label = new StringBuilder(name.length() + 4).append(name.charAt(0));
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                label.append(' ').append(Character.toLowerCase(c));
            } else {
                label.append(c);
            }
        }
        return label.toString();
    }

    /** The Dutch label of an enumeration value. */
    public static String of(Enumerator value) {
        if (value == null) {
            return "";
        }
        String name = value.getName();
        String spelled = SPELLING.get(name);
        return spelled != null ? spelled : name.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
