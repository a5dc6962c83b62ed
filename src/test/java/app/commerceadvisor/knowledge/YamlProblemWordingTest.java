package app.commerceadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import app.commerceadvisor.questionnaire.Questionnaire;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mistakes trainers make in YAML are reported at their line, naming the field and what it should
 * hold, or the usual cause of a syntax error; never the parser's state or a Java type.
 */
class YamlProblemWordingTest {

    @TempDir
    Path folder;

    private Path file;

    @BeforeEach
    void copyTheRealQuestionnaire() throws IOException {
        file = folder.resolve("questionnaire.yaml");
        Files.copy(Path.of("knowledge-base", "questionnaire.yaml"), file);
    }

    @Test
    void wordInsteadOfANumberNamesTheFieldAndWhatItShouldHold() throws IOException {
        replace("        max: 100000\n", "        max: lots\n");

        assertProblem(lineOf("max: lots"), "at sections[0].questions[", ".max: expected a number, found \"lots\"");
    }

    @Test
    void wordInsteadOfTrueOrFalseIsNamed() throws IOException {
        replace("        context: true\n        type: number", "        context: maybe\n        type: number");

        assertProblem(lineOf("context: maybe"), ".context: expected true or false");
    }

    @Test
    void colonInsideAnUnquotedTextIsExplained() throws IOException {
        replace("          en: Count part-time staff", "          en: Note: count part-time staff");

        assertProblem(lineOf("Note: count"), "a ': ' inside a text: put the whole text in quotes");
    }

    @Test
    void misindentedLineIsReportedAsIndentation() throws IOException {
        replace("        max: 100000\n", "      max: 100000\n");

        assertProblem(lineOf("      max: 100000"), "the indentation does not fit");
    }

    @Test
    void tabIsReportedAsATab() throws IOException {
        replace("        max: 100000\n", "\tmax: 100000\n");

        assertProblem(lineOf("\tmax"), "a tab character: indent with spaces only");
    }

    @Test
    void fieldGivenTwiceIsReported() throws IOException {
        replace("        max: 100000\n", "        max: 100000\n        max: 5000\n");

        assertProblem(lineOf("max: 5000"), "the field 'max' is given twice in the same group");
    }

    private void assertProblem(int line, String... parts) {
        List<ContentProblem> problems = new ArrayList<>();

        YamlFileReader.read(file, Questionnaire.class, problems);

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(file.toString());
            assertThat(problem.line()).isEqualTo(line);
            assertThat(problem.message()).contains(parts)
                    .doesNotContainPattern("java\\.|Double|Boolean|boolean|<block|MarkedYAML|Exception");
        });
    }

    private void replace(String old, String replacement) throws IOException {
        String content = Files.readString(file);
        assertThat(content).contains(old);
        Files.writeString(file, content.replaceFirst(java.util.regex.Pattern.quote(old),
                java.util.regex.Matcher.quoteReplacement(replacement)));
    }

    private int lineOf(String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not found");
    }
}
