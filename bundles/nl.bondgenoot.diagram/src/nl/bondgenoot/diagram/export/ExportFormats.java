package nl.bondgenoot.diagram.export;

import java.util.Iterator;

/** The formats `export --format` takes (svg, png and the contributed exporters), for its help: picocli's candidates. */
public final class ExportFormats implements Iterable<String> {

    @Override
    public Iterator<String> iterator() {
        return ExportArguments.FORMATS.iterator();
    }
}
