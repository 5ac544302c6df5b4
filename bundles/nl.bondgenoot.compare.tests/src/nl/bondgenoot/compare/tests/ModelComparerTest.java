package nl.bondgenoot.compare.tests;

import static nl.bondgenoot.compare.tests.Models.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import nl.bondgenoot.compare.ChangeKind;
import nl.bondgenoot.compare.DiffJson;
import nl.bondgenoot.compare.DiffText;
import nl.bondgenoot.compare.ElementChange;
import nl.bondgenoot.compare.FeatureChange;
import nl.bondgenoot.compare.ModelComparer;
import nl.bondgenoot.compare.ModelDiff;
import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.ActorCategorie;
import nl.bondgenoot.model.BondgenootFactory;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Periode;
import nl.bondgenoot.model.Rol;
import nl.bondgenoot.model.soorten.ActorSoortId;

/** Each kind of change, found by element id and said in Dutch. */
class ModelComparerTest {

    @TempDir
    Path folder;

    private ModelDiff diff(java.util.function.Consumer<nl.bondgenoot.model.Governancemodel> change) throws Exception {
        Path base = base(folder, "basis.bondgenoot");
        Path changed = variant(base, folder.resolve("nieuw.bondgenoot"), change);
        return ModelComparer.compare(load(base), load(changed));
    }

    @Test
    void theSameModelHasNoDifferences() throws Exception {
        ModelDiff diff = diff(model -> {
        });
        assertTrue(diff.isEmpty(), () -> DiffText.of(diff, "a", "b"));
        assertEquals("a -> b: geen verschillen\n", DiffText.of(diff, "a", "b"));
    }

    @Test
    void anAttributeChangeNamesTheFeatureByItsDutchLabelWithOldAndNewValue() throws Exception {
        ModelDiff diff = diff(model -> actor(model, TRAVERS).setSoort(ActorSoortId.valueOf("ggz")));
        assertEquals(1, diff.changes().size());
        ElementChange change = diff.change(TRAVERS).orElseThrow();
        assertEquals(ChangeKind.CHANGED, change.kind());
        assertEquals("Actor 'Travers'", change.element().text());
        FeatureChange soort = change.features().get(0);
        assertEquals("Soort", soort.label());
        assertEquals(List.of("welzijn"), soort.before());
        assertEquals(List.of("ggz"), soort.after());
        String text = DiffText.of(diff, "a", "b");
        assertTrue(text.contains("gewijzigd   Actor 'Travers'\n              Soort: welzijn -> ggz\n"), text);
    }

    @Test
    void anEnumerationIsShownByItsDutchLabel() throws Exception {
        ModelDiff diff = diff(model -> actor(model, TRAVERS).setCategorie(ActorCategorie.MARKTPARTIJ));
        FeatureChange categorie = diff.change(TRAVERS).orElseThrow().features().get(0);
        assertEquals(List.of("MAATSCHAPPELIJKE_ORGANISATIE"), categorie.before());
        assertEquals("maatschappelijke organisatie", categorie.beforeShown());
    }

    @Test
    void anAddedAndARemovedElement() throws Exception {
        ModelDiff diff = diff(model -> {
            Actor nieuw = BondgenootFactory.eINSTANCE.createActor();
            nieuw.setId("0000aaaa-0000-4000-8000-000000000101");
            nieuw.setNaam("Buurtteam Zuid");
            model.getActoren().add(nieuw);
            model.getSturingsrelaties().remove(actorRelation(model));
        });
        assertEquals(ChangeKind.ADDED, diff.kindOf("0000aaaa-0000-4000-8000-000000000101"));
        assertEquals(ChangeKind.REMOVED, diff.kindOf(ADVIES));
        assertNull(diff.kindOf(GEMEENTE));
        String text = DiffText.of(diff, "a", "b");
        assertTrue(text.contains("toegevoegd  Actor 'Buurtteam Zuid' (in Governancemodel 'OK-team Kamperpoort (kern, skelet)')"), text);
        assertTrue(text.contains("verwijderd  Sturingsrelatie 'Advies over het Wmo-beleid'"), text);
    }

