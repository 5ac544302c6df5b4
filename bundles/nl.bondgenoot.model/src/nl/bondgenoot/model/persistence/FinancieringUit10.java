package nl.bondgenoot.model.persistence;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.ActorCategorie;
import nl.bondgenoot.model.BondgenootFactory;
import nl.bondgenoot.model.BondgenootPackage;
import nl.bondgenoot.model.Financieringsstroom;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.soorten.Gemeenteherkenning;

/**
 * Makes financieringsstromen of what a file of version 1.0 said on its actors: each of an actor's
 * {@code financiers} becomes a flow to it, and {@code gefinancierdDoorGemeente="true"} without a
 * gemeente among them a flow from the model's gemeente (instrument and kader onbekend: the file said
 * no more). Both features are derived from the flows since metamodel 2 (issue 14), so the file's
 * values are taken aside while it is read, before EMF would try to set them.
 */
final class FinancieringUit10 {

    private static final String FINANCIERS = BondgenootPackage.Literals.ACTOR__FINANCIERS.getName();
    private static final String GEFINANCIERD = BondgenootPackage.Literals.ACTOR__GEFINANCIERD_DOOR_GEMEENTE.getName();

    /** What an actor's financiers said, and on which line of the file. */
    private record Financiers(String ids, int line) {
    }

    /** What each actor said, in file order. */
    private final Map<Actor, Financiers> financiers = new LinkedHashMap<>();
    private final List<Actor> doorGemeente = new ArrayList<>();
    /** What EMF would have reported had it read the values itself: a value that is no yes/no. */
    private final List<Resource.Diagnostic> problems = new ArrayList<>();

    /**
     * Takes the attribute aside when it is one of the two; true when it did. A value that is no
     * yes/no is a load error with its line, as EMF reports one.
     */
    boolean neemOp(EObject object, String name, String value, String location, int line, int column) {
        if (!(object instanceof Actor actor)) {
            return false;
        }
        if (FINANCIERS.equals(name)) {
            financiers.put(actor, new Financiers(value, line));
            return true;
        }
        if (GEFINANCIERD.equals(name)) {
            String word = value.trim();
            if (word.equals("true")) {
                doorGemeente.add(actor);
            } else if (!word.equals("false")) {
                problems.add(new IllegalValueException(actor, BondgenootPackage.Literals.ACTOR__GEFINANCIERD_DOOR_GEMEENTE,
                        value, null, location, line, column));
            }
            return true;
        }
        return false;
    }

    /** Adds the flows to the model of the resource; nothing when the file set neither feature. */
    void naarStromen(Resource resource) {
        resource.getErrors().addAll(problems);
        if (financiers.isEmpty() && doorGemeente.isEmpty() || resource.getContents().isEmpty()
                || !(resource.getContents().get(0) instanceof Governancemodel model)) {
            return;
        }
        financiers.forEach((actor, said) -> {
            for (String id : said.ids().trim().split("\\s+")) {
                if (id.isEmpty()) {
                    continue;
                }
                EObject financier = resource.getEObject(id.startsWith("#") ? id.substring(1) : id);
                if (financier instanceof Actor f) {
                    stroom(model, f, actor);
                } else {
                    // a financier the file does not hold: an error, as EMF reports an unresolved reference
                    resource.getErrors().add(new UnresolvedReferenceException(actor, BondgenootPackage.Literals.ACTOR__FINANCIERS,
                            id, resource.getURI() == null ? null : resource.getURI().toString(), said.line(), 0));
                }
            }
        });
        for (Actor actor : doorGemeente) {
            boolean alGemeente = model.getFinancieringsstromen().stream()
                    .anyMatch(s -> s.getOntvanger() == actor && Gemeenteherkenning.hoortBijGemeente(s.getFinancier()));
            if (!alGemeente) {
                stroom(model, deGemeente(model), actor);
            }
        }
    }

    /**
     * The model's gemeente: its only actor that is a gemeente. A model with none or several (1.0 did
     * not say which) gets one actor "Gemeente" that says where it came from, so nothing is lost.
     */
    private static Actor deGemeente(Governancemodel model) {
        List<Actor> gemeenten = model.getActoren().stream().filter(Gemeenteherkenning::isGemeente).toList();
        if (gemeenten.size() == 1) {
            return gemeenten.get(0);
        }
        String id = uuid(model.getId() + "|gemeente uit 1.0");
        for (Actor a : model.getActoren()) {
            if (id.equals(a.getId())) {
                return a;
            }
        }
        Actor gemeente = BondgenootFactory.eINSTANCE.createActor();
        gemeente.setId(id);
        gemeente.setNaam("Gemeente");
        gemeente.setCategorie(ActorCategorie.OVERHEID);
        gemeente.setSoort(nl.bondgenoot.model.soorten.ActorSoortId.valueOf("gemeente"));
        gemeente.setBeschrijving("Bij het openen van een bestand van modelversie 1.0 aangemaakt: het bestand zei van"
                + " een actor 'gefinancierd door gemeente' maar niet door welke, en het model heeft "
                + (gemeenten.isEmpty() ? "geen" : "meer dan één") + " gemeente.");
        model.getActoren().add(gemeente);
        return gemeente;
    }

    private static void stroom(Governancemodel model, Actor financier, Actor ontvanger) {
        Financieringsstroom stroom = BondgenootFactory.eINSTANCE.createFinancieringsstroom();
        // the same file gives the same ids on every load, so a migrated file compares equal to itself
        stroom.setId(uuid(ontvanger.getId() + "|" + financier.getId()));
        stroom.setFinancier(financier);
        stroom.setOntvanger(ontvanger);
        stroom.setBeschrijving("Uit modelversie 1.0 ('financiers' of 'gefinancierd door gemeente' van "
                + ontvanger.getNaam() + "); instrument en kader zijn onbekend.");
        model.getFinancieringsstromen().add(stroom);
    }

    private static String uuid(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
