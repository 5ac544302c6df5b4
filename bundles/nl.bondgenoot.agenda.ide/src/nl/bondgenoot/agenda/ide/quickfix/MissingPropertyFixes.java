package nl.bondgenoot.agenda.ide.quickfix;

import static nl.bondgenoot.agenda.ide.quickfix.Aspect.REKENSCHAP;
import static nl.bondgenoot.agenda.ide.quickfix.Aspect.RESULTAAT;
import static nl.bondgenoot.agenda.ide.quickfix.Aspect.RUIMTE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.ITextModification;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScopeProvider;

import com.google.inject.Inject;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.ActorCategorie;
import nl.bondgenoot.model.BondgenootFactory;
import nl.bondgenoot.model.BondgenootPackage.Literals;
import nl.bondgenoot.model.Effect;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.MaatschappelijkeAgenda;
import nl.bondgenoot.model.Opdrachtrelatie;
import nl.bondgenoot.model.Opgave;
import nl.bondgenoot.model.Richting;
import nl.bondgenoot.model.labels.Labels;

/**
 * Fixes that add what is missing, only with content the file already has, so the result parses and
 * links: the four R's of an opdrachtrelatie (4R-1, with the effects the rekenschap is judged against) and the proceseigenaar and vaststelling of the
 * maatschappelijke agenda (AG-9), with actors of the project's model files.
 */
class MissingPropertyFixes {

    private static final int MAX_ACTORS = 3;

    @Inject
    private IGrammarAccess grammar;

    @Inject
    private EObjectAtOffsetHelper offsets;

    @Inject
    private IScopeProvider scopes;

    @Inject
    private IValueConverterService values;

    /**
     * 4R-1: the richting gets the opgave's description (or that of the effect it follows from), as the
     * source advises for a meervoudig vraagstuk; the other missing R's get the values that leave the
     * fewest findings. Without any description to take, no fix is offered: no made-up richting.
     */
    void offerMissingRs(FixContext context, DiagnosticResolutionAcceptor acceptor) {
        Opdrachtrelatie relatie = context.element(Opdrachtrelatie.class, offsets);
        if (relatie == null) {
            return;
        }
        boolean richtingMissing = relatie.getRichting() == null || blank(relatie.getRichting().getTekst());
        String richting = richtingMissing ? richtingFromOpgave(relatie) : null;
        if (richtingMissing && richting == null) {
            return;
        }
        List<Aspect> required = new ArrayList<>();
        for (Aspect aspect : List.of(RUIMTE, RESULTAAT, REKENSCHAP)) {
            if (isMissing(relatie, aspect)) {
                required.add(aspect);
            }
        }
        boolean toetsingskaderMissing = relatie.getRekenschap() == null || relatie.getRekenschap().getToetsingskader().isEmpty();
        List<Effect> toetsingskader = toetsingskaderMissing && required.contains(REKENSCHAP) ? toetsingskaderOf(relatie) : List.of();
        RepairSearch search = new RepairSearch(relatie, "4R-1", context.engine()).preparing(copy -> {
            if (richting != null) {
                if (copy.getRichting() == null) {
                    copy.setRichting(BondgenootFactory.eINSTANCE.createRichting());
                }
                copy.getRichting().setTekst(richting);
            }
            if (!toetsingskader.isEmpty()) {
                if (copy.getRekenschap() == null) {
                    copy.setRekenschap(BondgenootFactory.eINSTANCE.createRekenschap());
                }
                copy.getRekenschap().getToetsingskader().addAll(toetsingskaderOf(copy));
            }
        });
        List<RepairSearch.Repair> repairs = required.isEmpty() ? List.of(new RepairSearch.Repair(List.of(), 0))
                : search.search(List.of(), required, 1);
        for (RepairSearch.Repair repair : repairs) {
            List<Change> changes = repair.changes();
            List<String> parts = new ArrayList<>();
            if (richting != null) {
                parts.add("richting uit de beschrijving");
            }
            changes.forEach(c -> parts.add(c.aspect().keyword + " " + Labels.of((Enumerator) c.value())));
            if (!toetsingskader.isEmpty()) {
                parts.add("toetsingskader " + String.join(", ", toetsingskader.stream().map(Effect::getNaam).toList()));
            }
            acceptor.accept("Vul de ontbrekende R's in: " + String.join(", ", parts),
                    (ITextModification) (diagnostic, element, document) -> {
                        Opdrachtrelatie target = EcoreUtil2.getContainerOfType(element, Opdrachtrelatie.class);
                        AgendaEdits edits = new AgendaEdits(document, grammar);
                        if (richting != null) {
                            writeRichting(target, richting, edits);
                        }
                        changes.forEach(change -> edits.write(target, change));
                        if (!toetsingskader.isEmpty()) {
                            edits.complete(target, REKENSCHAP, " toetsingskader " + String.join(", ",
                                    toetsingskader.stream().map(e -> values.toString(e.getNaam(), "Naam")).toList()));
                        }
                        return edits.build(target);
                    });
        }
    }

