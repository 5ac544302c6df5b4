package nl.bondgenoot.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

import nl.bondgenoot.model.BondgenootPackage;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Rules;
import nl.bondgenoot.rules.engine.RuleEngine;

/**
 * Issue 3's benchmark: load + validate a generated model of N actors and M sturingsrelaties, warm,
 * against a bare EMF XMI load of the same file. Run with releng/benchmark.sh [ACTORS RELATIONS].
 */
public final class LoadValidateBenchmark {

    private LoadValidateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int actors = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int relations = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        Path file = Files.createTempFile("bondgenoot-benchmark", ".bondgenoot");
        GeneratedNetwork.write(GeneratedNetwork.create(actors, relations, 42), file);
        RuleEngine engine = Rules.engine();
        System.out.printf("Model: %,d actoren, %,d sturingsrelaties, %,d regels; bestand %.1f MiB; %d regels actief%n",
                actors, relations, Files.readAllLines(file).size(), Files.size(file) / 1048576.0, engine.rules().size());

        Governancemodel loaded = ModelFiles.load(file);
        double[] medians = Medians.of(() -> bareXmiLoad(file), () -> ModelFiles.load(file),
                () -> engine.validate(loaded), () -> engine.validate(ModelFiles.load(file)));
        double bare = medians[0];
        double load = medians[1];
        double validateOnly = medians[2];
        double loadValidate = medians[3];
        List<Finding> findings = engine.validate(ModelFiles.load(file));

        System.out.printf("kale EMF XMI-load (met id-index):   %7.0f ms%n", bare);
        System.out.printf("ModelFiles.load (regelnummers):     %7.0f ms%n", load);
        System.out.printf("alleen valideren:                   %7.0f ms  (%,d bevindingen)%n", validateOnly, findings.size());
        System.out.printf("laden + valideren:                  %7.0f ms  = %.2fx de kale load (doel < 1,5x; < 2000 ms)%n",
                loadValidate, loadValidate / bare);
        Files.deleteIfExists(file);
    }

    /** What a competent plain EMF user would write: XMI with an id index, nothing of ours. */
    private static Object bareXmiLoad(Path file) throws Exception {
        ResourceSet set = new ResourceSetImpl();
        set.getPackageRegistry().put(BondgenootPackage.eNS_URI, BondgenootPackage.eINSTANCE);
        XMIResourceImpl resource = new XMIResourceImpl(URI.createFileURI(file.toString()));
        resource.setIntrinsicIDToEObjectMap(new HashMap<>());
        set.getResources().add(resource);
        Map<Object, Object> options = Map.of(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        resource.load(options);
        Resource.Diagnostic error = resource.getErrors().isEmpty() ? null : resource.getErrors().get(0);
        if (error != null) {
            throw new IllegalStateException(error.getMessage());
        }
        return resource;
    }
}
