package nl.bondgenoot.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The OSGi entry point of the headless commands; its return value becomes the process exit code. */
public class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        return Cli.run(args == null ? new String[0] : args, System.out, System.err);
    }

    @Override
    public void stop() {
        Cli.stopRunning(); // a server ends; other commands finish on their own
    }
}
