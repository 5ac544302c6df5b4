package nl.bondgenoot.compare.tests;

import static nl.bondgenoot.compare.tests.Models.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.compare.Conflict;
import nl.bondgenoot.compare.MergeResult;
import nl.bondgenoot.compare.ModelMerger;
import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.BondgenootFactory;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Rol;
import nl.bondgenoot.model.Sturingsrelatie;
import nl.bondgenoot.model.SturingsrelatieSoort;
import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.model.soorten.ActorSoortId;

/** The merge matrix: what lands, what conflicts (ours kept, theirs listed), and that the result loads. */
class ModelMergerTest {

    private static final String BUURTTEAM = "0000aaaa-0000-4000-8000-000000000101";
    private static final String WIJKAGENT = "0000aaaa-0000-4000-8000-000000000102";
    private static final String OPDRACHT = "0000aaaa-0000-4000-8000-000000000401";

    @TempDir
    Path folder;
    Path base;
    MergeResult result;

    @BeforeEach
    void base() throws Exception {
        base = Models.base(folder, "basis.bondgenoot");
    }

    /** Merges theirs into ours; returns the merged model as saved and loaded again. */
    private Governancemodel merge(Consumer<Governancemodel> ours, Consumer<Governancemodel> theirs) throws Exception {
        Resource baseModel = load(base);
        Resource ourModel = load(variant(base, folder.resolve("onze.bondgenoot"), ours));
        Resource theirModel = load(variant(base, folder.resolve("hunne.bondgenoot"), theirs));
        result = ModelMerger.merge(baseModel, ourModel, theirModel);
        Path merged = folder.resolve("samengevoegd.bondgenoot");
        ModelFiles.saveCopy(ourModel, merged, List.of());
        return ModelFiles.load(merged); // the result always loads: no missing reference, no markers
    }

    private static Actor newActor(Governancemodel model, String id, String naam) {
        Actor actor = BondgenootFactory.eINSTANCE.createActor();
        actor.setId(id);
        actor.setNaam(naam);
        model.getActoren().add(actor);
        return actor;
    }

    private static void soort(Governancemodel model, String actor, String soort) {
        actor(model, actor).setSoort(ActorSoortId.valueOf(soort));
    }

    private static Netwerk okTeam(Governancemodel model) {
        return element(model, OK_TEAM);
    }

    @Test
    void changesToDifferentElementsAndRelationsAllLand() throws Exception {
        Governancemodel merged = merge(model -> soort(model, TRAVERS, "ggz"), model -> {
            actor(model, DE_KERN).setNaam("De Kern (maatschappelijk werk)");
            Actor buurtteam = newActor(model, BUURTTEAM, "Buurtteam Zuid");
            Sturingsrelatie opdracht = BondgenootFactory.eINSTANCE.createSturingsrelatie();
            opdracht.setId(OPDRACHT);
            opdracht.setNaam("Opdracht aan het buurtteam");
            opdracht.setVan(actor(model, GEMEENTE));
            opdracht.setNaar(buurtteam);
            opdracht.setSoort(SturingsrelatieSoort.SUBSIDIE);
            model.getSturingsrelaties().add(opdracht);
        });
        assertTrue(result.clean(), () -> result.conflicts().toString());
        assertEquals("ggz", actor(merged, TRAVERS).getSoort().toString());
        assertEquals("De Kern (maatschappelijk werk)", actor(merged, DE_KERN).getNaam());
        Sturingsrelatie opdracht = element(merged, OPDRACHT);
        assertEquals("Buurtteam Zuid", ((Actor) opdracht.getNaar()).getNaam());
        assertEquals(actor(merged, GEMEENTE), opdracht.getVan());
    }

    @Test
    void theMergedFileIsWhatOneSessionMakingBothChangesWouldSave() throws Exception {
        Consumer<Governancemodel> ours = model -> soort(model, TRAVERS, "ggz");
        Consumer<Governancemodel> theirs = model -> {
            newActor(model, BUURTTEAM, "Buurtteam Zuid");
            okTeam(model).getLeden().add(actor(model, INWONERS));
        };
        merge(ours, theirs);
        Path both = variant(base, folder.resolve("beide.bondgenoot"), ours.andThen(theirs));
        assertEquals(text(both), text(folder.resolve("samengevoegd.bondgenoot")));
    }

    @Test
    void differentFeaturesOfOneElementBothLand() throws Exception {
        Governancemodel merged = merge(model -> soort(model, TRAVERS, "ggz"), model -> actor(model, TRAVERS).setNaam("Travers Welzijn"));
        assertTrue(result.clean());
        assertEquals("ggz", actor(merged, TRAVERS).getSoort().toString());
        assertEquals("Travers Welzijn", actor(merged, TRAVERS).getNaam());
    }

