package app.commerceadvisor.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Example merchants' answers for the HTTP tests, built from a healthy merchant by changing answers. */
final class Merchants {

    private Merchants() {
    }

    /** A merchant who sells through content and has the team for it: no pitfall applies. */
    static Map<String, Object> healthy() {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("products", "Handmade ceramics");
        answers.put("team-size", 6);
        answers.put("growth-levers", List.of("own-short-videos", "influencer-videos", "live-streaming"));
        answers.put("restocked-after-first-orders", true);
        answers.put("content-lead", true);
        answers.put("order-channels", List.of("own-short-videos", "influencer-collaborations"));
        answers.put("core-channel", "own-short-videos");
        return answers;
    }

    static Map<String, Object> healthyExcept(Object... questionsAndAnswers) {
        Map<String, Object> answers = healthy();
        for (int i = 0; i < questionsAndAnswers.length; i += 2) {
            answers.put((String) questionsAndAnswers[i], questionsAndAnswers[i + 1]);
        }
        return answers;
    }

    static Map<String, Object> request(String language, Map<String, Object> answers) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("participant", "shop-42");
        request.put("language", language);
        request.put("answers", answers);
        return request;
    }
}
