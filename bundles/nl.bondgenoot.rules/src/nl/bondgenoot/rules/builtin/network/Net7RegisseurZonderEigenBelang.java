package nl.bondgenoot.rules.builtin.network;

import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Netwerkregisseur;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.engine.ElementLabels;

/** NET-7: the netwerkregisseur has no direct personal interests and does not claim command (S2:2282-2288). */
public final class Net7RegisseurZonderEigenBelang extends RegisseurRule {

    private static final RuleInfo INFO = new RuleInfo("NET-7", Severity.WARNING, Provenance.DOC, "S2:2282-2288",
            "De netwerkregisseur heeft geen eigen belang en speelt niet de baas",
            "Volgens Kenis wordt de regisseur meestal 'degene die ervan blijk heeft gegeven dat hij voor de zaak"
                    + " gaat, die geen directe persoonlijke belangen heeft en die geen pretentie heeft om de baas te"
                    + " spelen over het netwerk' (S2:2282-2288). Een regisseur met eigen belangen of met de claim"
                    + " de baas te zijn, verliest het vertrouwen van de partijen.");

    public Net7RegisseurZonderEigenBelang() {
        super(INFO);
    }

    @Override
    void checkRegisseur(Netwerk netwerk, Netwerkregisseur regisseur, RuleContext context) {
        String wie = "Netwerkregisseur " + ElementLabels.label(regisseur.getActor()) + " van "
                + ElementLabels.label(netwerk);
        if (regisseur.isDirectePersoonlijkeBelangen()) {
            context.report(netwerk, wie + " heeft directe persoonlijke belangen; een regisseur gaat alleen voor het"
                    + " publieke doel", "kies een regisseur zonder eigen belang in het netwerk");
        }
        if (regisseur.isClaimtZeggenschap()) {
            context.report(netwerk, wie + " claimt de baas te zijn over het netwerk; een regisseur heeft die"
                    + " pretentie niet", "laat de regisseur faciliteren in plaats van bepalen");
        }
    }
}