    /**
     * The effects a new rekenschap is judged against (4R-14): those the opgave follows from, otherwise
     * every effect of the maatschappelijke agenda. Written with the rekenschap, so that repairing 4R-1
     * does not leave 4R-14 behind.
     */
    private static List<Effect> toetsingskaderOf(Opdrachtrelatie relatie) {
        Opgave opgave = EcoreUtil2.getContainerOfType(relatie, Opgave.class);
        List<Effect> volgtUit = opgave == null ? List.of()
                : opgave.getVolgtUit().stream().filter(e -> !e.eIsProxy() && !blank(e.getNaam())).toList();
        if (!volgtUit.isEmpty()) {
            return volgtUit;
        }
        Governancemodel model = EcoreUtil2.getContainerOfType(relatie, Governancemodel.class);
        MaatschappelijkeAgenda agenda = model == null ? null : model.getMaatschappelijkeAgenda();
        return agenda == null ? List.of() : agenda.getEffecten().stream().filter(e -> !blank(e.getNaam())).toList();
    }

    private void writeRichting(Opdrachtrelatie relatie, String tekst, AgendaEdits edits) {
        String quoted = values.toString(tekst, "STRING");
        Richting richting = relatie.getRichting();
        if (richting == null) {
            edits.addLine("richting " + quoted);
            return;
        }
        List<INode> niveau = NodeModelUtils.findNodesForFeature(richting, Literals.RICHTING__NIVEAU);
        edits.insertAfter(niveau.isEmpty() ? AgendaEdits.keywordNode(relatie, "richting") : niveau.get(0), " " + quoted);
    }

    private static String richtingFromOpgave(Opdrachtrelatie relatie) {
        Opgave opgave = EcoreUtil2.getContainerOfType(relatie, Opgave.class);
        if (opgave == null) {
            return null;
        }
        if (!blank(opgave.getBeschrijving())) {
            return opgave.getBeschrijving();
        }
        for (Effect effect : opgave.getVolgtUit()) {
            if (!effect.eIsProxy() && !blank(effect.getBeschrijving())) {
                return effect.getBeschrijving();
            }
        }
        return null;
    }

    private static boolean isMissing(Opdrachtrelatie relatie, Aspect aspect) {
        EObject owner = aspect.owner(relatie);
        if (owner == null) {
            return true;
        }
        Object tekst = owner.eClass().getEStructuralFeature("tekst") == null ? null
                : owner.eGet(owner.eClass().getEStructuralFeature("tekst"));
        boolean noText = tekst == null || blank((String) tekst);
        return noText && !aspect.isWritten(relatie)
                && !(aspect == REKENSCHAP && Aspect.REKENSCHAP_SOORT.isWritten(relatie));
    }

    /**
     * AG-9: proceseigenaar and/or vastgesteld door, one fix per actor of the project (government actors
     * first: the source suggests the gemeenteraad adopts the agenda).
     */
    void offerOwnerAndAdoption(FixContext context, DiagnosticResolutionAcceptor acceptor) {
        MaatschappelijkeAgenda agenda = context.element(MaatschappelijkeAgenda.class, offsets);
        if (agenda == null) {
            return;
        }
        boolean owner = agenda.getProcesEigenaar() == null;
        boolean adoption = agenda.getVastgesteldDoor() == null;
        if (!owner && !adoption) {
            return;
        }
        for (String actor : candidateActors(agenda)) {
            String label = owner && adoption ? "Leg proceseigenaar en vaststelling bij " + actor
                    : owner ? "Maak " + actor + " proceseigenaar" : "Laat de agenda vaststellen door " + actor;
            String name = values.toString(actor, "Naam");
            acceptor.accept(label, (ITextModification) (diagnostic, element, document) -> {
                MaatschappelijkeAgenda target = EcoreUtil2.getContainerOfType(element, MaatschappelijkeAgenda.class);
                AgendaEdits edits = new AgendaEdits(document, grammar);
                if (owner) {
                    edits.addLine("proceseigenaar " + name);
                }
                if (adoption) {
                    edits.addLine("vastgesteld door " + name);
                }
                INode header = NodeModelUtils.findNodesForFeature(target, Literals.ELEMENT__NAAM).get(0);
                return edits.build(target, header);
            });
        }
    }

    private List<String> candidateActors(MaatschappelijkeAgenda agenda) {
        List<Actor> actors = new ArrayList<>();
        for (IEObjectDescription description : scopes
                .getScope(agenda, Literals.MAATSCHAPPELIJKE_AGENDA__VASTGESTELD_DOOR).getAllElements()) {
            EObject resolved = EcoreUtil.resolve(description.getEObjectOrProxy(), agenda);
            if (resolved instanceof Actor actor && !resolved.eIsProxy() && actor.getNaam() != null) {
                actors.add(actor);
            }
        }
        return actors.stream()
                .sorted(Comparator.comparing((Actor a) -> a.getCategorie() != ActorCategorie.OVERHEID)
                        .thenComparing(Actor::getNaam))
                .map(Actor::getNaam).distinct().limit(MAX_ACTORS).toList();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
