package nl.bondgenoot.cli;

import java.util.ArrayList;
import java.util.List;

import nl.bondgenoot.cli.commands.Commands;
import nl.bondgenoot.launcher.CliCommand;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The help of the command line, generated from the contributed commands: the overview of
 * {@code bondgenoot help} (every command's synopsis and description, by group) and picocli's usage of
 * one command with Dutch headings ({@code bondgenoot help COMMAND}). The build writes the overview to
 * launch/help.txt, so that the script can print it without Java.
 */
public final class HelpText {

    static final int WIDTH = 100;
    private static final int DESCRIPTION_COLUMN = 30;

    private HelpText() {
    }

    /** The picocli command line of a contributed command, named {@code bondgenoot NAME}, with Dutch headings. */
    public static CommandLine commandLine(String name, CliCommand command) {
        CommandLine line = new CommandLine(command);
        line.setCommandName("bondgenoot " + name);
        line.setExpandAtFiles(false); // @name is a file name like any other, not a file of arguments
        line.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
        line.setUsageHelpWidth(WIDTH);
        line.setUsageHelpAutoWidth(false);
        UsageMessageSpec usage = line.getCommandSpec().usageMessage();
        usage.synopsisHeading("Gebruik: ");
        usage.descriptionHeading("%n");
        usage.parameterListHeading("%nArgumenten:%n");
        usage.optionListHeading("%nOpties:%n");
        return line;
    }

    /** The one-line usage said after a usage error: {@code Gebruik: bondgenoot NAME ...}. */
    static String usageLine(CommandLine line) {
        return "Gebruik: " + line.getHelp().synopsis(0).stripTrailing();
    }

    /** The overview of {@code bondgenoot help}. */
    public static String overview(Commands commands) throws Exception {
        StringBuilder b = new StringBuilder();
        b.append("Bondgenoot - governance van het sociaal domein modelleren en toetsen\n\n");
        b.append("Gebruik: bondgenoot [commando] [opties]\n\nWerkbank:\n");
        entry(b, List.of("[BESTAND...]"), "start de werkbank (bouwt het product zo nodig), met deze modellen (.bondgenoot) en agenda's"
                + " (.agenda) open in hun editor");
        String group = null;
        for (Commands.Contribution c : commands.all()) {
            if (!c.group().equals(group)) {
                group = c.group();
                b.append('\n').append(group).append(":\n");
            }
            CommandLine line = commandLine(c.name(), c.create());
            entry(b, forms(line.getHelp().synopsis(0)), description(line));
        }
        // The script's own: they change the installation (p2 director), before any command line runs.
        b.append("\nPlug-ins:\n");
        entry(b, List.of("install UPDATESITE FEATURE"), "installeert de feature van een plug-in uit een p2-updatesite"
                + " in het product (zonder de p2-gebruikersinterface); de commando's, regels en weergaven van de plug-in"
                + " doen daarna mee");
        entry(b, List.of("uninstall FEATURE"), "verwijdert een met install geïnstalleerde plug-in weer");
        b.append("\nHulp:\n");
        entry(b, List.of("help [COMMANDO]"), "deze hulp, of alle opties van COMMANDO");
        entry(b, List.of("--version"), "de versie van Bondgenoot");
        b.append("\nAfsluitcodes: 0 = geen fouten, 1 = fouten gevonden, 2 = onleesbare invoer, verkeerd gebruik\n"
                + "of een interne fout (dan één regel op standaardfout met de plaats van het logboek).\n");
        return b.toString();
    }

    /** A command's description in one paragraph, formatted as picocli formats it (%n, %%), not yet wrapped. */
    static String description(CommandLine line) {
        String text = String.join(" ", line.getCommandSpec().usageMessage().description());
        try {
            return String.format(java.util.Locale.ROOT, text);
        } catch (java.util.IllegalFormatException e) {
            return text; // picocli shows it as it is, too
        }
    }

    /**
     * The forms of a synopsis as picocli writes it (wrapped lines, and each form of a custom synopsis on a
     * line of its own starting with "bondgenoot"), each in one line without "bondgenoot ".
     */
    static List<String> forms(String synopsis) {
        List<String> forms = new ArrayList<>();
        for (String line : synopsis.strip().split("\\R")) {
            String text = line.strip();
            if (text.startsWith("bondgenoot ") || forms.isEmpty()) {
                forms.add(text.startsWith("bondgenoot ") ? text.substring("bondgenoot ".length()) : text);
            } else {
                forms.set(forms.size() - 1, forms.get(forms.size() - 1) + " " + text);
            }
        }
        return forms;
    }

    /** The forms of a synopsis (wrapped from column 2) with the description in a column of its own beside or below them. */
    private static void entry(StringBuilder b, List<String> forms, String description) {
        List<String> left = new ArrayList<>();
        for (String form : forms) {
            left.addAll(wrap(form.replaceAll("\\s+", " "), WIDTH - 2, 8));
        }
        List<String> right = wrap(description.replaceAll("\\s+", " ").strip(), WIDTH - DESCRIPTION_COLUMN, 0);
        for (String l : left) {
            b.append("  ").append(l);
            if (l == left.get(left.size() - 1) && l.length() + 2 < DESCRIPTION_COLUMN - 1 && !right.isEmpty()) {
                b.append(" ".repeat(DESCRIPTION_COLUMN - 2 - l.length())).append(right.remove(0));
            }
            b.append('\n');
        }
        for (String r : right) {
            b.append(" ".repeat(DESCRIPTION_COLUMN)).append(r).append('\n');
        }
    }

    /** Words in lines of at most {@code width} characters; lines after the first indented by {@code indent}. */
    static List<String> wrap(String text, int width, int indent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line = new StringBuilder(" ".repeat(indent));
            }
            if (line.length() > 0 && !line.toString().isBlank()) {
                line.append(' ');
            }
            line.append(word);
        }
        if (!line.toString().isBlank()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
