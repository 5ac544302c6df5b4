package nl.bondgenoot.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/**
 * What the site's search looks through: one entry per page or finding (its title, what kind of thing it
 * is, where it is, and its words: names, ids, texts, findings). Written as a script that sets a variable,
 * because a page opened from file:// may load a script but not fetch a data file.
 */
final class SearchIndex {

    private final List<Map<String, String>> entries = new ArrayList<>();

    /** @param sitePath where the entry leads, from the top of the site (with an #anchor if needed) */
    void add(String kind, String title, String sitePath, String text) {
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("soort", kind);
        entry.put("titel", title);
        entry.put("pad", sitePath);
        entry.put("tekst", text == null ? "" : text);
        entries.add(entry);
    }

    int size() {
        return entries.size();
    }

    String script() {
        Gson gson = new GsonBuilder().disableHtmlEscaping().create();
        return "// De zoekindex van deze publicatie (geschreven door Bondgenoot).\nwindow.BONDGENOOT_ZOEKINDEX = "
                + gson.toJson(entries) + ";\n";
    }
}
