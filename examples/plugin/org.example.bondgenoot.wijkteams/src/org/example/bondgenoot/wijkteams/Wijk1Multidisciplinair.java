package org.example.bondgenoot.wijkteams;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Orgaan;
import nl.bondgenoot.model.OrgaanSoort;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.engine.ElementLabels;

/**
 * WIJK-1: an orgaan of soort WIJKTEAM has members of at least {@code minimumDisciplines} kinds (their actor
 * soort). Members whose soort is not filled in are not guessed: then the rule judges nothing.
 */
public final class Wijk1Multidisciplinair extends AbstractRule<Orgaan> {

    static final String ID = "WIJK-1";

    private static final RuleInfo INFO = new RuleInfo(ID, Severity.WARNING, Provenance.INF, "S3:1812-1818; S4:107-109",
            "Een wijkteam is multidisciplinair",
            "INF, gelezen uit S3:1812-1818 ('een integraal wijkteam ... bestaat uit verschillende professionals"
                    + " afkomstig uit verschillende disciplines binnen zorg en welzijn'; 'de samenwerking tussen meerdere"
                    + " disciplines leidt tot een brede kijk op alle levensgebieden') en S4:107-109 ('een multidisciplinair"
                    + " wijkteam'). Een orgaan van soort wijkteam waarvan de leden (op de peildatum) minder dan"
                    + " minimumDisciplines (standaard 2) verschillende actorsoorten hebben, is in het model geen"
                    + " multidisciplinair team: de brede kijk ontbreekt, of de disciplines van de leden zijn niet vastgelegd."
                    + " Alleen beoordeeld als van elk lid de soort bekend is.");

    public Wijk1Multidisciplinair() {
        super(Orgaan.class, INFO);
    }

    @Override
    public void check(Orgaan orgaan, RuleContext context) {
        if (orgaan.getSoort() != OrgaanSoort.WIJKTEAM || !context.geldt(orgaan)) {
            return;
        }
        List<Actor> leden = orgaan.getLeden().stream().filter(context::geldt).toList();
        if (leden.isEmpty() || leden.stream().anyMatch(a -> a.getSoort() == null || a.getSoort().id().isBlank())) {
            return;
        }
        Set<String> disciplines = new TreeSet<>();
        leden.forEach(a -> disciplines.add(a.getSoort().label()));
        int minimum = context.intParameter("minimumDisciplines");
        if (disciplines.size() < minimum) {
            context.report(orgaan, ElementLabels.label(orgaan) + " is een wijkteam met leden uit "
                    + (disciplines.size() == 1 ? "één discipline (" : disciplines.size() + " disciplines (")
                    + String.join(", ", disciplines) + "); een multidisciplinair wijkteam heeft er minstens " + minimum,
                    "voeg een lid uit een andere discipline toe, of leg de soort van de leden vast");
        }
    }
}
