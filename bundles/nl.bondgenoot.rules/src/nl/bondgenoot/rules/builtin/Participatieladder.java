package nl.bondgenoot.rules.builtin;

import nl.bondgenoot.model.Burgerparticipatie;

/**
 * The participation ladder of S3 (S3:671-687), rung by rung. The literals' own order cannot serve:
 * COPRODUCTIE and MEEBESLISSEN, the checklist's separate options (S4:286-287), came after
 * ZELFBESTUUR and stand on S3's rung "coproductie/meebeslissen" with COPRODUCTIE_MEEBESLISSEN.
 */
public final class Participatieladder {

    private Participatieladder() {
    }

    /** The rung: 0 for onbekend, 1 geïnformeerd .. 5 zelfbestuur. */
    public static int trede(Burgerparticipatie niveau) {
        return switch (niveau) {
            case ONBEKEND -> 0;
            case GEINFORMEERD -> 1;
            case ADVISEREN -> 2;
            case GERAADPLEEGD -> 3;
            case COPRODUCTIE, COPRODUCTIE_MEEBESLISSEN, MEEBESLISSEN -> 4;
            case ZELFBESTUUR -> 5;
        };
    }

    /** The level stands on a lower rung than {@code drempel}. */
    public static boolean onder(Burgerparticipatie niveau, Burgerparticipatie drempel) {
        return trede(niveau) < trede(drempel);
    }
}
