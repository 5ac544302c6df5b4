package nl.bondgenoot.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import nl.bondgenoot.ui.views.FindingsView;
import nl.bondgenoot.ui.views.ModelExplorerView;

/** Reaches into the running workbench the way a user sees it; tests run on the UI thread. */
final class UiTestSupport {

    private UiTestSupport() {
    }

    static Path example(String name) {
        return Path.of(System.getProperty("bondgenoot.root", "../.."), "examples", "skelet", name)
                .toAbsolutePath().normalize();
    }

    static IWorkbenchWindow window() {
        IWorkbenchWindow active = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        // Without a window manager (Xvfb) the window may not count as active.
        return active != null ? active : PlatformUI.getWorkbench().getWorkbenchWindows()[0];
    }

    static IWorkbenchPage page() {
        return window().getActivePage();
    }

    static ModelExplorerView explorer() {
        return (ModelExplorerView) view(ModelExplorerView.ID);
    }

    static FindingsView findings() {
        return (FindingsView) view(FindingsView.ID);
    }

    private static IViewPart view(String id) {
        IViewPart view = page().findView(id);
        if (view == null) {
            throw new AssertionError("view " + id + " is not open");
        }
        return view;
    }

    static List<String> texts(Item[] items) {
        return Arrays.stream(items).map(Item::getText).toList();
    }

    /** Lets the UI process pending events (layout, paint) for a while. */
    static void settle(long millis) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + millis;
        do {
            while (display.readAndDispatch()) {
                // keep dispatching
            }
            sleep(10);
        } while (System.currentTimeMillis() < end);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Copies the shell's area of the screen into a PNG under target/screenshots. */
    static Path screenshot(Shell shell, String name) throws IOException {
        Display display = shell.getDisplay();
        // The pointer sits mid-screen in Xvfb; move it off the window so no tooltip covers the views.
        Rectangle screen = display.getBounds();
        display.setCursorLocation(screen.x + screen.width - 1, screen.y + screen.height - 1);
        shell.forceActive();
        shell.redraw();
        shell.update();
        settle(500);
        return capture(shell, name);
    }

    /**
     * Shoots a part maximised in a window as wide as the screen, as a double-click on its tab does, checks the
     * shot while the part is still so (the check reads it back), then restores both; returns the PNG.
     */
    static Path maximised(org.eclipse.ui.IWorkbenchPart part, String name, java.util.function.Consumer<Path> check)
            throws IOException {
        Shell shell = window().getShell();
        Rectangle bounds = shell.getBounds();
        Rectangle screen = shell.getDisplay().getBounds();
        shell.setBounds(screen.x, screen.y, Math.max(screen.width, 1280), Math.min(screen.height, 900));
        IWorkbenchPage page = page();
        page.setPartState(page.getReference(part), IWorkbenchPage.STATE_MAXIMIZED);
        settle(600);
        try {
            Path shot = screenshot(shell, name);
            check.accept(shot);
            return shot;
        } finally {
            page.setPartState(page.getReference(part), IWorkbenchPage.STATE_RESTORED);
            shell.setBounds(bounds);
            settle(200);
        }
    }

    /** As {@link #screenshot}, but as the screen is now: a popup (hover, content assist) stays open. */
    static Path capture(Shell shell, String name) throws IOException {
        Display display = shell.getDisplay();
        // Without a window manager getBounds() still counts a guessed frame; the window itself ends
        // where its client area ends (the menu bar lies above the client area).
        Rectangle bounds = shell.getBounds();
        Rectangle client = display.map(shell, null, shell.getClientArea());
        int width = client.x + client.width - bounds.x;
        int height = client.y + client.height - bounds.y;
        Image image = new Image(display, width, height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
        } finally {
            gc.dispose();
        }
        Path dir = Path.of(System.getProperty("bondgenoot.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Path file = dir.resolve(name);
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { image.getImageData() };
        loader.save(file.toString(), SWT.IMAGE_PNG);
        image.dispose();
        return file;
    }

    /** Runs a script in the page; an empty string while the page is still loading. */
    static String evaluate(Browser browser, String script) {
        try {
            return String.valueOf(browser.evaluate(script));
        } catch (SWTException stillLoading) {
            return "";
        }
    }

    /** Lets the display run until the condition holds, for at most 30 seconds. */
    static void await(BooleanSupplier condition, Supplier<String> failure) {
        long end = System.currentTimeMillis() + 30_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                fail(failure.get());
            }
            settle(50);
        }
    }
}
