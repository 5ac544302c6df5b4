package nl.bondgenoot.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Financieringsstroom;
import nl.bondgenoot.model.ActorCategorie;
import nl.bondgenoot.model.BondgenootFactory;
import nl.bondgenoot.model.Element;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Sturingsrelatie;
import nl.bondgenoot.model.SturingsrelatieSoort;
import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.model.soorten.ActorSoortId;

/**
 * A large, governance-like model for benchmarks: actors of every category in networks of 50
 * members, and sturingsrelaties between random actors, with a fixed seed so runs compare.
 */
public final class GeneratedNetwork {

    private static final BondgenootFactory F = BondgenootFactory.eINSTANCE;
    private static final int NETWORK_SIZE = 50;

    private GeneratedNetwork() {
    }

    /** Writes a generated model: ACTORS RELATIONS FILE (for the browser benchmark of the network map). */
    public static void main(String[] args) throws IOException {
        write(create(Integer.parseInt(args[0]), Integer.parseInt(args[1]), 42), Path.of(args[2]));
    }

    public static Governancemodel create(int actors, int relations, long seed) {
        Random random = new Random(seed);
        Governancemodel model = named(F.createGovernancemodel(), "Gegenereerd", random);
        ActorCategorie[] categories = ActorCategorie.values();
        List<Actor> all = new ArrayList<>(actors);
        for (int i = 0; i < actors; i++) {
            Actor a = named(F.createActor(), "Actor " + i, random);
            a.setCategorie(categories[random.nextInt(categories.length)]);
            a.setSoort(ActorSoortId.valueOf("soort " + random.nextInt(20)));
            model.getActoren().add(a);
            all.add(a);
        }
        // about half the actors financed, as the generator's flag did before the flows (issue 14)
        for (Actor a : all) {
            if (random.nextBoolean()) {
                Financieringsstroom f = named(F.createFinancieringsstroom(), null, random);
                f.setFinancier(all.get(random.nextInt(all.size())));
                f.setOntvanger(a);
                model.getFinancieringsstromen().add(f);
            }
        }
        for (int start = 0; start < actors; start += NETWORK_SIZE) {
            Netwerk n = named(F.createNetwerk(), "Netwerk " + start / NETWORK_SIZE, random);
            n.getLeden().addAll(all.subList(start, Math.min(actors, start + NETWORK_SIZE)));
            model.getNetwerken().add(n);
        }
        SturingsrelatieSoort[] kinds = SturingsrelatieSoort.values();
        for (int i = 0; i < relations; i++) {
            Sturingsrelatie r = named(F.createSturingsrelatie(), null, random);
            r.setVan(all.get(random.nextInt(actors)));
            r.setNaar(all.get(random.nextInt(actors)));
            r.setSoort(kinds[random.nextInt(kinds.length)]);
            model.getSturingsrelaties().add(r);
        }
        return model;
    }

    /** Writes the model to the file, replacing what was there (a save refuses that for a model it did not read). */
    public static void write(Governancemodel model, Path file) throws IOException {
        java.nio.file.Files.deleteIfExists(file);
        Resource resource = ModelFiles.newResourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        resource.getContents().add(model);
        ModelFiles.save(resource);
    }

    private static <T extends Element> T named(T element, String naam, Random random) {
        element.setId(new UUID(random.nextLong(), random.nextLong()).toString());
        element.setNaam(naam);
        return element;
    }
}
