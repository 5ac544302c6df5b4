package nl.bondgenoot.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.BondgenootFactory;
import nl.bondgenoot.model.Lidmaatschap;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Transitie;
import nl.bondgenoot.model.tijd.Geldigheid;
import nl.bondgenoot.model.tijd.Periodes;

/** What holds on a date: elements with a period, lidmaatschappen, and a transformatie without fixed end. */
class GeldigheidTest {

    private static final BondgenootFactory F = BondgenootFactory.eINSTANCE;
    private static final LocalDate IN_2011 = LocalDate.of(2011, 1, 1);
    private static final LocalDate IN_2020 = LocalDate.of(2020, 1, 1);

    @Test
    void aConvenantHoldsWithinItsPeriodAndWithoutOneAlways() {
        var convenant = F.createConvenant();
        assertTrue(Geldigheid.geldtOp(convenant, IN_2011), "no period: always");
        convenant.setPeriode(Periodes.periode(LocalDate.of(2008, 1, 1), LocalDate.of(2012, 12, 31)));
        assertTrue(Geldigheid.geldtOp(convenant, IN_2011));
        assertFalse(Geldigheid.geldtOp(convenant, IN_2020));
        assertTrue(Geldigheid.geldtOp(F.createActor(), IN_2020), "a kind without period always holds");
    }

    @Test
    void aTransformatieHasABeginAndNoFixedEnd() {
        Transitie transitie = F.createTransitie();
        transitie.setPeriode(Periodes.periode(LocalDate.of(2015, 1, 1), LocalDate.of(2017, 12, 31)));
        assertFalse(Geldigheid.geldtOp(transitie, IN_2020), "a transitie ends");
        transitie.setTransformatie(true);
        assertTrue(Geldigheid.geldtOp(transitie, IN_2020), "a transformatie goes on (S1:155-157)");
        assertFalse(Geldigheid.geldtOp(transitie, IN_2011), "but it has begun only in 2015");
    }

    @Test
    void theMembersOnADateAreTheLedenWhoseLidmaatschapHolds() {
        Netwerk netwerk = F.createNetwerk();
        Actor gemeente = F.createActor();
        Actor werkplaats = F.createActor();
        Actor zorgkantoor = F.createActor();
        netwerk.getLeden().addAll(List.of(gemeente, werkplaats, zorgkantoor));
        assertEquals(List.of(gemeente, werkplaats, zorgkantoor), Geldigheid.ledenOp(netwerk, IN_2011));
        netwerk.getLidmaatschappen().add(lidmaatschap(gemeente, LocalDate.of(2010, 1, 1), null));
        netwerk.getLidmaatschappen().add(lidmaatschap(werkplaats, LocalDate.of(2009, 1, 1), LocalDate.of(2012, 12, 31)));
        assertEquals(List.of(gemeente, werkplaats, zorgkantoor), Geldigheid.ledenOp(netwerk, IN_2011));
        assertEquals(List.of(gemeente, zorgkantoor), Geldigheid.ledenOp(netwerk, IN_2020));
        assertEquals(List.of(zorgkantoor), Geldigheid.ledenOp(netwerk, LocalDate.of(2003, 1, 1)));
        assertEquals(3, netwerk.getLeden().size(), "leden stays the list of every lid, for every reader without a date");
        // a second, later lidmaatschap of the same lid: a member again
        netwerk.getLidmaatschappen().add(lidmaatschap(werkplaats, LocalDate.of(2019, 1, 1), null));
        assertTrue(Geldigheid.isLidOp(netwerk, werkplaats, IN_2020));
    }

    private static Lidmaatschap lidmaatschap(Actor lid, LocalDate van, LocalDate tot) {
        Lidmaatschap lidmaatschap = F.createLidmaatschap();
        lidmaatschap.setLid(lid);
        lidmaatschap.setPeriode(Periodes.periode(van, tot));
        return lidmaatschap;
    }
}
