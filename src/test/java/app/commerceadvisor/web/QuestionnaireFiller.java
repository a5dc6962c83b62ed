package app.commerceadvisor.web;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.WebElement;

/**
 * Fills in the questionnaire page as a reader would: section by section, clicking the options and typing the
 * numbers and texts of a set of answers (e.g. a scenario's from knowledge-base/scenarios), in the order the
 * questionnaire asks them, so that each follow-up question is open by the time it is answered.
 */
final class QuestionnaireFiller {

    private final Browser browser;
    private final List<String> order;

    QuestionnaireFiller(Browser browser) {
        this.browser = browser;
        this.order = given().when().get("/api/questionnaire").then().statusCode(200).extract().jsonPath()
                .getList("sections.questions.flatten().id", String.class);
    }

    /** The question ids in the order the questionnaire asks them. */
    List<String> order() {
        return order;
    }

    QuestionnaireFiller fill(Map<String, Object> answers) {
        Map<String, Object> inOrder = new LinkedHashMap<>();
        order.stream().filter(answers::containsKey).forEach(id -> inOrder.put(id, answers.get(id)));
        inOrder.forEach(this::answer);
        return this;
    }

    /** Opens the section holding a question (the page shows one section at a time). */
    QuestionnaireFiller open(String question) {
        String section = (String) browser.script(
                "return document.getElementById('question-' + arguments[0]).closest('section.step').id", question);
        browser.click(".progress a[href='#" + section + "']");
        return this;
    }

    QuestionnaireFiller answer(String question, Object value) {
        open(question);
        if (value instanceof Boolean yes) {
            browser.click("input[name='q-" + question + "'][value='" + (yes ? "yes" : "no") + "']");
        } else if (value instanceof List<?> options) {
            for (Object option : new ArrayList<>(options)) {
                browser.click("input[name='q-" + question + "'][value='" + option + "']");
            }
        } else if (browser.has("input[type=radio][name='q-" + question + "'][value='" + value + "']")) {
            browser.click("input[type=radio][name='q-" + question + "'][value='" + value + "']");
        } else {
            browser.type("#field-" + question, String.valueOf(value));
        }
        return this;
    }

    /** Whether a question's block is shown on the page. */
    boolean shown(String question) {
        WebElement block = browser.find("#question-" + question);
        return block.isDisplayed();
    }

    /** Goes to the last section and sends the form. */
    void send() {
        List<WebElement> links = browser.all(".progress a");
        links.get(links.size() - 1).click();
        browser.submit("button[data-step-submit]");
    }
}