    @Test
    void theSameChangeOnBothSidesIsNoConflict() throws Exception {
        Governancemodel merged = merge(model -> soort(model, TRAVERS, "ggz"), model -> soort(model, TRAVERS, "ggz"));
        assertTrue(result.clean());
        assertEquals("ggz", actor(merged, TRAVERS).getSoort().toString());
    }

    @Test
    void oneFeatureChangedDifferentlyIsAConflictWithOursKeptAndTheirsListed() throws Exception {
        Governancemodel merged = merge(model -> soort(model, TRAVERS, "ggz"), model -> {
            soort(model, TRAVERS, "jeugdzorg");
            actor(model, DE_KERN).setNaam("De Kern (maatschappelijk werk)");
        });
        assertEquals(1, result.conflicts().size());
        Conflict conflict = result.conflicts().get(0);
        assertEquals(TRAVERS, conflict.element().id());
        assertEquals("Actor 'Travers', Soort: beide kanten wijzigden dit, elk anders; wij gehouden (wij: ggz; zij: jeugdzorg)",
                conflict.text());
        assertEquals("ggz", actor(merged, TRAVERS).getSoort().toString());
        assertEquals("De Kern (maatschappelijk werk)", actor(merged, DE_KERN).getNaam(), "the rest of theirs still lands");
    }

    @Test
    void listItemsAddedOnBothSidesAreBothThereOursFirst() throws Exception {
        Governancemodel merged = merge(model -> okTeam(model).getLeden().add(actor(model, WMO_RAAD)),
                model -> okTeam(model).getLeden().add(actor(model, INWONERS)));
        assertTrue(result.clean());
        assertEquals(List.of(GEMEENTE, TRAVERS, DE_KERN, WMO_RAAD, INWONERS),
                okTeam(merged).getLeden().stream().map(Actor::getId).toList());
    }

    @Test
    void aListItemRemovedOnOneSideAndOneAddedOnTheOtherBothHappen() throws Exception {
        Governancemodel merged = merge(model -> okTeam(model).getLeden().remove(actor(model, DE_KERN)),
                model -> okTeam(model).getLeden().add(actor(model, INWONERS)));
        assertTrue(result.clean());
        assertEquals(List.of(GEMEENTE, TRAVERS, INWONERS), okTeam(merged).getLeden().stream().map(Actor::getId).toList());
    }

    @Test
    void elementsAddedOnBothSidesAtTheSamePlaceAreBothThereOursFirst() throws Exception {
        Governancemodel merged = merge(model -> newActor(model, BUURTTEAM, "Buurtteam Zuid"),
                model -> newActor(model, WIJKAGENT, "Wijkagent"));
        assertTrue(result.clean());
        List<String> ids = merged.getActoren().stream().map(Actor::getId).toList();
        assertEquals(List.of(GEMEENTE, TRAVERS, DE_KERN, WMO_RAAD, INWONERS, BUURTTEAM, WIJKAGENT), ids);
    }

    @Test
    void removedByTheirsWhileChangedByOursIsKeptWithAConflict() throws Exception {
        Governancemodel merged = merge(model -> ((Sturingsrelatie) element(model, ADVIES)).setNaam("Gevraagd advies"),
                model -> EcoreUtil.remove(element(model, ADVIES)));
        assertEquals(1, result.conflicts().size());
        assertTrue(result.conflicts().get(0).text().contains("zij verwijderden het, wij wijzigden het; gehouden"),
                result.conflicts().get(0).text());
        assertEquals("Gevraagd advies", ((Sturingsrelatie) element(merged, ADVIES)).getNaam());
    }

    @Test
    void aNetwerkTheirsRemovedWhileOursChangedOneOfItsRolesIsKeptWithAConflict() throws Exception {
        Governancemodel merged = merge(model -> ((Rol) element(model, ROL_DE_KERN)).setNaam("Huisbezoek"),
                model -> EcoreUtil.remove(element(model, OK_TEAM)));
        assertEquals(List.of("Netwerk 'OK-team Kamperpoort': zij verwijderden het, wij wijzigden iets erin; gehouden (wij: erin "
                + "gewijzigd; zij: verwijderd)", "Rol 'Huisbezoek': zij verwijderden het, wij wijzigden het; gehouden (wij: gewijzigd; "
                + "zij: verwijderd)"), result.conflicts().stream().map(Conflict::text).toList());
        assertEquals("Huisbezoek", ((Rol) element(merged, ROL_DE_KERN)).getNaam());
        assertEquals(List.of(ROL_DE_KERN), okTeam(merged).getRollen().stream().map(Rol::getId).toList(),
                "the roles ours left alone go, as theirs removed them");
    }

