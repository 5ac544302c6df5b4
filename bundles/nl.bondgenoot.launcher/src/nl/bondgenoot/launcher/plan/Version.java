package nl.bondgenoot.launcher.plan;

/** An OSGi version (major.minor.micro.qualifier), ordered as OSGi orders them. */
record Version(int major, int minor, int micro, String qualifier) implements Comparable<Version> {

    static final Version ZERO = new Version(0, 0, 0, "");

    static Version parse(String text) {
        if (text == null || text.isBlank()) {
            return ZERO;
        }
        String[] parts = text.trim().split("\\.", 4);
        return new Version(number(parts, 0), number(parts, 1), number(parts, 2), parts.length > 3 ? parts[3] : "");
    }

    private static int number(String[] parts, int i) {
        if (i >= parts.length) {
            return 0;
        }
        String digits = parts[i].replaceFirst("^(\\d*).*$", "$1"); // tolerate "0-SNAPSHOT"
        return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }

    @Override
    public int compareTo(Version o) {
        int c = Integer.compare(major, o.major);
        if (c == 0) {
            c = Integer.compare(minor, o.minor);
        }
        if (c == 0) {
            c = Integer.compare(micro, o.micro);
        }
        return c != 0 ? c : qualifier.compareTo(o.qualifier);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + micro + (qualifier.isEmpty() ? "" : "." + qualifier);
    }
}