    private static nl.bondgenoot.model.Sturingsrelatie actorRelation(nl.bondgenoot.model.Governancemodel model) {
        return element(model, ADVIES);
    }

    @Test
    void aReferenceListHoldsIdsAndShowsNames() throws Exception {
        ModelDiff diff = diff(model -> {
            Netwerk ok = element(model, OK_TEAM);
            ok.getLeden().remove(actor(model, DE_KERN));
            ok.getLeden().add(actor(model, WMO_RAAD));
        });
        FeatureChange leden = diff.change(OK_TEAM).orElseThrow().features().get(0);
        assertEquals("leden", leden.feature());
        assertTrue(leden.many());
        assertEquals(List.of(GEMEENTE, TRAVERS, DE_KERN), leden.before());
        assertEquals(List.of(GEMEENTE, TRAVERS, WMO_RAAD), leden.after());
        assertEquals("[Actor 'Gemeente Zwolle', Actor 'Travers', Actor 'Wmo-raad Zwolle']", leden.afterShown());
        String text = DiffText.of(diff, "a", "b");
        assertTrue(text.contains("              Leden: erbij Actor 'Wmo-raad Zwolle'; eraf Actor 'De Kern'\n"), text);
    }

    @Test
    void anElementInAnotherContainerIsMovedAndItsOwnChangesAreListed() throws Exception {
        ModelDiff diff = diff(model -> {
            Rol rol = element(model, ROL_DE_KERN);
            ((Netwerk) element(model, WIJKTAFEL)).getRollen().add(rol);
            rol.setNaam("Huisbezoek aan de wijktafel");
        });
        ElementChange change = diff.change(ROL_DE_KERN).orElseThrow();
        assertEquals(ChangeKind.MOVED, change.kind());
        assertEquals("Netwerk 'OK-team Kamperpoort'", change.move().from().text());
        assertEquals("Netwerk 'Wijktafel'", change.move().to().text());
        assertEquals("Rollen", change.move().toFeature());
        assertEquals("naam", change.features().get(0).feature());
        assertEquals(1, diff.changes().size(), "the two netwerken themselves did not change: their roles are elements of their own");
        String text = DiffText.of(diff, "a", "b");
        assertTrue(text.contains("verplaatst  Rol 'Huisbezoek aan de wijktafel': van Netwerk 'OK-team Kamperpoort' (Rollen)"
                + " naar Netwerk 'Wijktafel' (Rollen)"), text);
    }

    @Test
    void aContainedValueWithoutIdIsPartOfItsElement() throws Exception {
        ModelDiff diff = diff(model -> {
            Periode periode = nl.bondgenoot.model.tijd.Periodes.periode(java.time.LocalDate.of(2011, 1, 1), null);
            ((nl.bondgenoot.model.Sturingsrelatie) element(model, ADVIES)).setPeriode(periode);
        });
        ElementChange change = diff.change(ADVIES).orElseThrow();
        assertEquals(ChangeKind.CHANGED, change.kind());
        FeatureChange periode = change.features().get(0);
        assertEquals("Periode", periode.label());
        assertEquals("(leeg)", periode.beforeShown());
        assertTrue(periode.afterShown().contains("2011"), periode.afterShown());
    }

    @Test
    void jsonHasTheCountsAndEveryChangeWithIdsAndTexts() throws Exception {
        ModelDiff diff = diff(model -> actor(model, TRAVERS).setSoort(ActorSoortId.valueOf("ggz")));
        JsonObject json = JsonParser.parseString(DiffJson.of(diff, "a", "b")).getAsJsonObject();
        assertEquals(1, json.getAsJsonObject("aantallen").get("changed").getAsInt());
        JsonObject change = json.getAsJsonArray("wijzigingen").get(0).getAsJsonObject();
        assertEquals("changed", change.get("soort").getAsString());
        assertEquals(TRAVERS, change.get("id").getAsString());
        assertEquals("Actor", change.get("klasse").getAsString());
        JsonObject soort = change.getAsJsonArray("kenmerken").get(0).getAsJsonObject();
        assertEquals("Soort", soort.get("label").getAsString());
        assertEquals("ggz", soort.getAsJsonArray("na").get(0).getAsString());
    }
}
