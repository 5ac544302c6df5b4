package nl.bondgenoot.model.instrumenten;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import nl.bondgenoot.model.Antwoord;
import nl.bondgenoot.model.Antwoorddeel;
import nl.bondgenoot.model.Antwoordherkomst;
import nl.bondgenoot.model.Beoordeling;
import nl.bondgenoot.model.BondgenootFactory;
import nl.bondgenoot.model.Respondent;
import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.model.tijd.Peildatum;

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
 * for what the model does not hold (the start of the approach, evaluations). Another instrument (the
 * zelfanalyse, the ambition tables, a contributed one) gets no proposals: its items are perceptions and
 * ambitions, which a model does not record.
 * <p>
 * Kept in sync: an answer that took a proposal ({@link Antwoordherkomst#VOORSTEL}) follows the model
 * ({@link #bijwerken}) until the consultant confirms ({@code BEVESTIGD}) or overrides ({@code OVERSCHREVEN})
 * it; {@code Antwoord.voorstel} keeps the proposal as last taken over, in words, so that a confirmed answer
 * whose proposal has changed since is seen (rule BEO-3), and {@code voorstelBron} where it came from.
 */
public final class Voorstellen {

    /** The members that count as organisations (sleutelpartners): not the overheid, not burgers or professionals. */
    private static final Set<ActorCategorie> ORGANISATIES = Set.of(ActorCategorie.MAATSCHAPPELIJKE_ORGANISATIE,
            ActorCategorie.MARKTPARTIJ, ActorCategorie.VERTEGENWOORDIGEND_ORGAAN, ActorCategorie.CLIENTORGANISATIE);

    private Voorstellen() {
    }

    /**
     * The proposals for an assessment: for its onderwerp on its datum (today when it has none), if it is a
     * Checklist Wmo-praktijken of a netwerk; none otherwise.
     */
    public static List<Voorstel> voor(Beoordeling beoordeling) {
        if (!Instrumenten.CHECKLIST_WMO_PRAKTIJKEN.equals(beoordeling.getInstrumentId())) {
            return List.of();
        }
        return voor(beoordeling.getOnderwerp(), peildatum(beoordeling));
    }

    /** The proposal for one question of an assessment, if the model answers it. */
    public static Optional<Voorstel> voor(Beoordeling beoordeling, String vraagId) {
        return voor(beoordeling).stream().filter(v -> v.vraagId().equals(vraagId)).findFirst();
    }

    /** The date an assessment judges the model at: its datum, or today when it has none. */
    public static LocalDate peildatum(Beoordeling beoordeling) {
        LocalDate datum = Periodes.datum(beoordeling.getDatum());
        return datum != null ? datum : Peildatum.vandaag();
    }

    /**
     * The proposal in words, as {@code Antwoord.voorstel} keeps it: "status: ja; sleutelpartners: Travers, De Kern;
     * toelichting: ...". Two proposals with the same words propose the same.
     */
    public static String tekst(Voorstel voorstel) {
        List<String> parts = new ArrayList<>();
        if (voorstel.status() != null) {
            parts.add("status: " + Labels.of(voorstel.status()));
        }
        for (Voorstel.Deel deel : voorstel.delen()) {
            List<String> waarden = new ArrayList<>(deel.actoren().stream().map(Voorstellen::naam).toList());
            waarden.addAll(deel.keuzes());
            parts.add(deel.deel() + ": " + String.join(", ", waarden));
        }
        if (!voorstel.toelichting().isEmpty()) {
            parts.add("toelichting: " + voorstel.toelichting());
        }
        return String.join("; ", parts);
    }

    /**
     * How an answer contradicts the proposal, in Dutch ("status nee, het model zegt ja; sleutelpartners:
     * het model noemt Travers, het antwoord De Kern"), or empty when it does not: only what both say is
     * compared (a status ONBEKEND or a part left empty contradicts nothing), and not the toelichting.
     */
    public static Optional<String> tegenspraak(Antwoord antwoord, Voorstel voorstel) {
        List<String> verschillen = new ArrayList<>();
        if (voorstel.status() != null && antwoord.getStatus() != Antwoordstatus.ONBEKEND && antwoord.getStatus() != voorstel.status()) {
            verschillen.add("status " + Labels.of(antwoord.getStatus()) + ", het model zegt " + Labels.of(voorstel.status()));
        }
        for (Voorstel.Deel deel : voorstel.delen()) {
            Antwoorddeel gegeven = deel(antwoord, deel.deel());
            if (gegeven == null || gegeven.getActoren().isEmpty() && gegeven.getKeuzes().isEmpty()) {
                continue;
            }
            if (!Set.copyOf(gegeven.getActoren()).equals(Set.copyOf(deel.actoren()))
                    || !Set.copyOf(gegeven.getKeuzes()).equals(Set.copyOf(deel.keuzes()))) {
                verschillen.add(deel.deel() + ": het model noemt " + waarden(deel.actoren(), deel.keuzes()) + ", het antwoord "
                        + waarden(gegeven.getActoren(), gegeven.getKeuzes()));
            }
        }
        return verschillen.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", verschillen));
    }

    /**
     * A new answer that takes the proposal over (herkomst VOORSTEL), for a respondent (may be null), added to
     * the assessment.
     */
    public static Antwoord overnemen(Beoordeling beoordeling, Voorstel voorstel, Respondent respondent) {
        Antwoord antwoord = BondgenootFactory.eINSTANCE.createAntwoord();
        antwoord.setId(ModelFiles.newId());
        antwoord.setVraagId(voorstel.vraagId());
        antwoord.setRespondent(respondent);
        neemOver(antwoord, voorstel);
        beoordeling.getAntwoorden().add(antwoord);
        return antwoord;
    }

    /**
     * Sets the answer to the proposal (status when proposed, toelichting when proposed, the proposed parts;
     * other parts are left alone) with herkomst VOORSTEL and the proposal's words and origin.
     */
    public static void neemOver(Antwoord antwoord, Voorstel voorstel) {
        if (voorstel.status() != null) {
            antwoord.setStatus(voorstel.status());
        }
        if (!voorstel.toelichting().isEmpty()) {
            antwoord.setToelichting(voorstel.toelichting());
        }
        for (Voorstel.Deel deel : voorstel.delen()) {
            Antwoorddeel gegeven = deel(antwoord, deel.deel());
            if (gegeven == null) {
                gegeven = BondgenootFactory.eINSTANCE.createAntwoorddeel();
                gegeven.setId(ModelFiles.newId());
                gegeven.setDeel(deel.deel());
                antwoord.getDelen().add(gegeven);
            }
            if (!gegeven.getActoren().equals(deel.actoren())) {
                gegeven.getActoren().clear();
                gegeven.getActoren().addAll(deel.actoren());
            }
            if (!gegeven.getKeuzes().equals(deel.keuzes())) {
                gegeven.getKeuzes().clear();
                gegeven.getKeuzes().addAll(deel.keuzes());
            }
        }
        antwoord.setHerkomst(Antwoordherkomst.VOORSTEL);
        antwoord.setVoorstel(tekst(voorstel));
        antwoord.setVoorstelBron(voorstel.herkomst());
    }

    /**
     * Brings every answer that took a proposal (herkomst VOORSTEL) up to the model's current proposal;
     * confirmed and overridden answers are left as the consultant left them. An answer whose question the
     * model no longer answers keeps its content. Returns the answers that changed.
     */
    public static List<Antwoord> bijwerken(Beoordeling beoordeling) {
        List<Voorstel> voorstellen = voor(beoordeling);
        List<Antwoord> gewijzigd = new ArrayList<>();
        for (Antwoord antwoord : beoordeling.getAntwoorden()) {
            if (antwoord.getHerkomst() != Antwoordherkomst.VOORSTEL) {
                continue;
            }
            Optional<Voorstel> voorstel = voorstellen.stream().filter(v -> v.vraagId().equals(antwoord.getVraagId())).findFirst();
            if (voorstel.isPresent() && !volgt(antwoord, voorstel.get())) {
                neemOver(antwoord, voorstel.get());
                gewijzigd.add(antwoord);
            }
        }
        return gewijzigd;
    }

    /** Whether the answer holds exactly what the proposal proposes (and says so in its voorstel words). */
    public static boolean volgt(Antwoord antwoord, Voorstel voorstel) {
        if (!tekst(voorstel).equals(antwoord.getVoorstel()) || tegenspraak(antwoord, voorstel).isPresent()) {
            return false;
        }
        if (voorstel.status() != null && antwoord.getStatus() != voorstel.status()) {
            return false;
        }
        for (Voorstel.Deel deel : voorstel.delen()) {
            Antwoorddeel gegeven = deel(antwoord, deel.deel());
            if (gegeven == null || !gegeven.getActoren().equals(deel.actoren()) || !gegeven.getKeuzes().equals(deel.keuzes())) {
                return false;
            }
        }
        return voorstel.toelichting().isEmpty() || voorstel.toelichting().equals(antwoord.getToelichting());
    }

    /**
     * Whether a confirmed answer's proposal has changed since the consultant confirmed it: the model now
     * proposes other words than those kept in {@code Antwoord.voorstel}.
     */
    public static boolean veranderdSindsBevestiging(Antwoord antwoord, Voorstel voorstel) {
        return antwoord.getHerkomst() == Antwoordherkomst.BEVESTIGD && antwoord.getVoorstel() != null
                && !antwoord.getVoorstel().isEmpty() && !antwoord.getVoorstel().equals(tekst(voorstel));
    }

    private static Antwoorddeel deel(Antwoord antwoord, String naam) {
        return antwoord.getDelen().stream().filter(d -> naam.equals(d.getDeel())).findFirst().orElse(null);
    }

    private static String waarden(List<Actor> actoren, List<String> keuzes) {
        List<String> w = new ArrayList<>(actoren.stream().map(Voorstellen::naam).toList());
        w.addAll(keuzes);
        return w.isEmpty() ? "niets" : String.join(", ", w);
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
        return EcoreUtil.getRootContainer(element) instanceof Governancemodel model ? model : null;
    }

    private static String naam(nl.bondgenoot.model.Element element) {
        return element == null || element.getNaam() == null || element.getNaam().isBlank() ? "(zonder naam)" : element.getNaam();
    }
}
