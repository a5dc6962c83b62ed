package app.commerceadvisor.engine;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The words a rule file may use: DRL keywords by the place they stand in, the fact types rules match
 * and their fields. Knows the nearest word to a misspelled one, so a message can say "did you mean".
 */
final class DrlVocabulary {

    /** What may start a line outside a rule. */
    static final List<String> FILE_KEYWORDS = List.of("package", "import", "global", "rule", "query", "declare", "function");

    /** What may start a line between a rule's name and its conditions (first word of an attribute). */
    static final List<String> HEADER_KEYWORDS = List.of("when", "then", "end", "salience", "no", "lock", "agenda",
            "activation", "auto", "ruleflow", "date", "enabled", "dialect", "duration", "timer", "calendars");

    /** What may start a line of conditions, besides a fact type or a {@code $binding}. */
    static final List<String> CONDITION_KEYWORDS = List.of("not", "exists", "eval", "forall", "accumulate",
            "collect", "from", "and", "or", "over", "entry");

    /** Words that end the conditions, or a rule. */
    static final List<String> STRUCTURE_KEYWORDS = List.of("when", "then", "end");

    /** What a consequence does: a line of conditions starting with one of these lacks a {@code then} before it. */
    static final List<String> ACTIONS = List.of("insert", "insertLogical", "modify", "update", "delete", "retract");

    /** Operators inside a pattern, e.g. {@code choices contains "x"}. */
    static final List<String> OPERATORS = List.of("contains", "not", "matches", "memberOf", "excludes", "in",
            "soundslike", "str", "null", "true", "false");

    /** The facts rules can match; each one's fields are read from its getters. */
    private static final List<Class<?>> FACT_TYPES = List.of(Answer.class, Conclusion.class, Threshold.class);

    private DrlVocabulary() {
    }

    static List<String> factTypes() {
        return FACT_TYPES.stream().map(Class::getSimpleName).toList();
    }

    /** The fields of a fact type as rules name them ({@code getQuestion()} is {@code question}), in source order. */
    static List<String> fieldsOf(String factType) {
        return FACT_TYPES.stream()
                .filter(type -> type.getSimpleName().equals(factType))
                .findFirst()
                .map(DrlVocabulary::fields)
                .orElse(List.of());
    }

    static List<String> allFields() {
        return FACT_TYPES.stream().flatMap(type -> fields(type).stream()).distinct().toList();
    }

    /** The declared fields that have a public getter, in the order the class declares them. */
    private static List<String> fields(Class<?> type) {
        return Arrays.stream(type.getDeclaredFields())
                .filter(field -> !Modifier.isStatic(field.getModifiers()))
                .map(Field::getName)
                .filter(name -> hasGetter(type, name))
                .toList();
    }

    private static boolean hasGetter(Class<?> type, String field) {
        try {
            type.getMethod("get" + Character.toUpperCase(field.charAt(0)) + field.substring(1));
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** Whether a line of conditions may start with this word: a fact type, a {@code $binding} or a keyword. */
    static boolean startsCondition(String word) {
        return Character.isUpperCase(word.charAt(0)) || word.startsWith("$") || CONDITION_KEYWORDS.contains(word);
    }

    static String misspelt(String word, String meant) {
        return "`" + word + "` is not a word rules know: did you mean `" + meant + "`?";
    }

    /** "a, b and c", each in backticks. */
    static String listed(Collection<String> words) {
        List<String> quoted = words.stream().map(word -> "`" + word + "`").toList();
        if (quoted.size() <= 1) {
            return String.join("", quoted);
        }
        return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " and " + quoted.get(quoted.size() - 1);
    }

    /**
     * The candidate nearest to a misspelled word, if it is near enough to be what was meant: at most one
     * edit for short words, two for longer ones (a swap of two letters counts as one edit; case is ignored).
     */
    static Optional<String> nearest(String word, Collection<String> candidates) {
        String lower = word.toLowerCase(Locale.ROOT);
        int allowed = word.length() <= 4 ? 1 : 2;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** Edit distance counting a swap of two neighbouring letters as one edit (optimal string alignment). */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
