package nl.bondgenoot.launcher;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.equinox.app.IApplication;

/**
 * The fast launch of the headless commands: {@code java -cp CLASSPATH nl.bondgenoot.launcher.FastLaunch
 * APPLICATION [ARGS...]} runs an application contributed to {@value #APPLICATIONS} (the same one the
 * OSGi product runs with {@code -application}) on a plain class path, without starting OSGi. The class
 * path is the application's bundles as the build resolved them ({@code plan.LaunchPlanner}); their
 * extensions (rule sets, actor kinds, applications, commands) come from the same plugin.xml
 * files as in the product, through {@link ClassPathRegistry}. The return value of the application
 * becomes the exit code, as in the product.
 */
public final class FastLaunch {

    static final String APPLICATIONS = "org.eclipse.core.runtime.applications";

    private FastLaunch() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("Gebruik: java -cp KLASSENPAD " + FastLaunch.class.getName() + " TOEPASSING [ARGUMENTEN...]");
            System.exit(ExitCode.USAGE_OR_INPUT);
        }
        String application = args[0];
        String[] applicationArgs = Arrays.copyOfRange(args, 1, args.length);
        // In messages the command as the user typed it (the script says which), else the application.
        String command = System.getProperty("bondgenoot.command", application);
        // A thread of a server (Jetty, JSON-RPC) that dies is said in one line too; out of memory ends the process.
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> {
            int code = CommandGuard.report(command, applicationArgs, System.err, failure);
            if (failure instanceof VirtualMachineError) {
                Runtime.getRuntime().halt(code);
            }
        });
        int code = CommandGuard.run(command, applicationArgs, System.err, () -> run(application, applicationArgs));
        System.out.flush();
        System.exit(code);
    }

    private static int run(String id, String[] args) throws Exception {
        ClassPathRegistry.install();
        processEmfExtensions();
        IApplication application = create(id);
        // Ctrl+C stops the application as the OSGi framework would on its way down.
        Runtime.getRuntime().addShutdownHook(new Thread(application::stop, "bondgenoot-stop"));
        Object result = application.start(new LaunchContext(args));
        return result instanceof Integer code ? code : ExitCode.OK;
    }

    /**
     * EMF's own extension points (generated packages, resource factories, content parsers) as the OSGi
     * runtime applies them: EMF's stand-alone processor applies them from the default registry, which is
     * now the class path's. It would also add every plugin.xml it finds a second time, so it gets a view
     * of the class path without them. Only when EMF is on the class path (the launcher does not need it).
     */
    private static void processEmfExtensions() throws Exception {
        Class<?> processor;
        try {
            processor = Class.forName("org.eclipse.emf.ecore.plugin.EcorePlugin$ExtensionProcessor");
        } catch (ClassNotFoundException e) {
            return;
        }
        ClassLoader withoutPluginXml = new ClassLoader(FastLaunch.class.getClassLoader()) {
            @Override
            public Enumeration<URL> getResources(String name) throws IOException {
                return name.equals("plugin.xml") ? Collections.emptyEnumeration() : super.getResources(name);
            }
        };
        try {
            processor.getMethod("process", ClassLoader.class).invoke(null, withoutPluginXml);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private static IApplication create(String id) throws Exception {
        IExtension extension = RegistryFactory.getRegistry().getExtension(APPLICATIONS, id);
        if (extension != null) {
            for (IConfigurationElement application : extension.getConfigurationElements()) {
                for (IConfigurationElement run : application.getChildren("run")) {
                    return (IApplication) run.createExecutableExtension("class");
                }
            }
        }
        throw new IllegalArgumentException("geen toepassing '" + id + "' op het klassenpad");
    }
}
