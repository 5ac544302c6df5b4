package nl.bondgenoot.rules.builtin.network;

import java.util.List;
import java.util.Map;

import nl.bondgenoot.rules.Rule;
import nl.bondgenoot.rules.RuleSet;
import nl.bondgenoot.rules.builtin.ParameterFiles;

/**
 * The network-form rules (SPEC 2.4: NAO, Provan &amp; Kenis). Parameters (thresholds, role lists and
 * the Provan &amp; Kenis table) are in parameters.properties beside this class. NET-6 ("members need
 * not trust each other, agree on goals or refrain from competing") is no rule but a promise: no rule
 * reports those things on their own.
 */
public final class NetworkRules implements RuleSet {

    @Override
    public List<Rule<?>> rules() {
        return List.of(new Net1MinimumOrganisaties(), new Net2GedeeldeUitkomstEnDeelvorm(),
                new Net3NaoRegisseurBuitenPrimairProces(), new Net4GemeenteRegisseurZonderPrimaireRol(),
                new Net5RegisseurVertrouwdDoorAlleLeden(), new Net7RegisseurZonderEigenBelang(),
                new Net8NetwerkKiestZelfRegisseur(), new Net9IndicatorenNaarNetwerkdoelen(),
                new Net10SocialeControleBovenPrijscompetitie(), new Net11ComplexeZorgvraagMeerdereAanbieders(),
                new Net12MultiorganisatienetwerkOfGemeentelijkeSamenwerking(), new Net13ProvanKenisFit(),
                new Net14EenLeidendeOrganisatieDieDeelneemt(), new Net15GedeeldZonderRegisseurOfLeider(),
                new Net16BurgercoordinatorGeenHulpverlener(),
                new Net17RegisseurCentraal(), new Net18EenActorHoudtNetwerkBijElkaar(), new Net19LidZonderBand());
    }

    @Override
    public Map<String, String> parameters() {
        return ParameterFiles.next(NetworkRules.class);
    }
}
