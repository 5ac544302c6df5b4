package nl.bondgenoot.model.instrumenten;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.ActorCategorie;
import nl.bondgenoot.model.Antwoordstatus;
import nl.bondgenoot.model.Burgerparticipatie;
import nl.bondgenoot.model.Financieringsstroom;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Governancetype;
import nl.bondgenoot.model.Governancetypering;
import nl.bondgenoot.model.Indicator;
import nl.bondgenoot.model.IndicatorSoort;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Participatie;
import nl.bondgenoot.model.Rol;
import nl.bondgenoot.model.RolSoort;
import nl.bondgenoot.model.Sturingsmodeltypering;
import nl.bondgenoot.model.Sturingsrelatie;
import nl.bondgenoot.model.SturingsrelatieSoort;
import nl.bondgenoot.model.labels.ElementTexts;
import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.model.tijd.Geldigheid;
import nl.bondgenoot.model.tijd.Periodes;

/**
 * Proposed answers from the model for the questions of the Checklist Wmo-praktijken that the model truly
 * answers, for a practice (a netwerk) on a date. Only what the model records is proposed, never a guess:
 * a question the model knows nothing about gets no proposal, and a value the model leaves ONBEKEND is
 * left out. Which questions, and why (our reading, INF):
 * <ul>
 * <li>A.Q4 afdelingen and sleutelpartners: the netwerk's members on the date, those of the overheid as
 * afdelingen, the organisations as sleutelpartners (the model does not tell key from other partners: overigePartners
 * is not proposed);</li>
 * <li>A.Q5 initiatiefnemers: the actors of the netwerk's rollen of soort INITIATIEFNEMER;</li>
 * <li>A.Q6 financiële voorwaarden: the financieringsstromen to the netwerk or its members;</li>
 * <li>A.Q7 sturing: the netwerk's governancetypen and sturingsmodellen ("is er nagedacht": JA when recorded);</li>
 * <li>A.Q8 rollen en verantwoordelijkheden: the netwerk's rollen, JA when each has a verantwoordelijkheid,
 * DEELS when some have;</li>
 * <li>A.Q10 indicatoren: the netwerk's prestatie-indicatoren, OUTPUT as output, OUTCOME as maatschappelijk rendement;</li>
 * <li>B.Q4 participatie: the netwerk's participatieniveaus (Burgerparticipatie);</li>
 * <li>C.Q7 bewakers: the netwerkregisseur;</li>
 * <li>D.Q8 verantwoording: the sturingsrelaties of soort VERANTWOORDING from a member, their senders as
 * projectverantwoordelijke and receivers as verantwoordingAan.</li>
 * </ul>
 * The other questions ask for a judgement (how does the steering function, are partners satisfied) or
 * for what the model does not hold (the start of the approach, evaluations).
 */
public final class Voorstellen {

    /** The members that count as organisations (sleutelpartners): not the overheid, not burgers or professionals. */
    private static final Set<ActorCategorie> ORGANISATIES = Set.of(ActorCategorie.MAATSCHAPPELIJKE_ORGANISATIE,
            ActorCategorie.MARKTPARTIJ, ActorCategorie.VERTEGENWOORDIGEND_ORGAAN, ActorCategorie.CLIENTORGANISATIE);

    private Voorstellen() {
    }

