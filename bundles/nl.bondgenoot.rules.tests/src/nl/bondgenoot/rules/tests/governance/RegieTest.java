package nl.bondgenoot.rules.tests.governance;

import static nl.bondgenoot.model.RegieNiveau.DOOR_ACTOREN;
import static nl.bondgenoot.model.RegieNiveau.GEMEENTELIJK;
import static nl.bondgenoot.model.RegieNiveau.GEZAMENLIJK;
import static nl.bondgenoot.rules.tests.governance.GovModels.only;
import static nl.bondgenoot.rules.tests.governance.GovModels.regie;
import static nl.bondgenoot.rules.tests.governance.GovModels.sturingsmodel;
import static nl.bondgenoot.rules.tests.governance.GovModels.typeer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.Governancetype;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.RegieActorrol;
import nl.bondgenoot.model.RegieNiveau;
import nl.bondgenoot.model.RegieRol;
import nl.bondgenoot.model.Regieprofiel;
import nl.bondgenoot.model.Sturingsmodel;
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
    void aMixedProfileIsAnOvergangsvormNotEitherNeighbour() {
        // S3:1017-1021: a formal opdrachtgever that leaves room is 'een overgangsvorm' between the roles
        regie(netwerk, RegieRol.OPDRACHTGEVER, RegieActorrol.UITVOERDER, GEMEENTELIJK, GEMEENTELIJK, GEZAMENLIJK);
        Finding f = only(t.findings("GOV-8"), netwerk, "heeft regierol opdrachtgever, maar de regiecategorieën zijn"
                + " gemengd (2 gemeentelijk en 7 gezamenlijk): dat is de regierol overgangsvorm");
        assertEquals("zet de regierol op overgangsvorm", f.quickFixHint());
        regie(netwerk, RegieRol.COPRODUCENT, RegieActorrol.PARTNER, GEMEENTELIJK, GEMEENTELIJK, GEZAMENLIJK);
        only(t.findings("GOV-8"), netwerk, "heeft regierol coproducent, maar de regiecategorieën zijn gemengd");
    }

    @Test
    void anOvergangsvormOnAMixedProfileIsFineWhateverTheActorsAre() {
        regie(netwerk, RegieRol.OVERGANGSVORM, RegieActorrol.PARTNER, GEMEENTELIJK, GEMEENTELIJK, GEZAMENLIJK);
        assertTrue(t.findings("GOV-8").isEmpty());
        netwerk.getRegie().setActorrol(RegieActorrol.UITVOERDER);
        assertTrue(t.findings("GOV-8").isEmpty());
    }

    @Test
    void anOvergangsvormWhereAllNineFollowOneColumnIsThatColumnsRol() {
        regie(netwerk, RegieRol.OVERGANGSVORM, RegieActorrol.ONBEKEND, GEMEENTELIJK);
        Finding f = only(t.findings("GOV-8"), netwerk, "heeft regierol overgangsvorm, maar alle negen"
                + " regiecategorieën zijn gemeentelijk: dat is de regierol opdrachtgever");
        assertEquals("zet de regierol op opdrachtgever", f.quickFixHint());
    }

    @Test
    void anOvergangsvormWithUnknownCategoriesIsNotJudged() {
        // eight known and gemeentelijk, one unknown: it may still be mixed
        Regieprofiel r = regie(netwerk, RegieRol.OVERGANGSVORM, RegieActorrol.ONBEKEND, GEMEENTELIJK);
        r.setMonitoring(RegieNiveau.ONBEKEND);
        assertTrue(t.findings("GOV-8").isEmpty());
    }

    @Test
    void aRolWhoseColumnIsNotUsedAtAllDoesNotFollow() {
        regie(netwerk, RegieRol.COPRODUCENT, RegieActorrol.ONBEKEND, GEMEENTELIJK);
        netwerk.getRegie().setMonitoring(RegieNiveau.ONBEKEND);
        only(t.findings("GOV-8"), netwerk, "geen van de regiecategorieën is gezamenlijk ingevuld (wel gemeentelijk)");
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

    @Test
    void opdrachtgeverFitsGovernmentAndNpmNotACoproducent() {
        // S3:1036-1038: opdrachtgever 'spoort met NPM, government'; regie past binnen governance (S3:1025)
        sturingsmodel(netwerk, Sturingsmodel.NPM, true);
        regie(netwerk, RegieRol.OPDRACHTGEVER, RegieActorrol.UITVOERDER);
        assertTrue(t.findings("GOV-9").isEmpty());
        netwerk.getRegie().setRegierol(RegieRol.COPRODUCENT);
        Finding f = only(t.findings("GOV-9"), netwerk, "heeft regierol coproducent, maar wordt gestuurd als NPM;"
                + " regierol coproducent past bij governance");
        assertEquals("pas de regierol of het sturingsmodel aan", f.quickFixHint());
    }

    @Test
    void anOpdrachtgeverWithinGovernanceIsAnOvergangsvorm() {
        // S3:1017-1021: 'Een dergelijke ruimtebiedende opdrachtgeversrol valt dan wél onder governance'
        sturingsmodel(netwerk, Sturingsmodel.GOVERNANCE, true);
        sturingsmodel(netwerk, Sturingsmodel.GOVERNMENT, false);
        regie(netwerk, RegieRol.OPDRACHTGEVER, RegieActorrol.UITVOERDER);
        Finding f = only(t.findings("GOV-9"), netwerk, "wordt gestuurd als governance; regierol opdrachtgever past bij"
                + " government of NPM; een opdrachtgever die ruimte laat binnen governance is een overgangsvorm");
        assertEquals("zet de regierol op overgangsvorm", f.quickFixHint());
        netwerk.getRegie().setRegierol(RegieRol.OVERGANGSVORM);
        assertTrue(t.findings("GOV-9").isEmpty());
        netwerk.getSturingsmodellen().get(0).setDominant(false); // government among them: opdrachtgever fits
        netwerk.getRegie().setRegierol(RegieRol.OPDRACHTGEVER);
        assertTrue(t.findings("GOV-9").isEmpty());
    }

    @Test
    void bothTheGovernancetypeAndTheSturingsmodelAreChecked() {
        typeer(netwerk, Governancetype.VRAAGSTURING, true);
        sturingsmodel(netwerk, Sturingsmodel.GOVERNMENT, true);
        regie(netwerk, RegieRol.COPRODUCENT, RegieActorrol.PARTNER);
        assertEquals(2, t.findings("GOV-9").size());
    }
}
