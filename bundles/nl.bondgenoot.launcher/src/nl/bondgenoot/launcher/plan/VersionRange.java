package nl.bondgenoot.launcher.plan;

/** An OSGi version range: "[1.0,2.0)", or a bare "1.0" meaning at least 1.0. */
record VersionRange(Version low, boolean lowInclusive, Version high, boolean highInclusive) {

    static final VersionRange ANY = new VersionRange(Version.ZERO, true, null, false);

    static VersionRange parse(String text) {
        if (text == null || text.isBlank()) {
            return ANY;
        }
        String t = text.trim();
        if (t.startsWith("[") || t.startsWith("(")) {
            String[] ends = t.substring(1, t.length() - 1).split(",");
            return new VersionRange(Version.parse(ends[0]), t.startsWith("["), Version.parse(ends[1]), t.endsWith("]"));
        }
        return new VersionRange(Version.parse(t), true, null, false);
    }

    boolean includes(Version v) {
        int low = v.compareTo(this.low);
        if (low < 0 || (low == 0 && !lowInclusive)) {
            return false;
        }
        if (high == null) {
            return true;
        }
        int high = v.compareTo(this.high);
        return high < 0 || (high == 0 && highInclusive);
    }
}
