package nl.bondgenoot.rules.tests.governance;

import static nl.bondgenoot.model.RegieNiveau.DOOR_ACTOREN;
import static nl.bondgenoot.model.RegieNiveau.GEMEENTELIJK;
import static nl.bondgenoot.model.RegieNiveau.GEZAMENLIJK;
import static nl.bondgenoot.rules.tests.governance.GovModels.only;
import static nl.bondgenoot.rules.tests.governance.GovModels.regie;
import static nl.bondgenoot.rules.tests.governance.GovModels.typeer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.Governancetype;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.RegieActorrol;
import nl.bondgenoot.model.RegieRol;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.tests.TestModels;

/** GOV-8 and GOV-9: the regiemodellen of Span et al. (S3 Figure 3) and how they fit the governancetypen. */
class RegieTest {

    private final TestModels t = new TestModels();
    private final Netwerk netwerk = t.netwerk("Activerend Huisbezoek", t.gemeente("Gemeente Groningen"),
            t.organisatie("Lentis"), t.organisatie("NOVO"), t.organisatie("MEE"));

    @Test
    void allCategoriesGezamenlijkIsCoproducent() {
        regie(netwerk, RegieRol.OPDRACHTGEVER, RegieActorrol.ONBEKEND, GEZAMENLIJK);
        Finding f = only(t.findings("GOV-8"), netwerk, "heeft regierol opdrachtgever, maar alle negen"
                + " regiecategorieën zijn gezamenlijk: dat is de regierol coproducent");
        assertEquals("zet de regierol op coproducent", f.quickFixHint());
    }

    @Test
    void theDeclaredRolMatchingTheCategoriesIsFine() {
        regie(netwerk, RegieRol.COPRODUCENT, RegieActorrol.PARTNER, GEZAMENLIJK);
        assertTrue(t.findings("GOV-8").isEmpty());
    }

    @Test
    void aCoproducentWorksWithPartnersNotUitvoerders() {
        regie(netwerk, RegieRol.COPRODUCENT, RegieActorrol.UITVOERDER, GEZAMENLIJK);
        only(t.findings("GOV-8"), netwerk, "bij regierol coproducent zijn de actoren partner, niet uitvoerder");
    }

    @Test
    void theActorRolFollowsTheDerivedRolWhenNoneIsDeclared() {
        regie(netwerk, RegieRol.ONBEKEND, RegieActorrol.PARTNER, DOOR_ACTOREN);
        only(t.findings("GOV-8"), netwerk, "bij regierol facilitator zijn de actoren initiatiefnemer");
    }

    @Test
    void aMixedProfileIsAnOvergangsvormThatMayCarryEitherNeighbour() {
        regie(netwerk, RegieRol.COPRODUCENT, RegieActorrol.PARTNER, GEMEENTELIJK, GEMEENTELIJK, GEZAMENLIJK);
        assertTrue(t.findings("GOV-8").isEmpty());
        regie(netwerk, RegieRol.OPDRACHTGEVER, RegieActorrol.UITVOERDER, GEMEENTELIJK, GEMEENTELIJK, GEZAMENLIJK);
        assertTrue(t.findings("GOV-8").isEmpty());
    }

    @Test
    void aRolWhoseColumnIsNotUsedAtAllDoesNotFollow() {
        regie(netwerk, RegieRol.COPRODUCENT, RegieActorrol.ONBEKEND, GEMEENTELIJK, DOOR_ACTOREN);
        only(t.findings("GOV-8"), netwerk, "geen van de regiecategorieën is gezamenlijk ingevuld (wel gemeentelijk"
                + " en door actoren)");
    }

    @Test
    void withoutCategoriesOnlyTheActorRolIsChecked() {
        regie(netwerk, RegieRol.FACILITATOR, RegieActorrol.INITIATIEFNEMER);
        assertTrue(t.findings("GOV-8").isEmpty());
        netwerk.getRegie().setActorrol(RegieActorrol.UITVOERDER);
        only(t.findings("GOV-8"), netwerk, "bij regierol facilitator zijn de actoren initiatiefnemer, niet uitvoerder");
    }

    @Test
    void facilitatorDoesNotFitNetwerksturing() {
        typeer(netwerk, Governancetype.NETWERK_KETENSTURING, false);
        regie(netwerk, RegieRol.FACILITATOR, RegieActorrol.INITIATIEFNEMER);
        Finding f = only(t.findings("GOV-9"), netwerk, "heeft regierol facilitator, maar is getypeerd als netwerk-"
                + " en ketensturing; regierol facilitator past bij vraagsturing");
        assertEquals("GOV-9", f.ruleId());
    }

    @Test
    void coproducentFitsNetwerksturing() {
        typeer(netwerk, Governancetype.NETWERK_KETENSTURING, false);
        regie(netwerk, RegieRol.COPRODUCENT, RegieActorrol.PARTNER);
        assertTrue(t.findings("GOV-9").isEmpty());
    }

    @Test
    void opdrachtgeverFitsIntegraleBeleidssturingAndNpmLikeExpertsturing() {
        typeer(netwerk, Governancetype.EXPERTSTURING, false);
        regie(netwerk, RegieRol.OPDRACHTGEVER, RegieActorrol.UITVOERDER);
        assertTrue(t.findings("GOV-9").isEmpty());
        netwerk.getGovernancetypen().get(0).setType(Governancetype.FRONTLIJNSTURING);
        only(t.findings("GOV-9"), netwerk, "past bij integrale beleidssturing of expertsturing");
    }

    @Test
    void theDominantTypeDecides() {
        typeer(netwerk, Governancetype.VRAAGSTURING, false);
        typeer(netwerk, Governancetype.FRONTLIJNSTURING, true);
        regie(netwerk, RegieRol.FACILITATOR, RegieActorrol.INITIATIEFNEMER);
        only(t.findings("GOV-9"), netwerk, "is getypeerd als frontlijnsturing;");
        netwerk.getGovernancetypen().get(1).setDominant(false); // mixed: one of them fits
        assertTrue(t.findings("GOV-9").isEmpty());
    }
}
