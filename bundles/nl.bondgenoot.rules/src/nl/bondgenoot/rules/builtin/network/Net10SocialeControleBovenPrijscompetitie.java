package nl.bondgenoot.rules.builtin.network;

import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Prikkel;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.engine.ElementLabels;

/** NET-10: price competition as an incentive is discouraged in favour of social control (S2:2339-2343). */
public final class Net10SocialeControleBovenPrijscompetitie extends AbstractRule<Netwerk> {

    private static final RuleInfo INFO = new RuleInfo("NET-10", Severity.INFO, Provenance.DOC, "S2:2339-2343",
            "Liever sociale controle dan prijscompetitie als prikkel",
            "Kenis: 'Nu is de prikkel vaak de prijs, waardoor aanbieders onder de prijs van de andere aanbieder"
                    + " gaan zitten. Maar sociale controle in het netwerk is een veel beter systeem van prikkels"
                    + " dan competitie op prijs' (S2:2339-2343). Dit gaat over de prikkel die de gemeente inbouwt;"
                    + " dat leden binnen het netwerk concurreren mag (NET-6).");

    public Net10SocialeControleBovenPrijscompetitie() {
        super(Netwerk.class, INFO);
    }

    @Override
    public void check(Netwerk netwerk, RuleContext context) {
        if (netwerk.getPrikkels().contains(Prikkel.PRIJSCOMPETITIE)) {
            context.report(netwerk, ElementLabels.label(netwerk) + " werkt met prijscompetitie als prikkel; sociale"
                    + " controle in het netwerk is een beter systeem van prikkels",
                    "vervang prijscompetitie door sociale controle");
        }
    }
}
