package app.commerceadvisor.web;

import app.commerceadvisor.http.UnprocessableProblem;
import app.commerceadvisor.knowledge.ActiveKnowledgeBase;
import app.commerceadvisor.knowledge.ContentConfig;
import app.commerceadvisor.knowledge.ContentFiles;
import app.commerceadvisor.replay.CandidateEdit;
import app.commerceadvisor.replay.CandidatePreview;
import app.commerceadvisor.replay.PitfallChange;
import app.commerceadvisor.replay.Preview;
import app.commerceadvisor.security.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A candidate edit of one file of the content, pasted as a trainer would save it, and what it would change for the
 * assessments stored so far: the same {@link CandidatePreview} as {@code POST /api/knowledge-base/preview}, on a
 * copy of the content with that file replaced. Nothing is saved or activated, so the answer is a page, not a
 * redirect; problems of the edit are shown beside the form, the text kept.
 */
@Path("/trainer/preview")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.TRAINER)
public class TrainerPreviewPage {

    /** RFC 9110: the edit was understood but cannot be used. */
    private static final int UNPROCESSABLE = 422;

    /** The pitfalls one assessment would gain and lose. */
    public record AssessmentChange(UUID assessment, List<String> gained, List<String> lost) {
    }

    /** What the form shows: the edit as typed, its problems, and the effect once it could be replayed. */
    public record Model(List<String> files, String path, String text, boolean badPath, List<String> problems,
            Preview preview, List<AssessmentChange> assessments, Map<String, String> titles) {
        public String title(String pitfall) {
            return titles.getOrDefault(pitfall, pitfall);
        }

        public String candidateShort() {
            return PageFormats.shortVersion(preview.candidateVersion());
        }

        public String activeShort() {
            return PageFormats.shortVersion(preview.activeVersion());
        }

        /** How many changes of assessments the preview counted beyond those it lists. */
        public int unlisted() {
            return preview.pitfalls().stream()
                    .mapToInt(change -> change.gainedByUnlisted() + change.lostByUnlisted()).sum();
        }

        public int maxLength() {
            return CandidateEdit.MAX_LENGTH;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance preview(PageFrame frame, Model model);
    }

    private final CandidatePreview candidatePreview;
    private final ActiveKnowledgeBase knowledgeBase;
    private final ContentConfig content;
    private final Pages pages;

    TrainerPreviewPage(CandidatePreview candidatePreview, ActiveKnowledgeBase knowledgeBase,
            ContentConfig content, Pages pages) {
        this.candidatePreview = candidatePreview;
        this.knowledgeBase = knowledgeBase;
        this.content = content;
        this.pages = pages;
    }

    /** The empty form; {@code file} fills it with that file's text as it is on disk, to edit it. */
    @GET
    public TemplateInstance form(@QueryParam("file") String file) {
        Map<String, byte[]> files = onDisk();
        String path = file == null ? "" : file.strip();
        byte[] text = files.get(path);
        return page(new Model(editable(files), path, text == null ? "" : new String(text, StandardCharsets.UTF_8),
                false, List.of(), null, List.of(), Map.of()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response preview(@FormParam("path") String path, @FormParam("text") String text) {
        String typed = text == null ? "" : text;
        String file = path == null ? "" : path.strip();
        List<String> files = editable(onDisk());
        return CandidateEdit.of(file, typed).map(edit -> {
            try {
                Preview preview = candidatePreview.preview(edit);
                return Response.ok(page(new Model(files, file, typed, false, List.of(), preview,
                        byAssessment(preview), titles()))).build();
            } catch (UnprocessableProblem problem) {
                return Response.status(UNPROCESSABLE).entity(page(
                        new Model(files, file, typed, false, problem.problems(), null, List.of(), Map.of()))).build();
            }
        }).orElseGet(() -> Response.status(UNPROCESSABLE)
                .entity(page(new Model(files, file, typed, true, List.of(), null, List.of(), Map.of()))).build());
    }

    private TemplateInstance page(Model model) {
        PageFrame frame = pages.frame();
        return Templates.preview(frame, model).setLocale(frame.locale());
    }

    private Map<String, byte[]> onDisk() {
        return ContentFiles.read(content.rules(), content.knowledgeBase()).files();
    }

    /** The files a trainer may edit here, as they name them (rules/channels.drl). */
    private static List<String> editable(Map<String, byte[]> files) {
        return files.keySet().stream().filter(name -> CandidateEdit.of(name, "").isPresent()).sorted().toList();
    }

    private Map<String, String> titles() {
        String language = pages.language();
        Map<String, String> titles = new HashMap<>();
        knowledgeBase.require().pitfalls().all()
                .forEach(pitfall -> titles.put(pitfall.id(), pitfall.title().in(language)));
        return titles;
    }

    /** The per-pitfall lists of the preview turned around: per assessment, what it would gain and lose. */
    static List<AssessmentChange> byAssessment(Preview preview) {
        Map<UUID, List<String>> gained = new TreeMap<>();
        Map<UUID, List<String>> lost = new TreeMap<>();
        for (PitfallChange change : preview.pitfalls()) {
            change.gainedBy().forEach(id -> gained.computeIfAbsent(id, key -> new ArrayList<>()).add(change.pitfall()));
            change.lostBy().forEach(id -> lost.computeIfAbsent(id, key -> new ArrayList<>()).add(change.pitfall()));
        }
        Map<UUID, AssessmentChange> all = new TreeMap<>();
        gained.keySet().forEach(id -> all.put(id, null));
        lost.keySet().forEach(id -> all.put(id, null));
        return all.keySet().stream().map(id -> new AssessmentChange(id, gained.getOrDefault(id, List.of()),
                lost.getOrDefault(id, List.of()))).toList();
    }
}
