package nl.bondgenoot.representation.description;

import java.util.List;

/**
 * The look of a node, line or group: every property may be missing (null), so that a conditional
 * style changes only what it names. Colours are resolved to {@code #rrggbb}.
 *
 * @param vorm shape of a node (see {@link Shapes})
 * @param vulling fill colour
 * @param rand border or line colour
 * @param randdikte border or line width in px
 * @param streep dash pattern ("6 3"), "" for a solid line
 * @param rond round line caps
 * @param icoon icon id of a node ("categorie/overheid")
 * @param versieringen extra marks on a node (roof, inner border)
 * @param pijl arrow head at the end of a line ("driehoek", "geen")
 * @param dekking opacity of the fill, 0-1
 */
public record Style(String vorm, String vulling, String rand, Double randdikte, String streep, Boolean rond, String icoon,
        List<Decoration> versieringen, String pijl, Double dekking) {

    public static final Style EMPTY = new Style(null, null, null, null, null, null, null, null, null, null);

    /** This style with what the other one sets on top. */
    public Style with(Style other) {
        return new Style(pick(other.vorm, vorm), pick(other.vulling, vulling), pick(other.rand, rand),
                pick(other.randdikte, randdikte), pick(other.streep, streep), pick(other.rond, rond), pick(other.icoon, icoon),
                pick(other.versieringen, versieringen), pick(other.pijl, pijl), pick(other.dekking, dekking));
    }

    private static <T> T pick(T over, T under) {
        return over != null ? over : under;
    }

    /** A mark drawn on a node besides its outline: "dak" (a bar along the top) or "binnenrand" (an inner border). */
    public record Decoration(String soort, String kleur) {
    }
}
