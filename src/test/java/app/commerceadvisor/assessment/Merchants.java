package app.commerceadvisor.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Example merchants' answers for the HTTP tests, built from a healthy merchant by changing answers. */
final class Merchants {

    private Merchants() {
    }

    /**
     * A merchant who sells through content, has the team and the supply chain for it, and answers every
     * question but the stage (so that no stage advice appears either): no pitfall applies.
     */
    static Map<String, Object> healthy() {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("products", "Handmade ceramics");
        answers.put("product-category", "home");
        answers.put("team-size", 6);
        answers.put("gross-margin", 45);
        answers.put("sku-count", 12);
        answers.put("sales-trend", "growing");
        answers.put("seller-is-creator", false);
        answers.put("growth-levers", List.of("own-short-videos", "influencer-videos", "live-streaming"));
        answers.put("winning-factor", "content-sparks-interest");
        answers.put("restocked-after-first-orders", true);
        answers.put("platform-rules-known", "well");
        answers.put("rule-penalties", false);
        answers.put("account-position", "clear");
        answers.put("content-lead", true);
        answers.put("team-roles", List.of("store-operations", "video-production", "live-host", "customer-service"));
        answers.put("founder-content-role", "leads");
        answers.put("founder-learning", "systematic-study");
        answers.put("content-focus", "buyer-scenes");
        answers.put("content-planning", "planned");
        answers.put("high-views-no-sales", true);
        answers.put("views-without-sales-explained", true);
        answers.put("success-repeated", "repeated");
        answers.put("team-structure-changed", "adapted");
        answers.put("order-channels", List.of("own-short-videos", "influencer-collaborations", "live-streaming"));
        answers.put("core-channel", "own-short-videos");
        answers.put("live-warm-up", true);
        answers.put("live-setup", "planned-studio");
        answers.put("paid-order-share", 20);
        answers.put("boosts-winning-videos", true);
        answers.put("sales-rhythm", "base-and-spikes");
        answers.put("influencer-share", "some");
        answers.put("influencer-commission", 15);
        answers.put("outsourced", List.of("nothing"));
        answers.put("big-event-planned", true);
        answers.put("spike-capacity", "yes");
        answers.put("supplier-stability", "stable");
        answers.put("platform-deadlines", "always-met");
        answers.put("customer-service", "dedicated");
        answers.put("selling-points", "clear-and-tested");
        answers.put("repeat-buyer-work", "systematic");
        answers.put("tracked-figures", List.of("gmv", "conversion", "after-sales", "audience", "followers"));
        answers.put("brand-assets", "some");
        return answers;
    }

    /** The healthy merchant with some answers changed; {@code null} leaves a question blank. */
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
