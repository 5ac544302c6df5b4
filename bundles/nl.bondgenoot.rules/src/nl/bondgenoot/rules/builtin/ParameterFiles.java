package nl.bondgenoot.rules.builtin;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/** Reads the {@code parameters.properties} that sits next to a rule family's class. */
public final class ParameterFiles {

    private ParameterFiles() {
    }

    public static Map<String, String> next(Class<?> family) {
        Properties p = new Properties();
        try (InputStream in = family.getResourceAsStream("parameters.properties")) {
            if (in == null) {
                return Map.of();
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> values = new HashMap<>();
        p.forEach((k, v) -> values.put(k.toString(), v.toString().trim()));
        return Map.copyOf(values);
    }
}
