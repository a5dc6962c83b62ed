package app.commerceadvisor.web;

import app.commerceadvisor.engine.RuleOutline;
import app.commerceadvisor.knowledge.ActiveKnowledgeBase;
import app.commerceadvisor.knowledge.KnowledgeBase;
import app.commerceadvisor.knowledge.KnowledgeBaseStatus;
import app.commerceadvisor.knowledge.version.StoredVersion;
import app.commerceadvisor.knowledge.version.StoredVersions;
import app.commerceadvisor.review.Feedback;
import app.commerceadvisor.review.ReviewStatistics;
import app.commerceadvisor.security.Role;
import app.commerceadvisor.trainer.ActiveCoverage;
import app.commerceadvisor.trainer.ContentCoverage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The trainer's page: the active version of the rules and knowledge base and what became of the last reload (its
 * problems as {@code file:line: message}), a reload, the check command's coverage per pitfall, how often coaches
 * disagreed with each rule, and the versions that were active. Everything comes from the services the API uses.
 */
@Path("/trainer")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.TRAINER)
public class TrainerPage {

    /** One rule coaches reviewed findings of, with the notes on its pitfall's findings. */
    public record RuleDisagreement(String rule, String where, String pitfall, String title, int reviews, int disagree,
            List<Feedback.Note> notes) {
        public double rate() {
            return reviews == 0 ? 0 : disagree / (double) reviews;
        }

        public String percent() {
            return Math.round(rate() * 100) + " %";
        }
    }

    /** A stored version as listed. */
    public record VersionRow(String version, String shortId, String firstActive, String lastActive, int rules,
            int questions, int pitfalls, boolean active) {
    }

    /** The page's content; {@code reloaded} is the outcome of the reload just made, or null. */
    public record Model(KnowledgeBaseStatus status, String shortVersion, String activeSince, String lastAttempt,
            String reloaded, ContentCoverage coverage, Map<String, String> titles,
            List<RuleDisagreement> disagreements, List<VersionRow> versions) {
        public String title(String pitfall) {
            return titles.getOrDefault(pitfall, pitfall);
        }

        public boolean refused() {
            return status.lastOutcome() == KnowledgeBaseStatus.Outcome.REFUSED;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance status(PageFrame frame, Model model);
    }

    private final ActiveKnowledgeBase knowledgeBase;
    private final ActiveCoverage coverage;
    private final ReviewStatistics reviews;
    private final StoredVersions versions;
    private final Pages pages;

    TrainerPage(ActiveKnowledgeBase knowledgeBase, ActiveCoverage coverage, ReviewStatistics reviews,
            StoredVersions versions, Pages pages) {
        this.knowledgeBase = knowledgeBase;
        this.coverage = coverage;
        this.reviews = reviews;
        this.versions = versions;
        this.pages = pages;
    }

    @GET
    public TemplateInstance status(@QueryParam("reloaded") String reloaded) {
        KnowledgeBaseStatus status = knowledgeBase.status();
        KnowledgeBase active = knowledgeBase.require();
        String language = pages.language();
        Map<String, String> titles = new HashMap<>();
        active.pitfalls().all().forEach(pitfall -> titles.put(pitfall.id(), pitfall.title().in(language)));
        List<VersionRow> rows = versions.list(status.version()).stream().map(TrainerPage::row).toList();
        String outcome = reloaded == null ? null : switch (reloaded) {
            case "activated", "unchanged", "refused" -> reloaded;
            default -> null;
        };
        Model model = new Model(status, PageFormats.shortVersion(status.version()),
                PageFormats.when(status.activeSince()), PageFormats.when(status.lastAttempt()), outcome, coverage.current(), titles,
                disagreements(active, language), rows);
        PageFrame frame = pages.frame();
        return Templates.status(frame, model).setLocale(frame.locale());
    }

    /** Loads the content on disk again, as {@code POST /api/knowledge-base/reload} does, and shows the outcome. */
    @POST
    @Path("/reload")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reload() {
        KnowledgeBaseStatus status = knowledgeBase.reload();
        return Response.seeOther(URI.create("/trainer?reloaded="
                + status.lastOutcome().name().toLowerCase(Locale.ROOT))).build();
    }

    private List<RuleDisagreement> disagreements(KnowledgeBase active, String language) {
        Map<String, String> where = new HashMap<>();
        for (RuleOutline rule : active.rules().outline()) {
            where.put(rule.name(), rule.file() + ":" + rule.line());
        }
        return reviews.feedback(language).pitfalls().stream()
                .flatMap(pitfall -> pitfall.rules().stream().map(rule -> new RuleDisagreement(rule.rule(),
                        where.get(rule.rule()), pitfall.pitfall(), pitfall.title(), rule.reviews(), rule.disagree(),
                        pitfall.notes())))
                .sorted(Comparator.comparingDouble(RuleDisagreement::rate).reversed()
                        .thenComparing(Comparator.comparingInt(RuleDisagreement::reviews).reversed())
                        .thenComparing(RuleDisagreement::rule))
                .toList();
    }

    private static VersionRow row(StoredVersion version) {
        return new VersionRow(version.version(), PageFormats.shortVersion(version.version()),
                PageFormats.when(version.firstActivatedAt()), PageFormats.when(version.lastActivatedAt()), version.rules(), version.questions(), version.pitfalls(),
                version.active());
    }
}
