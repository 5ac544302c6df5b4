package nl.bondgenoot.beoordeling.ui;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Antwoord;
import nl.bondgenoot.model.Antwoorddeel;
import nl.bondgenoot.model.Antwoordherkomst;
import nl.bondgenoot.model.Antwoordstatus;
import nl.bondgenoot.model.Beoordeling;
import nl.bondgenoot.model.BondgenootFactory;
import nl.bondgenoot.model.BondgenootPackage.Literals;
import nl.bondgenoot.model.Bron;
import nl.bondgenoot.model.Indicatoroordeel;
import nl.bondgenoot.model.Oordeel;
import nl.bondgenoot.model.Respondent;
import nl.bondgenoot.model.instrumenten.Voorstel;
import nl.bondgenoot.model.instrumenten.Voorstellen;

/**
 * The answers, respondents and judgements of an assessment as the form reads and edits them: every change
 * is one command on the editing domain (one step of Ongedaan maken); an answer or judgement that does not
 * exist yet is created by that same command. An answer the consultant changes after it was proposed from
 * the model becomes OVERSCHREVEN.
 */
public final class Bewerkingen {

    private final Beoordeling beoordeling;
    private final EditingDomain domain;

    public Bewerkingen(Beoordeling beoordeling, EditingDomain domain) {
        this.beoordeling = beoordeling;
        this.domain = domain;
    }

    public Beoordeling beoordeling() {
        return beoordeling;
    }

    public EditingDomain domain() {
        return domain;
    }

    public List<Respondent> respondenten() {
        return beoordeling.getRespondenten();
    }

    public Antwoord antwoord(String vraagId, Respondent respondent) {
        return beoordeling.getAntwoorden().stream()
                .filter(a -> a.getVraagId().equals(vraagId) && a.getRespondent() == respondent).findFirst().orElse(null);
    }

    public Indicatoroordeel oordeel(String indicatorId) {
        return beoordeling.getIndicatoroordelen().stream().filter(o -> o.getIndicatorId().equals(indicatorId)).findFirst()
                .orElse(null);
    }

    public void zetStatus(String vraagId, Respondent respondent, Antwoordstatus status) {
        zet(vraagId, respondent, Literals.ANTWOORD__STATUS, status);
    }

    public void zetToelichting(String vraagId, Respondent respondent, String toelichting) {
        zet(vraagId, respondent, Literals.ANTWOORD__TOELICHTING, toelichting);
    }

    /** Replaces the sources of an answer. */
    public void zetBronnen(String vraagId, Respondent respondent, List<Bron> bronnen) {
        zet(vraagId, respondent, Literals.ANTWOORD__BRONNEN, bronnen);
    }

    /** Takes the model's proposal over as the respondent's answer (herkomst VOORSTEL), as one command. */
    public void neemOver(Voorstel voorstel, Respondent respondent) {
        Antwoord antwoord = antwoord(voorstel.vraagId(), respondent);
        if (antwoord == null) {
            Antwoord nieuw = nieuwAntwoord(voorstel.vraagId(), respondent);
            Voorstellen.neemOver(nieuw, voorstel);
            execute(AddCommand.create(domain, beoordeling, Literals.BEOORDELING__ANTWOORDEN, nieuw));
        } else {
            execute(new ChangeCommand(antwoord) {
                @Override
                protected void doExecute() {
                    Voorstellen.neemOver(antwoord, voorstel);
                }
            });
        }
    }

    /**
     * Brings the answers that took a proposal up to what the model now proposes (Voorstellen.bijwerken), as
     * one command that Ongedaan maken takes back; nothing when they follow it already.
     */
    public void volgModel() {
        List<Voorstel> voorstellen = Voorstellen.voor(beoordeling);
        boolean achter = beoordeling.getAntwoorden().stream().anyMatch(a -> a.getHerkomst() == Antwoordherkomst.VOORSTEL
                && voorstellen.stream().anyMatch(v -> v.vraagId().equals(a.getVraagId()) && !Voorstellen.volgt(a, v)));
        if (achter) {
            ChangeCommand command = new ChangeCommand(beoordeling) {
                @Override
                protected void doExecute() {
                    Voorstellen.bijwerken(beoordeling);
                }
            };
            command.setLabel(Messages.command_followModel);
            execute(command);
        }
    }

    /** The proposal from the model is confirmed as the answer. */
    public void bevestig(Antwoord antwoord) {
        execute(SetCommand.create(domain, antwoord, Literals.ANTWOORD__HERKOMST, Antwoordherkomst.BEVESTIGD));
    }

