package nl.bondgenoot.rules.builtin.agenda;

import java.util.List;

import nl.bondgenoot.model.ActorCategorie;
import nl.bondgenoot.model.Burgerparticipatie;
import nl.bondgenoot.model.MaatschappelijkeAgenda;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.builtin.ActorKinds;
import nl.bondgenoot.rules.builtin.Participatieladder;
import nl.bondgenoot.rules.engine.ElementLabels;

/**
 * AG-2: a maatschappelijke agenda drawn up without any instelling or burger is a visie op papier.
 * Which actor categories count as such partners is data ({@code AG-2.partnerCategorieen}).
 */
public final class Ag2VisieZonderCommitment extends AbstractRule<MaatschappelijkeAgenda> {

    private static final RuleInfo INFO = new RuleInfo("AG-2", Severity.WARNING, Provenance.DOC,
            "S0:442-448, 735; S2:1785-1787",
            "Een maatschappelijke agenda zonder instellingen of burgers is een visie op papier zonder commitment",
            "'Onvoldoende aandacht voor de maatschappelijke agenda leidt tot een mooie visie op papier, die"
                    + " echter geen echt commitment heeft van andere partijen', zeker als 'er te weinig wordt"
                    + " ingezet op draagvlak en het betrekken van partners en burgers' (S0:442-448). 'Gemeenten"
                    + " kunnen het zich niet permitteren de maatschappelijke agenda alleen te formuleren'"
                    + " (S0:735) en 'alle partijen die een rol hebben in de uitvoering van de visie moeten deel"
                    + " uitmaken van het proces om deze visie te formuleren' (S2:1785-1787). De regel kijkt naar"
                    + " wie de agenda mee heeft opgesteld, en naar de burgerparticipatie die bij de agenda is"
                    + " vastgelegd: burgers die vanaf het niveau AG-2.burgerparticipatieVanaf (standaard adviseren)"
                    + " betrokken zijn, hebben de agenda mee opgesteld ('visie over is visie met', S0:964-967;"
                    + " 'in dialoog tussen gemeente, burgers en maatschappelijke organisaties', S3:3316-3318)."
                    + " INF: dat informeren niet telt, is onze keuze.");

    public Ag2VisieZonderCommitment() {
        super(MaatschappelijkeAgenda.class, INFO);
    }

    @Override
    public void check(MaatschappelijkeAgenda agenda, RuleContext context) {
        List<ActorCategorie> partners = context.enumListParameter("partnerCategorieen", ActorCategorie.class);
        // an actor of unknown categorie may be an instelling or burger: no finding on a guess
        Burgerparticipatie vanaf = context.enumParameter("burgerparticipatieVanaf", Burgerparticipatie.class);
        boolean burgersBetrokken = agenda.getParticipatie().stream()
                .anyMatch(p -> p.getNiveau() != Burgerparticipatie.ONBEKEND && !Participatieladder.onder(p.getNiveau(), vanaf));
        if (!burgersBetrokken && agenda.getOpgesteldMet().stream().map(ActorKinds::categorie)
                .noneMatch(c -> partners.contains(c) || c == ActorCategorie.ONBEKEND)) {
            context.report(agenda, ElementLabels.label(agenda) + " is opgesteld zonder instellingen of burgers;"
                    + " dat geeft een visie op papier zonder commitment van andere partijen",
                    "stel de agenda op met de instellingen en burgers die haar moeten uitvoeren");
        }
    }
}