    /** The proposals for a netwerk on a date, in checklist order; none for a {@code null} netwerk. */
    public static List<Voorstel> voor(Netwerk netwerk, LocalDate datum) {
        if (netwerk == null) {
            return List.of();
        }
        List<Voorstel> voorstellen = new ArrayList<>();
        String naam = naam(netwerk);
        String op = " op " + Periodes.tekst(datum);
        List<Actor> leden = Geldigheid.ledenOp(netwerk, datum);

        List<Actor> overheid = leden.stream().filter(a -> a.getCategorie() == ActorCategorie.OVERHEID).toList();
        List<Actor> partners = leden.stream().filter(a -> ORGANISATIES.contains(a.getCategorie())).toList();
        if (!overheid.isEmpty() || !partners.isEmpty()) {
            List<Voorstel.Deel> delen = new ArrayList<>();
            if (!overheid.isEmpty()) {
                delen.add(new Voorstel.Deel("afdelingen", overheid, List.of()));
            }
            if (!partners.isEmpty()) {
                delen.add(new Voorstel.Deel("sleutelpartners", partners, List.of()));
            }
            voorstellen.add(new Voorstel("A.Q4", null, "", delen, "leden van netwerk " + naam + op
                    + " (van de overheid als afdelingen, de organisaties als sleutelpartners)"));
        }

        List<Actor> initiatiefnemers = rollen(netwerk, datum).stream().filter(r -> r.getSoort() == RolSoort.INITIATIEFNEMER)
                .map(Rol::getActor).filter(a -> a != null).distinct().toList();
        if (!initiatiefnemers.isEmpty()) {
            voorstellen.add(new Voorstel("A.Q5", null, "", List.of(new Voorstel.Deel("initiatiefnemers", initiatiefnemers, List.of())),
                    "rollen 'initiatiefnemer' in netwerk " + naam + op));
        }

        List<Financieringsstroom> stromen = financiering(netwerk, leden, datum);
        if (!stromen.isEmpty()) {
            voorstellen.add(new Voorstel("A.Q6", Antwoordstatus.JA,
                    stromen.stream().map(ElementTexts::financieringsstroom).collect(Collectors.joining("; ")), List.of(),
                    "financieringsstromen naar netwerk " + naam + " of zijn leden" + op));
        }

        List<String> sturing = new ArrayList<>();
        for (Governancetypering t : netwerk.getGovernancetypen()) {
            if (t.getType() != null && t.getType() != Governancetype.ONBEKEND) {
                sturing.add("governancetype " + Labels.of(t.getType()) + (t.isDominant() ? " (dominant)" : ""));
            }
        }
        for (Sturingsmodeltypering m : netwerk.getSturingsmodellen()) {
            if (m.getModel() != null) {
                sturing.add("sturingsmodel " + Labels.of(m.getModel()) + (m.isDominant() ? " (dominant)" : ""));
            }
        }
        if (!sturing.isEmpty()) {
            voorstellen.add(new Voorstel("A.Q7", Antwoordstatus.JA, String.join("; ", sturing), List.of(),
                    "governancetypering en sturingsmodellen van netwerk " + naam));
        }

        List<Rol> rollen = rollen(netwerk, datum);
        if (!rollen.isEmpty()) {
            long metVerantwoordelijkheid = rollen.stream()
                    .filter(r -> r.getVerantwoordelijkheid() != null && !r.getVerantwoordelijkheid().isBlank()).count();
            Antwoordstatus status = metVerantwoordelijkheid == rollen.size() ? Antwoordstatus.JA
                    : metVerantwoordelijkheid > 0 ? Antwoordstatus.DEELS : null;
            String tekst = rollen.stream().map(Voorstellen::rol).collect(Collectors.joining("; "));
            voorstellen.add(new Voorstel("A.Q8", status, tekst, List.of(), "rollen in netwerk " + naam + op + " ("
                    + metVerantwoordelijkheid + " van " + rollen.size() + " met een verantwoordelijkheid)"));
        }

        Set<String> soorten = new LinkedHashSet<>();
        for (Indicator indicator : netwerk.getPrestatieIndicatoren()) {
            if (indicator.getSoort() == IndicatorSoort.OUTPUT || indicator.getSoort() == IndicatorSoort.PRESTATIE) {
                soorten.add("output");
            } else if (indicator.getSoort() == IndicatorSoort.OUTCOME) {
                soorten.add("maatschappelijk rendement");
            }
        }
        if (!soorten.isEmpty()) {
            voorstellen.add(new Voorstel("A.Q10", null, netwerk.getPrestatieIndicatoren().stream().map(Voorstellen::naam)
                    .collect(Collectors.joining("; ")), List.of(new Voorstel.Deel("indicatoren", List.of(), List.copyOf(soorten))),
                    "prestatie-indicatoren van netwerk " + naam + " (output en prestatie als output, outcome als maatschappelijk rendement)"));
        }

        List<String> niveaus = participatie(netwerk);
        if (!niveaus.isEmpty()) {
            voorstellen.add(new Voorstel("B.Q4", Antwoordstatus.JA, "",
                    List.of(new Voorstel.Deel("participatie", List.of(), niveaus)),
                    "burgerparticipatie in netwerk " + naam + " (participatieladder)"));
        }

        if (netwerk.getRegisseur() != null && netwerk.getRegisseur().getActor() != null) {
            voorstellen.add(new Voorstel("C.Q7", null, "",
                    List.of(new Voorstel.Deel("bewakers", List.of(netwerk.getRegisseur().getActor()), List.of())),
                    "regisseur van netwerk " + naam));
        }

        List<Sturingsrelatie> verantwoording = sturingsrelaties(netwerk).stream()
                .filter(s -> s.getSoort() == SturingsrelatieSoort.VERANTWOORDING && leden.contains(s.getVan()) && Geldigheid.geldtOp(s, datum))
                .toList();
        if (!verantwoording.isEmpty()) {
            List<Actor> van = verantwoording.stream().map(Sturingsrelatie::getVan).distinct().toList();
            List<Actor> aan = verantwoording.stream().map(Sturingsrelatie::getNaar).filter(Actor.class::isInstance)
                    .map(Actor.class::cast).distinct().toList();
            List<Voorstel.Deel> delen = new ArrayList<>();
            delen.add(new Voorstel.Deel("projectverantwoordelijke", van, List.of()));
            if (!aan.isEmpty()) {
                delen.add(new Voorstel.Deel("verantwoordingAan", aan, List.of()));
            }
            voorstellen.add(new Voorstel("D.Q8", null, "", delen,
                    "sturingsrelaties 'verantwoording' van leden van netwerk " + naam + op));
        }
        return List.copyOf(voorstellen);
    }

