package nl.bondgenoot.cli;

import java.util.List;
import java.util.stream.Collectors;

import picocli.CommandLine.MaxValuesExceededException;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** What picocli found wrong in the arguments, said in Dutch (picocli's own messages are English). */
final class ParameterErrors {

    private ParameterErrors() {
    }

    static String dutch(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched) {
            List<String> rest = unmatched.getUnmatched();
            String first = rest.isEmpty() ? "" : rest.get(0);
            return first.startsWith("-") && first.length() > 1 ? "onbekende optie '" + first + "'"
                    : "onverwacht argument '" + first + "'";
        }
        if (e instanceof MissingParameterException missing) {
            // An option given without its value (picocli: "Missing required parameter for option '--x' (...)"),
            // else a required option or argument that is not there at all.
            List<ArgSpec> absent = missing.getMissing();
            if (absent.size() == 1 && absent.get(0) instanceof OptionSpec option && e.getMessage() != null
                    && e.getMessage().startsWith("Missing required parameter for option")) {
                return "'" + option.longestName() + "' mist een waarde";
            }
            return "geef " + missing.getMissing().stream().map(ParameterErrors::label).collect(Collectors.joining(" en ")) + " op";
        }
        if (e instanceof OverwrittenOptionException overwritten) {
            return "'" + label(overwritten.getOverwritten()) + "' is meer dan eens gegeven";
        }
        if (e instanceof MaxValuesExceededException) {
            return "te veel argumenten";
        }
        if (e instanceof MutuallyExclusiveArgsException) {
            // picocli names them only in its message: "Error: --a, --b are mutually exclusive (specify only one)"
            String message = e.getMessage();
            int end = message.indexOf(" are mutually exclusive");
            String names = end < 0 ? message : message.substring(message.startsWith("Error: ") ? "Error: ".length() : 0, end);
            return names.replace(", ", " en ") + " gaan niet samen; kies er één";
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            return "ongeldige waarde '" + e.getValue() + "' voor " + label(e.getArgSpec());
        }
        return e.getMessage();
    }

    private static String label(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return option.longestName();
        }
        return arg instanceof PositionalParamSpec p ? p.paramLabel() : String.valueOf(arg);
    }
}