    /** Sets the choices, actors or text of a typed part of an answer. */
    public void zetDeel(String vraagId, Respondent respondent, String deel, List<String> keuzes, List<Actor> actoren, String tekst) {
        Antwoord antwoord = antwoord(vraagId, respondent);
        Antwoorddeel bestaand = antwoord == null ? null
                : antwoord.getDelen().stream().filter(d -> d.getDeel().equals(deel)).findFirst().orElse(null);
        if (bestaand != null) {
            if (bestaand.getKeuzes().equals(keuzes) && bestaand.getActoren().equals(actoren)
                    && Objects.equals(bestaand.getTekst(), tekst)) {
                return;
            }
            CompoundCommand command = new CompoundCommand(Messages.command_part);
            command.append(SetCommand.create(domain, bestaand, Literals.ANTWOORDDEEL__KEUZES, keuzes));
            command.append(SetCommand.create(domain, bestaand, Literals.ANTWOORDDEEL__ACTOREN, actoren));
            command.append(SetCommand.create(domain, bestaand, Literals.ANTWOORDDEEL__TEKST, tekst));
            overschreven(command, antwoord);
            execute(command);
            return;
        }
        Antwoorddeel nieuw = BondgenootFactory.eINSTANCE.createAntwoorddeel();
        nieuw.setDeel(deel);
        nieuw.getKeuzes().addAll(keuzes);
        nieuw.getActoren().addAll(actoren);
        nieuw.setTekst(tekst);
        if (antwoord != null) {
            CompoundCommand command = new CompoundCommand(Messages.command_part);
            command.append(AddCommand.create(domain, antwoord, Literals.ANTWOORD__DELEN, nieuw));
            overschreven(command, antwoord);
            execute(command);
        } else {
            Antwoord nieuwAntwoord = nieuwAntwoord(vraagId, respondent);
            nieuwAntwoord.getDelen().add(nieuw);
            execute(AddCommand.create(domain, beoordeling, Literals.BEOORDELING__ANTWOORDEN, nieuwAntwoord));
        }
    }

    public void zetOordeel(String indicatorId, Oordeel oordeel) {
        zetOordeelKenmerk(indicatorId, Literals.INDICATOROORDEEL__OORDEEL, oordeel);
    }

    public void zetMotivering(String indicatorId, String motivering) {
        zetOordeelKenmerk(indicatorId, Literals.INDICATOROORDEEL__MOTIVERING, motivering);
    }

    /** Adds a respondent: an actor of the model with the role in which they answer. */
    public void voegRespondentToe(Actor actor, String rol) {
        if (respondenten().stream().anyMatch(r -> r.getActor() == actor && Objects.equals(r.getRol(), rol))) {
            return;
        }
        Respondent respondent = BondgenootFactory.eINSTANCE.createRespondent();
        respondent.setActor(actor);
        respondent.setRol(rol);
        execute(AddCommand.create(domain, beoordeling, Literals.BEOORDELING__RESPONDENTEN, respondent));
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
        execute(AddCommand.create(domain, beoordeling, Literals.BEOORDELING__INDICATOROORDELEN, nieuw));
    }

    private void zet(String vraagId, Respondent respondent, EStructuralFeature feature, Object value) {
        Antwoord antwoord = antwoord(vraagId, respondent);
        if (antwoord != null) {
            if (!Objects.equals(antwoord.eGet(feature), value)) {
                CompoundCommand command = new CompoundCommand(SetCommand.create(domain, antwoord, feature, value).getLabel());
                command.append(SetCommand.create(domain, antwoord, feature, value));
                overschreven(command, antwoord);
                execute(command);
            }
            return;
        }
        Antwoord nieuw = nieuwAntwoord(vraagId, respondent);
        nieuw.eSet(feature, value);
        execute(AddCommand.create(domain, beoordeling, Literals.BEOORDELING__ANTWOORDEN, nieuw));
    }

    /** A proposed or confirmed answer that the consultant changes is overridden (the proposal stays visible). */
    private void overschreven(CompoundCommand command, Antwoord antwoord) {
        if (antwoord.getHerkomst() == Antwoordherkomst.VOORSTEL || antwoord.getHerkomst() == Antwoordherkomst.BEVESTIGD) {
            command.append(SetCommand.create(domain, antwoord, Literals.ANTWOORD__HERKOMST, Antwoordherkomst.OVERSCHREVEN));
        }
    }

    private static Antwoord nieuwAntwoord(String vraagId, Respondent respondent) {
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
