package nl.bondgenoot.beoordeling.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.BondgenootFactory;
import nl.bondgenoot.model.BondgenootPackage.Literals;
import nl.bondgenoot.model.Kenmerkscore;
import nl.bondgenoot.model.Beoordeling;

/**
 * The scores of a zelfanalyse as the form edits them: per kenmerk, per party (an actor) or jointly (no
 * party); 0 is "not scored" and removes the score. Each change is one command on the editing domain.
 */
public final class Scores {

    private final Beoordeling zelfanalyse;
    private final EditingDomain domain;

    public Scores(Beoordeling zelfanalyse, EditingDomain domain) {
        this.zelfanalyse = zelfanalyse;
        this.domain = domain;
    }

    /** Jointly (null) first, then the parties in the order they first scored. */
    public List<Actor> partijen() {
        Set<Actor> partijen = new LinkedHashSet<>();
        partijen.add(null);
        zelfanalyse.getScores().forEach(s -> partijen.add(s.getPartij()));
        return new ArrayList<>(partijen);
    }

    public Kenmerkscore score(String kenmerkId, Actor partij) {
        return zelfanalyse.getScores().stream().filter(s -> s.getKenmerkId().equals(kenmerkId) && s.getPartij() == partij)
                .findFirst().orElse(null);
    }

    public int waarde(String kenmerkId, Actor partij) {
        Kenmerkscore score = score(kenmerkId, partij);
        return score == null ? 0 : score.getScore();
    }

    public void zet(String kenmerkId, Actor partij, int waarde) {
        Kenmerkscore score = score(kenmerkId, partij);
        Command command;
        if (score == null && waarde == 0) {
            return;
        } else if (score == null) {
            Kenmerkscore nieuw = BondgenootFactory.eINSTANCE.createKenmerkscore();
            nieuw.setKenmerkId(kenmerkId);
            nieuw.setPartij(partij);
            nieuw.setScore(waarde);
            command = AddCommand.create(domain, zelfanalyse, Literals.BEOORDELING__SCORES, nieuw);
        } else if (waarde == 0) {
            command = RemoveCommand.create(domain, zelfanalyse, Literals.BEOORDELING__SCORES, score);
        } else if (score.getScore() != waarde) {
            command = SetCommand.create(domain, score, Literals.KENMERKSCORE__SCORE, waarde);
        } else {
            return;
        }
        domain.getCommandStack().execute(command);
    }
}
