package nl.bondgenoot.representation.look;

/**
 * Text widths of the map's font, so the server can size nodes and place labels itself and the browser
 * need not measure them first (a measuring pass sent and rendered large maps twice). The widths are
 * those Chromium draws for netwerkkaart.css's font stack ('Helvetica Neue', Helvetica, Arial) here
 * (Nimbus Sans, Helvetica's metrics), per character U+0020-U+00FF in thousandths of the font size,
 * rounded up; regular is the wider of regular and italic. Other characters count as the widest.
 */
public final class LabelMetrics {

    /**
     * The font stack these widths are for: the web client's, with the metric twins of Helvetica and Arial on
     * Linux before the generic family, so that text fits the room measured with Helvetica's widths.
     */
    public static final String FONT = "'Helvetica Neue', Helvetica, Arial, 'Nimbus Sans', 'Liberation Sans', sans-serif";

    /** Height of a text box (ascent + descent) and where the baseline lies below its top, per font size. */
    public static final double HEIGHT = 1.124;
    public static final double BASELINE = 0.905;
    /** Kerning and other fonts of the stack may differ a little: a name must fit, never be cut. */
    private static final double SAFETY = 1.04;

    private static final int[] REGULAR = {
            278, 282, 407, 579, 594, 890, 667, 235, 422, 443, 422, 584, 278, 334, 278, 438,
            563, 557, 572, 563, 557, 563, 563, 594, 563, 557, 278, 278, 584, 584, 584, 563,
            1016, 730, 667, 735, 723, 688, 672, 778, 735, 282, 532, 719, 557, 844, 735, 778,
            672, 778, 723, 667, 672, 735, 750, 1032, 735, 735, 672, 407, 282, 391, 485, 635,
            334, 563, 557, 500, 594, 557, 375, 563, 557, 250, 375, 547, 250, 834, 557, 557,
            588, 563, 375, 500, 313, 557, 563, 782, 579, 625, 547, 422, 260, 413, 584, 366,
            532, 469, 469, 407, 422, 344, 657, 563, 563, 469, 375, 360, 485, 422, 366, 366,
            366, 366, 366, 366, 366, 366, 366, 366, 366, 366, 366, 366, 366, 366, 366, 366,
            278, 334, 557, 594, 557, 641, 260, 588, 360, 750, 407, 563, 584, 0, 750, 579,
            400, 549, 375, 360, 334, 592, 538, 278, 334, 334, 407, 557, 834, 834, 834, 611,
            714, 714, 714, 714, 714, 730, 1063, 735, 688, 688, 688, 688, 297, 422, 391, 391,
            723, 735, 778, 778, 778, 778, 778, 584, 860, 735, 735, 735, 735, 735, 667, 611,
            563, 563, 563, 563, 563, 563, 890, 500, 557, 557, 557, 557, 278, 360, 360, 360,
            557, 557, 557, 557, 557, 557, 557, 549, 611, 557, 557, 557, 557, 625, 588, 625 };

    private static final int[] BOLD = {
            278, 334, 475, 557, 557, 890, 723, 238, 344, 334, 391, 584, 278, 334, 278, 282,
            557, 557, 557, 557, 563, 557, 557, 557, 557, 557, 334, 334, 584, 584, 584, 611,
            976, 723, 723, 723, 723, 667, 611, 778, 723, 278, 557, 723, 611, 834, 723, 778,
            667, 778, 723, 667, 611, 723, 672, 954, 672, 667, 611, 334, 282, 334, 584, 594,
            334, 563, 611, 557, 611, 557, 344, 611, 611, 278, 294, 563, 278, 890, 611, 611,
            611, 611, 390, 557, 334, 611, 563, 797, 563, 563, 500, 390, 280, 390, 584, 366,
            391, 390, 329, 317, 276, 276, 516, 509, 410, 410, 235, 234, 334, 334, 366, 366,
            366, 366, 366, 366, 366, 366, 366, 366, 366, 366, 366, 366, 366, 366, 366, 366,
            278, 334, 557, 557, 557, 563, 280, 557, 334, 737, 375, 557, 584, 0, 737, 579,
            400, 549, 334, 334, 334, 577, 557, 278, 334, 334, 366, 557, 834, 834, 834, 611,
            723, 723, 723, 723, 723, 723, 1000, 723, 667, 667, 667, 667, 310, 313, 375, 344,
            723, 723, 778, 778, 778, 778, 778, 584, 778, 723, 723, 723, 723, 667, 667, 611,
            563, 563, 563, 563, 563, 563, 890, 557, 557, 557, 557, 557, 310, 313, 375, 344,
            611, 611, 611, 611, 611, 611, 611, 549, 611, 611, 611, 611, 611, 563, 611, 563 };

    private LabelMetrics() {
    }

    /** The width of text drawn at fontSize px, bold (600/700) or not. */
    public static double width(String text, double fontSize, boolean bold) {
        int[] table = bold ? BOLD : REGULAR;
        long sum = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sum += c >= 32 && c < 32 + table.length ? table[c - 32] : 1032;
        }
        return Math.ceil(sum * fontSize / 1000.0 * SAFETY);
    }
}
