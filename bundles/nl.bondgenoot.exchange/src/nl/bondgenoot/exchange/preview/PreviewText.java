package nl.bondgenoot.exchange.preview;

/** The Dutch text of a preview, one line per element or rejected row. */
final class PreviewText {

    private static final int SHOWN_PER_LIST = 200;

    private PreviewText() {
    }

    static String of(ImportPreview p) {
        StringBuilder s = new StringBuilder();
        s.append("Voorbeeld: ").append(p.samenvatting()).append('\n');
        if (!p.rejections().isEmpty()) {
            s.append("Afgewezen (er verandert niets tot deze rijen zijn verbeterd):\n");
            int n = 0;
            for (Rejection r : p.rejections()) {
                if (n++ == SHOWN_PER_LIST) {
                    s.append("  ... en nog ").append(p.rejections().size() - SHOWN_PER_LIST).append(" afgewezen rijen\n");
                    break;
                }
                s.append("  ").append(r.tekst()).append('\n');
            }
        }
        int n = 0;
        for (Addition a : p.additions()) {
            if (n++ == SHOWN_PER_LIST) {
                s.append("  ... en nog ").append(p.additions().size() - SHOWN_PER_LIST).append(" toegevoegd\n");
                break;
            }
            s.append("  + ").append(a.soort()).append(" '").append(a.naam()).append("' (").append(a.blad()).append(", rij ")
                    .append(a.rij()).append(")\n");
        }
        n = 0;
        for (Change c : p.changes()) {
            if (n++ == SHOWN_PER_LIST) {
                s.append("  ... en nog ").append(p.changes().size() - SHOWN_PER_LIST).append(" gewijzigd\n");
                break;
            }
            s.append("  ~ ").append(c.soort()).append(" '").append(c.naam()).append("' (").append(c.blad()).append(", rij ")
                    .append(c.rij()).append("):");
            for (FeatureChange f : c.wijzigingen()) {
                s.append(' ').append(f.kolom()).append(" '").append(f.oud()).append("' -> '").append(f.nieuw()).append("';");
            }
            s.setLength(s.length() - 1);
            s.append('\n');
        }
        n = 0;
        for (Removal r : p.removals()) {
            if (n++ == SHOWN_PER_LIST) {
                s.append("  ... en nog ").append(p.removals().size() - SHOWN_PER_LIST).append(" verwijderd\n");
                break;
            }
            s.append("  - ").append(r.soort()).append(" '").append(r.naam()).append("' (niet in blad ").append(r.blad())
                    .append(")\n");
        }
        return s.toString();
    }
}
