package nl.bondgenoot.beoordeling.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Antwoord;
import nl.bondgenoot.model.Antwoorddeel;
import nl.bondgenoot.model.Antwoordstatus;
import nl.bondgenoot.model.BondgenootFactory;
import nl.bondgenoot.model.BondgenootPackage.Literals;
import nl.bondgenoot.model.Checklistbeoordeling;
import nl.bondgenoot.model.Indicatoroordeel;
import nl.bondgenoot.model.Oordeel;

/**
 * The answers and judgements of a checklist assessment as the form reads and edits them: every change is a
 * command on the editing domain (one step of Ongedaan maken), an answer or judgement that does not exist yet
 * is created by the same command.
 */
public final class Antwoorden {

    private final Checklistbeoordeling beoordeling;
    private final EditingDomain domain;

    public Antwoorden(Checklistbeoordeling beoordeling, EditingDomain domain) {
        this.beoordeling = beoordeling;
        this.domain = domain;
    }

    public Checklistbeoordeling beoordeling() {
        return beoordeling;
    }

    /** The respondents, in the order they first answer (an answer without respondent counts as null). */
    public List<Actor> respondenten() {
        Set<Actor> actors = new LinkedHashSet<>();
        for (Antwoord antwoord : beoordeling.getAntwoorden()) {
            actors.add(antwoord.getRespondent());
        }
        return new ArrayList<>(actors);
    }

    public Antwoord antwoord(String vraagId, Actor respondent) {
        return beoordeling.getAntwoorden().stream()
                .filter(a -> a.getVraagId().equals(vraagId) && a.getRespondent() == respondent).findFirst().orElse(null);
    }

    public List<Antwoord> antwoorden(String vraagId) {
        return beoordeling.getAntwoorden().stream().filter(a -> a.getVraagId().equals(vraagId)).toList();
    }

    /** Answered: at least one respondent gave a status other than ONBEKEND. */
    public boolean beantwoord(String vraagId) {
        return antwoorden(vraagId).stream().anyMatch(a -> a.getStatus() != Antwoordstatus.ONBEKEND);
    }

    /** The respondents' statuses differ (ONBEKEND does not count as an answer). */
    public boolean verschil(String vraagId) {
        return antwoorden(vraagId).stream().map(Antwoord::getStatus).filter(s -> s != Antwoordstatus.ONBEKEND)
                .distinct().count() > 1;
    }

    public Indicatoroordeel oordeel(String indicatorId) {
        return beoordeling.getIndicatoroordelen().stream().filter(o -> o.getIndicatorId().equals(indicatorId)).findFirst()
                .orElse(null);
    }

    public void zetStatus(String vraagId, Actor respondent, Antwoordstatus status) {
        zet(vraagId, respondent, Literals.ANTWOORD__STATUS, status);
    }

    public void zetToelichting(String vraagId, Actor respondent, String toelichting) {
        zet(vraagId, respondent, Literals.ANTWOORD__TOELICHTING, toelichting);
    }

    public void zetBewijs(String vraagId, Actor respondent, List<String> bewijs) {
        zet(vraagId, respondent, Literals.ANTWOORD__BEWIJS, bewijs);
    }

    /** Sets the choices or actors of a typed part of an answer. */
    public void zetDeel(String vraagId, Actor respondent, String deel, List<String> keuzes, List<Actor> actoren) {
        Antwoord antwoord = antwoord(vraagId, respondent);
        Antwoorddeel bestaand = antwoord == null ? null
                : antwoord.getDelen().stream().filter(d -> d.getDeel().equals(deel)).findFirst().orElse(null);
        if (bestaand != null) {
            CompoundCommand command = new CompoundCommand(Messages.command_part);
            command.append(SetCommand.create(domain, bestaand, Literals.ANTWOORDDEEL__KEUZES, keuzes));
            command.append(SetCommand.create(domain, bestaand, Literals.ANTWOORDDEEL__ACTOREN, actoren));
            execute(command);
            return;
        }
        Antwoorddeel nieuw = BondgenootFactory.eINSTANCE.createAntwoorddeel();
        nieuw.setDeel(deel);
        nieuw.getKeuzes().addAll(keuzes);
        nieuw.getActoren().addAll(actoren);
        if (antwoord != null) {
            execute(AddCommand.create(domain, antwoord, Literals.ANTWOORD__DELEN, nieuw));
        } else {
            Antwoord nieuwAntwoord = nieuwAntwoord(vraagId, respondent);
            nieuwAntwoord.getDelen().add(nieuw);
            execute(AddCommand.create(domain, beoordeling, Literals.CHECKLISTBEOORDELING__ANTWOORDEN, nieuwAntwoord));
        }
    }

    public void zetOordeel(String indicatorId, Oordeel oordeel) {
        zetOordeelKenmerk(indicatorId, Literals.INDICATOROORDEEL__OORDEEL, oordeel);
    }

    public void zetMotivering(String indicatorId, String motivering) {
        zetOordeelKenmerk(indicatorId, Literals.INDICATOROORDEEL__TOELICHTING, motivering);
    }

    /** Adds a respondent: an (unanswered) answer of theirs to the first question, so they stay in the file. */
    public void voegRespondentToe(String eersteVraag, Actor respondent) {
        if (respondenten().contains(respondent)) {
            return;
        }
        execute(AddCommand.create(domain, beoordeling, Literals.CHECKLISTBEOORDELING__ANTWOORDEN,
                nieuwAntwoord(eersteVraag, respondent)));
    }

    private void zetOordeelKenmerk(String indicatorId, EStructuralFeature feature, Object value) {
        Indicatoroordeel oordeel = oordeel(indicatorId);
        if (oordeel != null) {
            if (!Objects.equals(oordeel.eGet(feature), value)) {
                execute(SetCommand.create(domain, oordeel, feature, value));
            }
            return;
        }
        Indicatoroordeel nieuw = BondgenootFactory.eINSTANCE.createIndicatoroordeel();
        nieuw.setIndicatorId(indicatorId);
        nieuw.eSet(feature, value);
        execute(AddCommand.create(domain, beoordeling, Literals.CHECKLISTBEOORDELING__INDICATOROORDELEN, nieuw));
    }

    private void zet(String vraagId, Actor respondent, EStructuralFeature feature, Object value) {
        Antwoord antwoord = antwoord(vraagId, respondent);
        if (antwoord != null) {
            if (!Objects.equals(antwoord.eGet(feature), value)) {
                execute(SetCommand.create(domain, antwoord, feature, value));
            }
            return;
        }
        Antwoord nieuw = nieuwAntwoord(vraagId, respondent);
        nieuw.eSet(feature, value);
        execute(AddCommand.create(domain, beoordeling, Literals.CHECKLISTBEOORDELING__ANTWOORDEN, nieuw));
    }

    private static Antwoord nieuwAntwoord(String vraagId, Actor respondent) {
        Antwoord nieuw = BondgenootFactory.eINSTANCE.createAntwoord();
        nieuw.setVraagId(vraagId);
        nieuw.setRespondent(respondent);
        return nieuw;
    }

    private void execute(Command command) {
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
        }
    }
}
