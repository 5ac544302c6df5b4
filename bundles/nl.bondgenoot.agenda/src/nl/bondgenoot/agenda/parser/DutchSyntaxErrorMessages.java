package nl.bondgenoot.agenda.parser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

/**
 * Syntax errors in plain Dutch for advisors who have never seen a parser message: the parser's
 * English message is recognized by its form and retold; the position (line, column) comes with the
 * diagnostic. A message of an unknown form is kept, prefixed, rather than lost.
 */
public class DutchSyntaxErrorMessages extends SyntaxErrorMessageProvider {

    private static final Pattern MISMATCHED = Pattern.compile("mismatched input '(.*)' expecting (.*)", Pattern.DOTALL);
    private static final Pattern EXTRANEOUS = Pattern.compile("extraneous input '(.*)' expecting (.*)", Pattern.DOTALL);
    private static final Pattern MISSING = Pattern.compile("missing (.*) at '(.*)'", Pattern.DOTALL);
    private static final Pattern NO_VIABLE = Pattern.compile("no viable alternative at (?:input|character) '(.*)'", Pattern.DOTALL);
    private static final Pattern LOOP = Pattern.compile("required \\(\\.\\.\\.\\)\\+ loop did not match anything at (?:input|character) '(.*)'", Pattern.DOTALL);
    private static final Pattern MISMATCHED_CHAR = Pattern.compile("mismatched character '(.*)' expecting (.*)", Pattern.DOTALL);

    /** Issue data of a lexer error inside a keyword: this marker and the character expected next. */
    public static final String KEYWORD_CHARACTER = "trefwoordteken";

    @Override
    public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
        SyntaxErrorMessage english = super.getSyntaxErrorMessage(context);
        String[] data = english.getIssueData();
        Matcher m = english.getMessage() == null ? null : MISMATCHED_CHAR.matcher(english.getMessage());
        if (m != null && m.matches() && !"<EOF>".equals(m.group(1)) && m.group(2).matches("'.'")) {
            // The lexer was half-way a keyword; the resource names it, it knows the characters typed (MistypedKeywords).
            data = new String[] { KEYWORD_CHARACTER, m.group(2).substring(1, 2) };
        }
        return new SyntaxErrorMessage(dutch(english.getMessage()), english.getIssueCode(), data);
    }

    @Override
    public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
        SyntaxErrorMessage english = super.getSyntaxErrorMessage(context);
        String message = english.getMessage();
        if (message != null && message.contains("String literal is not properly closed")) {
            message = "de tekst is niet afgesloten: er ontbreekt een aanhalingsteken (\")";
        } else if (message != null && message.contains("Illegal escape sequence")) {
            message = "ongeldige tekenreeks na een backslash (\\) in de tekst";
        }
        return new SyntaxErrorMessage(message, english.getIssueCode() == null ? Diagnostic.SYNTAX_DIAGNOSTIC : english.getIssueCode(),
                english.getIssueData());
    }

    /** Retells one of ANTLR's English messages in Dutch. */
    public static String dutch(String english) {
        if (english == null) {
            return "syntaxfout";
        }
        Matcher m;
        if ((m = MISMATCHED.matcher(english)).matches() && isEndOfFile(m.group(2))
                || (m = EXTRANEOUS.matcher(english)).matches() && isEndOfFile(m.group(2))) {
            return outOfPlace(m.group(1));
        }
        if ((m = MISSING.matcher(english)).matches() && isEndOfFile(m.group(1))) {
            return outOfPlace(m.group(2));
        }
        if ((m = MISMATCHED.matcher(english)).matches()) {
            return token(m.group(1)) + " past hier niet; verwacht: " + expected(m.group(2));
        }
        if ((m = EXTRANEOUS.matcher(english)).matches()) {
            return token(m.group(1)) + " is hier overbodig; verwacht: " + expected(m.group(2));
        }
        if ((m = MISSING.matcher(english)).matches()) {
            return expected(m.group(1)) + " ontbreekt vóór " + token(m.group(2));
        }
        if ((m = NO_VIABLE.matcher(english)).matches()) {
            return token(m.group(1)) + " past hier niet: controleer de schrijfwijze en de volgorde";
        }
        if ((m = LOOP.matcher(english)).matches()) {
            return token(m.group(1)) + " past hier niet: er wordt nog iets verwacht";
        }
        if ((m = MISMATCHED_CHAR.matcher(english)).matches() && "<EOF>".equals(m.group(1))
                && (m.group(2).contains("'\"'") || m.group(2).contains("'\\''"))) {
            return "de tekst is niet afgesloten: er ontbreekt een aanhalingsteken (\")";
        }
        if ((m = MISMATCHED_CHAR.matcher(english)).matches()) {
            return "onverwacht teken '" + m.group(1) + "'; verwacht het teken " + expected(m.group(2));
        }
        return "syntaxfout (" + english + ")";
    }

    private static boolean isEndOfFile(String expected) {
        return expected.strip().equals("EOF") || expected.strip().equals("<EOF>");
    }

    /**
     * ANTLR says "expecting EOF" (or "missing EOF") when nothing the agenda knows may follow at this
     * point: the text itself is wrong there, the file does not have to end. Telling the advisor that the
     * end of the file is expected would send them looking in the wrong place.
     */
    private static String outOfPlace(String text) {
        return token(text) + " past hier niet: op deze plek kent de agenda geen eigenschap of onderdeel dat zo"
                + " begint; controleer de schrijfwijze en de volgorde";
    }

    private static String token(String text) {
        if ("<EOF>".equals(text)) {
            return "het einde van het bestand";
        }
        String shown = text.replace("\n", " ").strip();
        if (shown.length() > 40) {
            shown = shown.substring(0, 40) + "…";
        }
        return "'" + shown + "'";
    }

    private static String expected(String english) {
        String e = english.strip();
        return switch (e) {
            case "RULE_STRING" -> "een tekst tussen aanhalingstekens";
            case "RULE_ID" -> "een naam";
            case "RULE_INT" -> "een getal";
            case "EOF", "<EOF>" -> "het einde van het bestand";
            default -> e.replace("RULE_STRING", "een tekst tussen aanhalingstekens").replace("RULE_ID", "een naam")
                    .replace("RULE_INT", "een getal").replace("EOF", "het einde van het bestand");
        };
    }
}
