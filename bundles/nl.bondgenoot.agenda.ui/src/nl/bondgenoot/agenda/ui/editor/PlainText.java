package nl.bondgenoot.agenda.ui.editor;

/** The hover service writes Markdown for LSP editors; the JFace hover shows plain text. */
final class PlainText {

    private PlainText() {
    }

    static String of(String markdown) {
        if (markdown == null) {
            return null;
        }
        return markdown.replaceAll("(?m)^#+\\s*", "").replace("**", "").replace("__", "").replace("`", "")
                .replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1").strip();
    }
}
