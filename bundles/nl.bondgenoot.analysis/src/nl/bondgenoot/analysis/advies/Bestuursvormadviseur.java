package nl.bondgenoot.analysis.advies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Mate;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Netwerkregisseur;
import nl.bondgenoot.model.Netwerkvorm;
import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.model.soorten.Gemeenteherkenning;
import nl.bondgenoot.model.tijd.Geldigheid;
import nl.bondgenoot.model.tijd.Periodes;

/**
 * The governance-form advisor: Provan &amp; Kenis's (2008) four conditions as S2 uses them (S2:2261, 2335,
 * 2352) against their contingency table ({@link ProvanKenisTabel}, the NET-13 parameters). The one place
 * for this judgement: NET-13, {@code bondgenoot analyse} and the workbench ask here.
 * <ul>
 * <li>number of participants: the netwerk's member organisations on the peildatum (not professionals,
 * burgers or actors of unknown categorie: "minstens drie organisaties", S2:2258-2260);</li>
 * <li>trust density: the netwerk's vertrouwensdichtheid. The metamodel has no trust ties between
 * members; the regisseur's vertrouwdDoor is trust in one actor, not a density, so it is shown as a
 * remark and not turned into a level;</li>
 * <li>goal consensus and need for network-level competencies: the netwerk's doelconsensus and
 * behoefteNetwerkcompetenties.</li>
 * </ul>
 * A condition the model leaves onbekend is shown as unknown and judged for no form.
 */
public final class Bestuursvormadviseur {

    private Bestuursvormadviseur() {
    }

    public static Bestuursvormadvies adviseer(Netwerk netwerk, LocalDate peildatum, ProvanKenisTabel tabel) {
        List<Actor> leden = Geldigheid.ledenOp(netwerk, peildatum);
        long organisaties = leden.stream().filter(Gemeenteherkenning::isOrganisatie).count();
        long onbekend = leden.stream()
                .filter(a -> Gemeenteherkenning.categorie(a) == nl.bondgenoot.model.ActorCategorie.ONBEKEND).count();

        List<Invoer> invoer = new ArrayList<>();
        invoer.add(new Invoer(Kenmerk.ORGANISATIES, Long.toString(organisaties), true,
                "leden van " + naam(netwerk) + " op " + Periodes.tekst(peildatum) + ": " + leden.size()
                        + (leden.size() == 1 ? " lid" : " leden") + ", waarvan " + organisaties + " organisaties"
                        + (onbekend > 0 ? " (" + onbekend + " van onbekende categorie niet meegeteld)" : "")));
        for (Kenmerk kenmerk : Kenmerk.MATEN) {
            Mate mate = kenmerk.waarde(netwerk);
            boolean bekend = mate != null && mate != Mate.ONBEKEND;
            invoer.add(new Invoer(kenmerk, bekend ? Labels.of(mate) : "onbekend", bekend,
                    bekend ? "eigenschap " + kenmerk.label() + " van " + naam(netwerk)
                            : kenmerk.label() + " van " + naam(netwerk) + " is niet ingevuld"));
        }

        List<Vormoordeel> perVorm = new ArrayList<>();
        List<Netwerkvorm> passend = new ArrayList<>();
        for (Netwerkvorm vorm : ProvanKenisTabel.VORMEN) {
            ProvanKenisTabel.Rij rij = tabel.rij(vorm);
            List<Voorwaarde> voorwaarden = new ArrayList<>();
            voorwaarden.add(new Voorwaarde(Kenmerk.ORGANISATIES, rij.pastAantal(organisaties),
                    organisaties + " organisaties (past: " + rij.bereikTekst() + ")"));
            for (Kenmerk kenmerk : Kenmerk.MATEN) {
                Mate mate = kenmerk.waarde(netwerk);
                Set<Mate> fitting = rij.perKenmerk().get(kenmerk);
                String past = String.join(" of ", fitting.stream().map(Labels::of).toList());
                if (mate == null || mate == Mate.ONBEKEND) {
                    voorwaarden.add(new Voorwaarde(kenmerk, null, kenmerk.label() + " onbekend (past: " + past + ")"));
                } else {
                    voorwaarden.add(new Voorwaarde(kenmerk, fitting.contains(mate),
                            kenmerk.label() + " " + Labels.of(mate) + " (past: " + past + ")"));
                }
            }
            Vormoordeel oordeel = new Vormoordeel(vorm, List.copyOf(voorwaarden));
            perVorm.add(oordeel);
            if (oordeel.past()) {
                passend.add(vorm);
            }
        }
        return new Bestuursvormadvies(netwerk, List.copyOf(invoer), List.copyOf(perVorm), List.copyOf(passend),
                netwerk.getVorm() == null ? Netwerkvorm.ONBEKEND : netwerk.getVorm(), kanttekeningen(netwerk, leden));
    }

    private static List<String> kanttekeningen(Netwerk netwerk, List<Actor> leden) {
        Netwerkregisseur regisseur = netwerk.getRegisseur();
        if (regisseur == null || regisseur.getVertrouwdDoor().isEmpty()) {
            return List.of();
        }
        long vertrouwend = leden.stream().filter(regisseur.getVertrouwdDoor()::contains).count();
        return List.of("de regisseur" + (regisseur.getActor() == null ? "" : " " + naam(regisseur.getActor()))
                + " wordt vertrouwd door " + vertrouwend + " van de " + leden.size() + " leden (vertrouwdDoor):"
                + " vertrouwen in één actor, geen vertrouwensdichtheid tussen de leden; niet als invoer gebruikt");
    }

    private static String naam(nl.bondgenoot.model.Element element) {
        return element.getNaam() == null || element.getNaam().isBlank() ? "(naamloos)" : "'" + element.getNaam() + "'";
    }
}
