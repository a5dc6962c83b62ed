package app.commerceadvisor.engine;

import java.util.List;
import java.util.stream.Collectors;

/** The rule files could not be compiled; {@link #problems()} says where and why. */
public class RuleCompilationException extends RuntimeException {

    private final transient List<RuleProblem> problems;

    public RuleCompilationException(List<RuleProblem> problems) {
        super("The rules do not compile:\n" + problems.stream()
                .map(RuleProblem::toString)
                .collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