    /** The proposal for one question, if the model answers it. */
    public static Optional<Voorstel> voor(Netwerk netwerk, LocalDate datum, String vraagId) {
        return voor(netwerk, datum).stream().filter(v -> v.vraagId().equals(vraagId)).findFirst();
    }

    private static List<Rol> rollen(Netwerk netwerk, LocalDate datum) {
        return netwerk.getRollen().stream().filter(r -> Geldigheid.geldtOp(r, datum)).toList();
    }

    private static String rol(Rol rol) {
        String wie = naam(rol.getActor());
        String soort = rol.getSoort() == null || rol.getSoort() == RolSoort.ONBEKEND ? "rol" : Labels.of(rol.getSoort());
        String verantwoordelijkheid = rol.getVerantwoordelijkheid() == null || rol.getVerantwoordelijkheid().isBlank() ? ""
                : ": " + rol.getVerantwoordelijkheid();
        return wie + " (" + soort + ")" + verantwoordelijkheid;
    }

    private static List<String> participatie(Netwerk netwerk) {
        Set<String> niveaus = new LinkedHashSet<>();
        List<Participatie> all = new ArrayList<>();
        if (netwerk.getParticipatie() != null) {
            all.add(netwerk.getParticipatie());
        }
        all.addAll(netwerk.getParticipaties());
        for (Participatie p : all) {
            if (p.getNiveau() != null && p.getNiveau() != Burgerparticipatie.ONBEKEND) {
                niveaus.add(p.getNiveau().getName());
            }
        }
        return List.copyOf(niveaus);
    }

    private static List<Financieringsstroom> financiering(Netwerk netwerk, List<Actor> leden, LocalDate datum) {
        Governancemodel model = model(netwerk);
        if (model == null) {
            return List.of();
        }
        return model.getFinancieringsstromen().stream()
                .filter(f -> (f.getOntvanger() == netwerk || leden.contains(f.getOntvanger())) && Geldigheid.geldtOp(f, datum))
                .toList();
    }

    private static List<Sturingsrelatie> sturingsrelaties(Netwerk netwerk) {
        Governancemodel model = model(netwerk);
        return model == null ? List.of() : model.getSturingsrelaties();
    }

    private static Governancemodel model(EObject element) {
        EObject e = element;
        while (e != null && !(e instanceof Governancemodel)) {
            e = e.eContainer();
        }
        return (Governancemodel) e;
    }

    private static String naam(nl.bondgenoot.model.Element element) {
        return element == null || element.getNaam() == null || element.getNaam().isBlank() ? "(zonder naam)" : element.getNaam();
    }
}
