package nl.bondgenoot.model.persistence;

import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;

/** One SAX parser pool for all model loads in this JVM. */
final class SharedParserPool {
    static final XMLParserPoolImpl INSTANCE = new XMLParserPoolImpl();

    private SharedParserPool() {
    }
}