    @Test
    void removedByOursWhileChangedByTheirsStaysRemovedWithAConflict() throws Exception {
        Governancemodel merged = merge(model -> EcoreUtil.remove(element(model, ADVIES)),
                model -> ((Sturingsrelatie) element(model, ADVIES)).setNaam("Gevraagd advies"));
        assertEquals(1, result.conflicts().size());
        assertTrue(result.conflicts().get(0).text().contains("wij verwijderden het, zij wijzigden het; verwijderd gehouden"));
        assertNull(element(merged, ADVIES));
    }

    @Test
    void removedByTheirsAndUntouchedByOursIsRemoved() throws Exception {
        Governancemodel merged = merge(model -> soort(model, TRAVERS, "ggz"), model -> EcoreUtil.remove(element(model, ADVIES)));
        assertTrue(result.clean());
        assertNull(element(merged, ADVIES));
    }

    @Test
    void anElementTheirsRemovedButOursNowRefersToIsKeptWithAConflict() throws Exception {
        Governancemodel merged = merge(model -> okTeam(model).getLeden().add(actor(model, WMO_RAAD)), model -> {
            EcoreUtil.remove(element(model, ADVIES)); // the Wmo-raad's relation goes with it, as in the editor
            EcoreUtil.remove(element(model, WMO_RAAD));
        });
        assertEquals(1, result.conflicts().size(), () -> result.conflicts().toString());
        assertTrue(result.conflicts().get(0).text().startsWith("Actor 'Wmo-raad Zwolle': zij verwijderden het, maar Netwerk "
                + "'OK-team Kamperpoort' verwijst er bij ons naar; gehouden"), result.conflicts().get(0).text());
        assertNotNull(element(merged, WMO_RAAD));
        assertNull(element(merged, ADVIES), "the relation nobody refers to is removed");
        assertTrue(okTeam(merged).getLeden().contains(actor(merged, WMO_RAAD)));
    }

    @Test
    void aReferenceTheirsAddedToAnElementOursRemovedIsLeftOutWithAConflict() throws Exception {
        Governancemodel merged = merge(model -> {
            EcoreUtil.remove(element(model, VERANTWOORDING));
            EcoreUtil.remove(element(model, INWONERS));
        }, model -> okTeam(model).getLeden().add(actor(model, INWONERS)));
        assertEquals(1, result.conflicts().size(), () -> result.conflicts().toString());
        assertTrue(result.conflicts().get(0).text().contains("Leden: door hen gezet naar een element dat wij verwijderden; weggelaten"),
                result.conflicts().get(0).text());
        assertEquals(List.of(GEMEENTE, TRAVERS, DE_KERN), okTeam(merged).getLeden().stream().map(Actor::getId).toList());
    }

    @Test
    void anElementTheirsAddedInsideOneOursRemovedIsAConflict() throws Exception {
        Governancemodel merged = merge(model -> EcoreUtil.remove(element(model, WIJKTAFEL)), model -> {
            Rol rol = BondgenootFactory.eINSTANCE.createRol();
            rol.setId("0000aaaa-0000-4000-8000-000000000301");
            rol.setNaam("Voorzitter");
            rol.setActor(actor(model, GEMEENTE));
            ((Netwerk) element(model, WIJKTAFEL)).getRollen().add(rol);
        });
        assertEquals(1, result.conflicts().size());
        assertEquals("Rol 'Voorzitter': door hen toegevoegd in Netwerk 'Wijktafel', dat wij verwijderden; niet overgenomen",
                result.conflicts().get(0).text());
        assertNull(element(merged, WIJKTAFEL));
    }

    @Test
    void anElementTheirsMovedIsMovedAndKeepsOurChange() throws Exception {
        Governancemodel merged = merge(model -> ((Rol) element(model, ROL_DE_KERN)).setNaam("Huisbezoek"),
                model -> ((Netwerk) element(model, WIJKTAFEL)).getRollen().add((Rol) element(model, ROL_DE_KERN)));
        assertTrue(result.clean(), () -> result.conflicts().toString());
        Rol rol = element(merged, ROL_DE_KERN);
        assertEquals(WIJKTAFEL, ((Netwerk) rol.eContainer()).getId());
        assertEquals("Huisbezoek", rol.getNaam());
        assertFalse(okTeam(merged).getRollen().contains(rol));
    }
}
