package nl.bondgenoot.compare;

import java.util.List;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * A {@link ModelDiff} as JSON: {@code {"van", "naar", "aantallen": {"added": n, ...}, "wijzigingen": [
 * {"soort": "added|removed|changed|moved", "id", "klasse", "naam", "in": {...}, "verplaatst": {...},
 * "kenmerken": [{"kenmerk", "label", "voor": [...], "na": [...], "voorTekst": [...], "naTekst": [...]}]}]}}.
 * References are ids in "voor"/"na" and names in the texts.
 */
public final class DiffJson {

    private DiffJson() {
    }

    public static String of(ModelDiff diff, String from, String to) {
        JsonObject root = new JsonObject();
        root.addProperty("van", from);
        root.addProperty("naar", to);
        JsonObject counts = new JsonObject();
        for (ChangeKind kind : ChangeKind.values()) {
            counts.addProperty(kind.json(), diff.count(kind));
        }
        root.add("aantallen", counts);
        JsonArray changes = new JsonArray();
        for (ElementChange change : diff.changes()) {
            JsonObject json = element(change.element());
            json.addProperty("soort", change.kind().json());
            if (change.parent() != null) {
                json.add("in", element(change.parent()));
            }
            if (change.move() != null) {
                JsonObject move = new JsonObject();
                move.add("van", change.move().from() == null ? null : element(change.move().from()));
                move.addProperty("vanKenmerk", change.move().fromFeature());
                move.add("naar", change.move().to() == null ? null : element(change.move().to()));
                move.addProperty("naarKenmerk", change.move().toFeature());
                json.add("verplaatst", move);
            }
            JsonArray features = new JsonArray();
            for (FeatureChange feature : change.features()) {
                JsonObject f = new JsonObject();
                f.addProperty("kenmerk", feature.feature());
                f.addProperty("label", feature.label());
                f.addProperty("lijst", feature.many());
                f.add("voor", array(feature.before()));
                f.add("na", array(feature.after()));
                f.add("voorTekst", array(feature.beforeText()));
                f.add("naTekst", array(feature.afterText()));
                features.add(f);
            }
            json.add("kenmerken", features);
            changes.add(json);
        }
        root.add("wijzigingen", changes);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(root) + "\n";
    }

    private static JsonObject element(ElementName name) {
        JsonObject json = new JsonObject();
        json.addProperty("id", name.id());
        json.addProperty("klasse", name.kind());
        json.addProperty("naam", name.name());
        return json;
    }

    private static JsonArray array(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }
}
