package org.example.bondgenoot.wijkteams.tests;

import java.nio.file.Path;

import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.persistence.ModelFiles;

/** The plug-in's example model, examples/plugin/voorbeeld/ (the pom passes its folder). */
final class Voorbeeld {

    static final String BESTAND = "wijkteam-berflo-es.bondgenoot";

    private Voorbeeld() {
    }

    static Path folder() {
        return Path.of(System.getProperty("wijkteams.voorbeeld", "../voorbeeld")).toAbsolutePath().normalize();
    }

    static Governancemodel load() throws Exception {
        return ModelFiles.load(folder().resolve(BESTAND));
    }
}
