package nl.bondgenoot.diagram.export;

import nl.bondgenoot.diagram.representations.DiagramRepresentations;

/** What an export said on standard error, as the tests judge it. */
final class StandardError {

    private StandardError() {
    }

    /**
     * The text without the warnings about the test fragment's broken descriptions: they are left out and said
     * on every export in this test runtime (ExportApplicationTest checks that they are said).
     */
    static String withoutLeftOutDescriptions(String said) {
        String rest = said;
        for (String problem : DiagramRepresentations.get().problems()) {
            rest = rest.replace("bondgenoot export: waarschuwing: " + problem + System.lineSeparator(), "");
        }
        return rest;
    }
}
