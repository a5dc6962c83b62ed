package app.commerceadvisor.engine;

import app.commerceadvisor.engine.RuleOutline.ConstraintOutline;
import app.commerceadvisor.engine.RuleOutline.PatternOutline;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * Reads the outline of every rule in a DRL text with Drools' own parser (the same one the KIE builder
 * uses), so that rules can be checked against the questionnaire and explained without a DRL parser of
 * our own. Only the constraints themselves, e.g. {@code choice == "no"}, are split into field, operator
 * and value here. A text that does not parse gives no outline: the compiler reports it.
 */
final class DrlOutlineReader {

    private static final Pattern CONSTRAINT = Pattern.compile(
            "^\\s*(?:(\\$\\w+)\\s*:\\s*)?(\\w+)\\s*(==|!=|>=|<=|>|<|not\\s+contains|contains|not\\s+memberOf|memberOf)\\s*(.+?)\\s*$");
    private static final Pattern BINDING_ONLY = Pattern.compile("^\\s*(\\$\\w+)\\s*:\\s*(\\w+)\\s*$");
    private static final Pattern STRING = Pattern.compile("^\"([^\"\\\\]*)\"$");
    private static final Pattern NUMBER = Pattern.compile("^-?\\d+(\\.\\d+)?$");
    private static final Pattern CONCLUSION = Pattern.compile("new\\s+Conclusion\\s*\\(\\s*\"([^\"]*)\"");

    /** Metadata key with which a rule gives its title per language: {@code @title(en = "...", zh = "...")}. */
    static final String TITLE = "title";
    /** Metadata key with which a rule makes its finding more urgent than its pitfall: {@code @urgency("this-week")}. */
    static final String URGENCY = "urgency";

    private DrlOutlineReader() {
    }

    static List<RuleOutline> read(String file, String drl) {
        PackageDescr packageDescr;
        DrlParser parser = new DrlParser();
        try {
            packageDescr = parser.parse(false, new StringReader(drl));
        } catch (DroolsParserException e) {
            return List.of();
        }
        if (packageDescr == null || parser.hasErrors()) {
            return List.of();
        }
        String[] lines = drl.split("\n", -1);
        List<RuleOutline> outlines = new ArrayList<>();
        for (RuleDescr rule : packageDescr.getRules()) {
            List<PatternOutline> patterns = new ArrayList<>();
            collect(rule.getLhs(), false, false, patterns, lines);
            String pitfallId = singleValue(rule, DroolsRuleBase.PITFALL);
            List<String> concludes = new ArrayList<>();
            Matcher conclusion = CONCLUSION.matcher(String.valueOf(rule.getConsequence()));
            while (conclusion.find()) {
                concludes.add(conclusion.group(1));
            }
            outlines.add(new RuleOutline(file, rule.getLine(), rule.getName(), pitfallId, titles(rule),
                    singleValue(rule, URGENCY), patterns, concludes));
        }
        return outlines;
    }

    /** The value of metadata such as {@code @pitfall("...")}, or null when the rule has none. */
    private static String singleValue(RuleDescr rule, String key) {
        AnnotationDescr annotation = rule.getAnnotation(key);
        return annotation == null || annotation.getSingleValue() == null ? null
                : AnnotationDescr.unquote(annotation.getSingleValueAsString());
    }

    /** The texts of {@code @title(en = "...", zh = "...")} by language; empty when the rule has none. */
    private static Map<String, String> titles(RuleDescr rule) {
        AnnotationDescr title = rule.getAnnotation(TITLE);
        Map<String, String> titles = new LinkedHashMap<>();
        if (title != null) {
            title.getValueMap().forEach((language, value) -> {
                if (value != null && !"value".equals(language)) {
                    titles.put(language, AnnotationDescr.unquote(value.toString()).strip());
                }
            });
        }
        return titles;
    }

    private static void collect(BaseDescr descr, boolean negated, boolean optional, List<PatternOutline> patterns,
            String[] lines) {
        if (descr instanceof PatternDescr pattern) {
            patterns.add(pattern(pattern, negated, optional, lines));
            if (pattern.getSource() != null) {
                collect(pattern.getSource(), negated, true, patterns, lines);
            }
        } else if (descr instanceof ConditionalElementDescr element) {
            boolean not = descr instanceof NotDescr;
            boolean branch = descr instanceof OrDescr || descr instanceof ExistsDescr
                    || (not && element.getDescrs().size() > 1);
            for (BaseDescr child : element.getDescrs()) {
                collect(child, negated ^ not, optional || branch || negated, patterns, lines);
            }
        }
    }

    private static PatternOutline pattern(PatternDescr pattern, boolean negated, boolean optional, String[] lines) {
        List<ConstraintOutline> constraints = new ArrayList<>();
        int line = Math.max(pattern.getLine(), 1);
        for (BaseDescr descr : pattern.getDescrs()) {
            if (descr instanceof ExprConstraintDescr expression) {
                String text = expression.getExpression().strip();
                int constraintLine = lineOf(text, line, lines);
                constraints.add(constraint(text, constraintLine));
            }
        }
        StringBuilder text = new StringBuilder(pattern.getObjectType()).append('(');
        for (int i = 0; i < constraints.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(constraints.get(i).text());
        }
        text.append(')');
        return new PatternOutline(line, pattern.getObjectType(), negated, optional, constraints, text.toString());
    }

    private static ConstraintOutline constraint(String text, int line) {
        if (text.contains("&&") || text.contains("||")) {
            return new ConstraintOutline(line, null, null, null, null, false, text);
        }
        Matcher binding = BINDING_ONLY.matcher(text);
        if (binding.matches()) {
            return new ConstraintOutline(line, binding.group(1), binding.group(2), null, null, false, text);
        }
        Matcher matcher = CONSTRAINT.matcher(text);
        if (!matcher.matches()) {
            return new ConstraintOutline(line, null, null, null, null, false, text);
        }
        String variable = matcher.group(1);
        String field = matcher.group(2);
        String operator = matcher.group(3).replaceAll("\\s+", " ");
        String value = matcher.group(4);
        Matcher string = STRING.matcher(value);
        if (string.matches()) {
            return new ConstraintOutline(line, variable, field, operator, string.group(1), true, text);
        }
        boolean number = NUMBER.matcher(value).matches();
        return new ConstraintOutline(line, variable, field, operator, value, number, text);
    }

    /** The line of a constraint: the first line from its pattern's line on that holds its text. */
    private static int lineOf(String constraint, int patternLine, String[] lines) {
        String start = constraint.length() > 24 ? constraint.substring(0, 24) : constraint;
        for (int i = patternLine - 1; i < lines.length && i < patternLine + 40; i++) {
            if (lines[i].contains(start)) {
                return i + 1;
            }
        }
        return patternLine;
    }
}
