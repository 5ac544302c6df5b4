package nl.bondgenoot.diagram.export;

import java.util.Locale;
import java.util.Optional;

/** The file formats the network map is exported to. */
public enum Format {
    SVG,
    PNG;

    /** "svg" or "png" (any case); empty for anything else. */
    public static Optional<Format> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (Format format : values()) {
            if (format.extension().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The file name extension without the dot: "svg", "png". */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }
}
