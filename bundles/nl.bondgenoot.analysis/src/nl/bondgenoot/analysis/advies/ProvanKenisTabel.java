package nl.bondgenoot.analysis.advies;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import nl.bondgenoot.model.Mate;
import nl.bondgenoot.model.Netwerkvorm;

/**
 * Provan &amp; Kenis's contingency table (2008, Table 1) as data: per governance form the fitting number of
 * organisations and, per {@link Mate} condition, the fitting levels. The values are the NET-13 parameters
 * of the rule profile ({@code NET-13.<VORM>.organisaties}, {@code .vertrouwensdichtheid},
 * {@code .doelconsensus}, {@code .behoefteNetwerkcompetenties}); {@link #uit} reads them.
 *
 * @param rijen one row per form, in the order GEDEELD, LEIDENDE_ORGANISATIE, NAO
 */
public record ProvanKenisTabel(Map<Netwerkvorm, Rij> rijen) {

    /** The forms Provan &amp; Kenis distinguish, in their order. */
    public static final List<Netwerkvorm> VORMEN = List.of(Netwerkvorm.GEDEELD, Netwerkvorm.LEIDENDE_ORGANISATIE,
            Netwerkvorm.NAO);

    /**
     * One row of the table.
     *
     * @param bereik the fitting number of organisations as written ("3-8", "6-": six or more)
     * @param minimum the least fitting number
     * @param maximum the largest fitting number ({@link Long#MAX_VALUE}: no maximum)
     * @param perKenmerk the fitting levels per {@link Kenmerk} of the Mate kind
     */
    public record Rij(String bereik, long minimum, long maximum, Map<Kenmerk, Set<Mate>> perKenmerk) {

        public boolean pastAantal(long aantal) {
            return aantal >= minimum && aantal <= maximum;
        }

        /** "3-8", "6 of meer". */
        public String bereikTekst() {
            return bereik.trim().replaceAll("-$", " of meer");
        }
    }

    /**
     * Reads the table from parameters named {@code <VORM>.<kenmerk>}; {@code sleutel} gives a name's full
     * key for messages (e.g. {@code NET-13.NAO.organisaties}). A value that is no range or no level is an
     * {@link IllegalStateException} naming the key.
     */
    public static ProvanKenisTabel uit(UnaryOperator<String> parameter, UnaryOperator<String> sleutel) {
        Map<Netwerkvorm, Rij> rijen = new EnumMap<>(Netwerkvorm.class);
        for (Netwerkvorm vorm : VORMEN) {
            String naam = vorm.getName() + ".organisaties";
            String bereik = parameter.apply(naam);
            long[] grenzen = bereik(bereik, sleutel.apply(naam));
            Map<Kenmerk, Set<Mate>> perKenmerk = new EnumMap<>(Kenmerk.class);
            for (Kenmerk kenmerk : Kenmerk.MATEN) {
                String key = vorm.getName() + "." + kenmerk.parameter();
                perKenmerk.put(kenmerk, maten(parameter.apply(key), sleutel.apply(key)));
            }
            rijen.put(vorm, new Rij(bereik, grenzen[0], grenzen[1], perKenmerk));
        }
        return new ProvanKenisTabel(rijen);
    }

    public Rij rij(Netwerkvorm vorm) {
        return rijen.get(vorm);
    }

    /** "3-8" is 3 up to and including 8, "6-" is 6 or more. */
    private static long[] bereik(String range, String key) {
        List<String> bounds = Arrays.stream(range.split("-", -1)).map(String::trim).toList();
        try {
            long min = Long.parseLong(bounds.get(0));
            long max = bounds.size() < 2 || bounds.get(1).isEmpty() ? Long.MAX_VALUE : Long.parseLong(bounds.get(1));
            return new long[] { min, max };
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            throw new IllegalStateException("Parameter " + key + ": aantal organisaties '" + range
                    + "' is geen bereik als 3-8 of 6-", e);
        }
    }

    // An EnumSet, so messages name the fitting levels from low to high whatever order the table uses.
    private static Set<Mate> maten(String value, String key) {
        Set<Mate> maten = EnumSet.noneOf(Mate.class);
        for (String word : value.split(",")) {
            if (word.isBlank()) {
                continue;
            }
            try {
                maten.add(Mate.valueOf(word.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("Parameter " + key + ": '" + word.trim() + "' is geen waarde van Mate", e);
            }
        }
        return maten;
    }
}
