package nl.bondgenoot.model.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An XMI resource that remembers on which line each object starts, so that findings and errors
 * can point users to "file:line" in the file they keep in git.
 */
public class LineTrackingResource extends XMIResourceImpl {

    /** Roughly how many bytes of a model file make one object (a generated network has about 175). */
    private static final int BYTES_PER_OBJECT = 128;

    private Map<EObject, Integer> lines = new IdentityHashMap<>();
    private DuplicateId duplicateId;
    private String migratedFrom;
    private FinancieringUit10 financieringUit10 = new FinancieringUit10();

    /**
     * The values a file of an older version gave features the current version no longer has, per
     * object and feature name, in file order: what the migration turns into the current model.
     */
    private final Map<EObject, Map<String, List<String>>> removedValues = new LinkedHashMap<>();

    public LineTrackingResource(URI uri) {
        super(uri);
    }

    /** The line on which the object's element starts, or 0 when unknown (e.g. created after loading). */
    public int getLine(EObject object) {
        Integer line = lines.get(object);
        return line == null ? 0 : line;
    }

    /** The first id found on a second element during the last load, or null when every id was unique. */
    public DuplicateId getDuplicateId() {
        return duplicateId;
    }

    /**
     * The version of the file format the last load read when it was an older one (e.g. "1.0"),
     * or null when the file was of the current version. See {@link FormatVersions}.
     */
    public String getMigratedFrom() {
        return migratedFrom;
    }

    /** The file now holds the current version (it was saved). */
    void writtenInCurrentVersion() {
        migratedFrom = null;
    }

