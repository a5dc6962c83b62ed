package app.commerceadvisor.knowledge;

import java.util.List;
import java.util.stream.Collectors;

/** The rules or the knowledge base cannot be used as they are; {@link #problems()} says why. */
public class KnowledgeBaseException extends RuntimeException {

    private final transient List<ContentProblem> problems;

    public KnowledgeBaseException(List<ContentProblem> problems) {
        super(problems.size() + " problem(s) in the rules or the knowledge base:\n" + problems.stream()
                .map(ContentProblem::toString)
                .collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ContentProblem> problems() {
        return problems;
    }
}
