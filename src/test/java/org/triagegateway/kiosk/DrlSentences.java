package org.triagegateway.kiosk;

import org.triagegateway.rules.RuleBase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every sentence the rule base can show a claimant, read from the DRL source: the reasons
 * ({@code Ineligibility}, {@code Decision}), what to bring ({@code Evidence}) and the questions
 * ({@code Question}), with {0}, {1}… where the rules put a name or a figure, and one sentence
 * for each branch of a {@code ? :}. Reading the source, rather than running cases, finds the
 * sentences no worked case reaches.
 */
final class DrlSentences {

    private static final Pattern FACT = Pattern.compile("new (Question|Evidence|Ineligibility|Decision)\\(");
    private static final Map<String, Integer> TEXT_ARGUMENT = Map.of("Question", 2, "Evidence", 1, "Ineligibility", 1,
            "Decision", 3);
    private static final Pattern FUNCTION = Pattern.compile("function String (\\w+)\\(\\)\\s*\\{\\s*return (\"(?:[^\"\\\\]|\\\\.)*\");");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
    private static final char HOLE = '\u0000';

    private final Map<String, String> functions = new HashMap<>();

    private DrlSentences() {
    }

    /**
     * The sentences of every DRL file the rule base loads, in the rules folder and the folders below
     * it. A function is seen by every file of its package, as in Drools: a benefit's rules may be
     * split over the files of a folder.
     */
    static Set<String> in(Path rules) {
        Map<Path, String> sources = new LinkedHashMap<>();
        Map<String, DrlSentences> packages = new HashMap<>();
        try {
            for (Path drl : RuleBase.drlFiles(rules)) {
                String source = withoutComments(Files.readString(drl));
                sources.put(drl, source);
                packages.computeIfAbsent(packageOf(source), p -> new DrlSentences()).functionsIn(source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> sentences = new TreeSet<>();
        sources.values().forEach(source -> sentences.addAll(packages.get(packageOf(source)).read(source)));
        return sentences;
    }

    private static String packageOf(String source) {
        Matcher name = PACKAGE.matcher(source);
        return name.find() ? name.group(1) : "";
    }

    private void functionsIn(String source) {
        Matcher function = FUNCTION.matcher(source);
        while (function.find()) {
            functions.put(function.group(1), function.group(2));
        }
    }

    private List<String> read(String source) {
        List<String> sentences = new ArrayList<>();
        Matcher fact = FACT.matcher(source);
        while (fact.find()) {
            List<String> arguments = split(source.substring(fact.end(), closing(source, fact.end())), ',');
            for (String template : templates(arguments.get(TEXT_ARGUMENT.get(fact.group(1))))) {
                sentences.add(numbered(template));
            }
        }
        return sentences;
    }

    /** A text expression's possible values, with HOLE where a value is not a string literal. */
    private List<String> templates(String expression) {
        String e = expression.trim();
        if (e.equals("null")) {
            return List.of();
        }
        List<String> ternary = split(e, '?');
        if (ternary.size() == 2) {
            List<String> branches = split(ternary.get(1), ':');
            List<String> both = new ArrayList<>(templates(branches.get(0)));
            both.addAll(templates(branches.get(1)));
            return both;
        }
        List<String> sentences = List.of("");
        for (String term : split(e, '+')) {
            List<String> values = values(term.trim());
            List<String> longer = new ArrayList<>();
            sentences.forEach(s -> values.forEach(v -> longer.add(s + v)));
            sentences = longer;
        }
        return sentences;
    }

    private List<String> values(String term) {
        if (term.startsWith("\"")) {
            return List.of(term.substring(1, term.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\"));
        }
        if (term.startsWith("(") && closing(term, 1) == term.length() - 1) {
            return templates(term.substring(1, term.length() - 1));
        }
        if (term.endsWith("()") && functions.containsKey(term.substring(0, term.length() - 2))) {
            return values(functions.get(term.substring(0, term.length() - 2)));
        }
        return List.of(String.valueOf(HOLE));
    }

    private static String numbered(String template) {
        StringBuilder out = new StringBuilder();
        int hole = 0;
        for (char c : template.toCharArray()) {
            out.append(c == HOLE ? "{" + hole++ + "}" : String.valueOf(c));
        }
        return out.toString();
    }

    /** The index of the bracket that closes the one opened just before {@code from}. */
    private static int closing(String text, int from) {
        int depth = 1;
        boolean quoted = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced brackets after " + text.substring(0, from));
    }

    /** Splits at {@code separator} outside strings and brackets. */
    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == separator && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
                if (separator == '?') {
                    parts.add(text.substring(start));
                    return parts;
                }
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    private static String withoutComments(String source) {
        StringBuilder out = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    out.append(c).append(source.charAt(++i));
                    continue;
                }
                quoted = c != '"';
            } else if (c == '"') {
                quoted = true;
            } else if (c == '/' && i + 1 < source.length() && source.charAt(i + 1) == '/') {
                while (i < source.length() && source.charAt(i) != '\n') {
                    i++;
                }
            }
            if (i < source.length()) {
                out.append(source.charAt(i));
            }
        }
        return out.toString();
    }

    public static void main(String[] args) {
        in(Path.of("rules")).forEach(System.out::println);
    }
}