    /**
     * Sizes the line map and the id index for the file before parsing: growing maps of 60,000
     * entries step by step cost a tenth of the load. A stream that cannot tell its length gets
     * maps that grow as before.
     */
    @Override
    public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
        migratedFrom = null;
        financieringUit10 = new FinancieringUit10();
        int expected = inputStream.available() / BYTES_PER_OBJECT;
        if (expected > 0) {
            lines = new IdentityHashMap<>(expected);
            if (getIntrinsicIDToEObjectMap() != null && getIntrinsicIDToEObjectMap().isEmpty()) {
                setIntrinsicIDToEObjectMap(new HashMap<>(expected * 4 / 3 + 1));
            }
        }
        removedValues.clear();
        super.doLoad(inputStream, options);
        if ("1.0".equals(migratedFrom)) {
            FormatVersions.keepMeaningOf10(this, removedValues);
        }
        removedValues.clear();
        financieringUit10.naarStromen(this);
    }

    @Override
    protected void doUnload() {
        lines.clear();
        duplicateId = null;
        migratedFrom = null;
        super.doUnload();
    }

    @Override
    protected XMLLoad createXMLLoad() {
        return new XMILoadImpl(createXMLHelper()) {
            @Override
            protected DefaultHandler makeDefaultHandler() {
                return new LineRecordingHandler(resource, new HelperAndOptions(helper, options));
            }
        };
    }

    /**
     * SAX reports positions at the end of each event, so the start tag of an element begins where
     * the previous event (text between tags, or another tag) ended.
     */
    private final class LineRecordingHandler extends SAXXMIHandler {
        private int previousEventEnd = 1;
        private int elementStart = 1;

        LineRecordingHandler(XMLResource resource, HelperAndOptions h) {
            super(resource, h.helper(), h.options());
        }

        /** The text of an element of a feature the current version no longer has, while it is read. */
        private StringBuilder removedText;

        @Override
        public void startElement(String uri, String localName, String name, Attributes attributes)
                throws SAXException {
            elementStart = previousEventEnd;
            if (removedText == null && FormatVersions.removedFeatures(migratedFrom).contains(name)
                    && objects.peekEObject() != null) {
                // a value of a feature an older version had: kept for the migration, not an error
                removedText = new StringBuilder();
            } else {
                super.startElement(uri, localName, name, attributes);
            }
            previousEventEnd = currentLine();
        }

        @Override
        public void endElement(String uri, String localName, String name) {
            if (removedText != null) {
                removedValues.computeIfAbsent(objects.peekEObject(), o -> new LinkedHashMap<>())
                        .computeIfAbsent(name, n -> new ArrayList<>()).add(removedText.toString().strip());
                removedText = null;
            } else {
                super.endElement(uri, localName, name);
            }
            previousEventEnd = currentLine();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (removedText != null) {
                removedText.append(ch, start, length);
            } else {
                super.characters(ch, start, length);
            }
            previousEventEnd = currentLine();
        }

        @Override
        protected void handleObjectAttribs(EObject object) {
            lines.put(object, elementStart);
            super.handleObjectAttribs(object);
            indexId(object);
        }

        /**
         * An attribute of a 1.0 file that the current version holds as a list is read whole into it;
         * the financing an actor stored itself before metamodel 2 (its financiers and the flag
         * "gefinancierd door gemeente", now derived) is kept aside and made into flows after the load.
         */
        @Override
        protected void setAttribValue(EObject object, String name, String value) {
            if ("1.0".equals(migratedFrom) && FormatVersions.readListAttributeOf10(object, name, value)
                    || financieringUit10.neemOp(object, name, value, getLocation(), getLineNumber(), getColumnNumber())) {
                return;
            }
            super.setAttribValue(object, name, value);
        }

        /**
         * Reads a file of an older format version into the current package (EMF's hook for the
         * package of a namespace), and notes the version, so that the file is migrated on load
         * without its text being rewritten, and without a look-up of the old namespace on the net.
         */
        @Override
        protected EPackage getPackageForURI(String namespace) {
            EPackage older = FormatVersions.packageForOlder(namespace);
            if (older != null) {
                migratedFrom = FormatVersions.olderVersion(namespace);
                return older;
            }
            if (FormatVersions.unreadableVersion(namespace) != null) {
                // a version this product does not know is not looked up on the net: it is not there
                error(new PackageNotFoundException(namespace, getLocation(), getLineNumber(), getColumnNumber()));
                return null;
            }
            return super.getPackageForURI(namespace);
        }

        /**
         * Fills the id index as the objects come in, keeping the first element of an id. That spares
         * EMF its walk over the whole tree to fill the index at the first reference it resolves, and
         * the loader a second walk to find ids used twice.
         */
        private void indexId(EObject object) {
            String id = EcoreUtil.getID(object);
            Map<String, EObject> ids = getIntrinsicIDToEObjectMap();
            if (id != null && ids != null) {
                EObject first = ids.putIfAbsent(id, object);
                if (first != null && duplicateId == null) {
                    duplicateId = new DuplicateId(id, getLine(first), getLine(object));
                }
            }
        }

        /**
         * A model file never reads other files: EMF gives an external entity no content. That is
         * noted as a warning with the line, so the user learns that part of the file was left out.
         */
        @Override
        public InputSource resolveEntity(String publicId, String systemId) throws SAXException {
            entityIgnored("externe entiteit '" + systemId + "'");
            return new InputSource(new StringReader(""));
        }

        @Override
        public void skippedEntity(String name) {
            entityIgnored("entiteit '" + name + "'");
        }

        private void entityIgnored(String what) {
            int line = locator == null ? 0 : locator.getLineNumber();
            int column = locator == null ? 0 : locator.getColumnNumber();
            getWarnings().add(new XMIException(what + " genegeerd: een model leest geen andere bestanden of entiteiten mee,"
                    + " dit deel van het bestand is overgeslagen", getURI().toString(), line, column));
        }

        private int currentLine() {
            return locator == null ? previousEventEnd : locator.getLineNumber();
        }
    }

    /** An id on two elements, with the lines where they start. */
    public record DuplicateId(String id, int firstLine, int line) {
    }

    private record HelperAndOptions(XMLHelper helper, Map<?, ?> options) {
    }
}
