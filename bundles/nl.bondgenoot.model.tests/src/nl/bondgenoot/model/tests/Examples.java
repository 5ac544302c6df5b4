package nl.bondgenoot.model.tests;

import java.nio.file.Path;

/** The repository's example files, found through the build's `bondgenoot.root` property. */
public final class Examples {

    private Examples() {
    }

    public static Path root() {
        return Path.of(System.getProperty("bondgenoot.root", "../.."));
    }

    public static java.util.List<Path> skeletonFiles() {
        return java.util.List.of(skeleton("kamperpoort-kern.bondgenoot"), skeleton("kamperpoort-te-klein.bondgenoot"));
    }

    public static Path skeleton(String name) {
        return root().resolve("examples").resolve("skelet").resolve(name);
    }
}
