package nl.bondgenoot.ui.pages;

import java.util.Arrays;
import java.util.stream.Collectors;

import com.google.gson.Gson;

/**
 * The script that calls a function of a page shown in an SWT Browser (the network map, the guide),
 * if the page has it, with the workbench's data as arguments. The data is written as JSON by a JSON
 * encoder, never pasted into the script by hand: an element id, a name or a path from a model then
 * stays a value, whatever characters it holds (quotes, backslashes, line separators, "&lt;/script&gt;").
 * This is how the workbench hands data to every page; the pages hand data back through a
 * {@code BrowserFunction}, whose arguments are values too.
 */
public final class PageCall {

    private static final Gson JSON = new Gson(); // escapes <, >, &, =, ', U+2028 and U+2029 as well

    private PageCall() {
    }

    /** {@code window.f && window.f(arg1, arg2...);} with each argument as a JSON value. */
    public static String of(String function, Object... arguments) {
        if (!function.matches("[A-Za-z_$][A-Za-z0-9_$]*")) {
            throw new IllegalArgumentException("geen functienaam: " + function);
        }
        String values = Arrays.stream(arguments).map(JSON::toJson).collect(Collectors.joining(", "));
        return "window." + function + " && window." + function + "(" + values + ");";
    }
}
