package nl.bondgenoot.rules.builtin.governance;

import java.util.List;
import java.util.Map;

import nl.bondgenoot.rules.Rule;
import nl.bondgenoot.rules.RuleSet;
import nl.bondgenoot.rules.builtin.ParameterFiles;

/**
 * The governancetype rules (SPEC 2.3). Parameters (thresholds and the governancemodel matrix of
 * SPEC 3.2) are in parameters.properties beside this class.
 */
public final class GovernanceRules implements RuleSet {

    @Override
    public List<Rule<?>> rules() {
        return List.of(new Gov1TyperingVastgelegd(), new Gov2IntegraleBeleidssturing(), new Gov3Expertsturing(),
                new Gov4NetwerkKetensturing(), new Gov5Frontlijnsturing(), new Gov6Vraagsturing(),
                new Gov7FrontlijnOfWeinigSturing(), new Gov8RegierolUitCategorieen(),
                new Gov9RegierolPastBijGovernancetype(), new Gov10NpmBijOnduidelijkProbleem(), new Gov11ContractEisen(),
                new Gov12DoorzettingsmachtAlleenBijFinanciering(), new Gov13DoorzettingsmachtBijGovernance(),
                new Gov14AanbestedingMeerdereInschrijvers(), new Gov15BcfVolgorde(), new Gov16AdviseurWordtConcurrent(),
                new Gov17KleineCyclus(), new Gov18EvaluatieVoedtVerkenning(), new Gov19AdviesorgaanEnBeleidsplan(),
                new Gov20HorizontaleVerantwoording(), new Gov21ConvenantPartnersEnPeriode(),
                new Gov22WerkgroepMetStuurgroeplid(), new Gov23RollenEnVerantwoordelijkheden(),
                new Gov24VeelActievePartners(), new Gov25WaardeOnbekend());
    }

    @Override
    public Map<String, String> parameters() {
        return ParameterFiles.next(GovernanceRules.class);
    }
}
