package app.commerceadvisor.knowledge;

import app.commerceadvisor.engine.RuleBase;
import app.commerceadvisor.engine.RuleBaseCompiler;
import app.commerceadvisor.engine.RuleCompilationException;
import app.commerceadvisor.knowledge.KnowledgeBaseFiles.DocumentsFile;
import app.commerceadvisor.knowledge.KnowledgeBaseFiles.PitfallsFile;
import app.commerceadvisor.questionnaire.Questionnaire;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the trainers' content from disk, compiles the rules and checks that everything fits together.
 * Either returns a complete {@link KnowledgeBase} or throws with every problem found, never half of one.
 */
@ApplicationScoped
public class KnowledgeBaseLoader {

    private final RuleBaseCompiler compiler;

    KnowledgeBaseLoader(RuleBaseCompiler compiler) {
        this.compiler = compiler;
    }

    public KnowledgeBase load(Path rulesFolder, Path knowledgeBaseFolder) {
        List<ContentProblem> problems = new ArrayList<>();
        Path questionnaireFile = knowledgeBaseFolder.resolve("questionnaire.yaml");
        Path pitfallsFile = knowledgeBaseFolder.resolve("pitfalls.yaml");
        Path documentsFile = knowledgeBaseFolder.resolve("documents.yaml");

        Questionnaire questionnaire = YamlFileReader.read(questionnaireFile, Questionnaire.class, problems);
        PitfallsFile pitfalls = YamlFileReader.read(pitfallsFile, PitfallsFile.class, problems);
        DocumentsFile documents = YamlFileReader.read(documentsFile, DocumentsFile.class, problems);
        RuleBase rules = compile(rulesFolder, problems);
        if (!problems.isEmpty()) {
            throw new KnowledgeBaseException(problems);
        }

        new QuestionnaireCheck(questionnaireFile, problems).check(questionnaire);
        new PitfallCatalogueCheck(pitfallsFile, problems)
                .check(pitfalls.pitfalls(), documents.documents(), questionnaire.languages());
        PitfallCatalogue catalogue = new PitfallCatalogue(pitfalls.pitfalls());
        new RuleReferenceCheck(problems).check(rulesFolder, questionnaire, catalogue, rules.pitfalls());
        if (!problems.isEmpty()) {
            throw new KnowledgeBaseException(problems);
        }
        String version = ContentHash.of(List.of(rulesFolder, knowledgeBaseFolder));
        return new KnowledgeBase(version, rules, questionnaire.withYesNoOptions(), catalogue,
                documents.documents(), Instant.now());
    }

    private RuleBase compile(Path rulesFolder, List<ContentProblem> problems) {
        try {
            return compiler.compile(rulesFolder);
        } catch (RuleCompilationException e) {
            e.problems().forEach(problem ->
                    problems.add(new ContentProblem(problem.file(), problem.line(), problem.message())));
            return null;
        }
    }
}
