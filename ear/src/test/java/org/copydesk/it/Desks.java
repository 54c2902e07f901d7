package org.copydesk.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.copydesk.client.ApiException;
import org.copydesk.client.api.CopyDeskApi;
import org.copydesk.client.api.SourcesApi;
import org.copydesk.client.api.SourcingApi;
import org.copydesk.client.api.StoriesApi;
import org.copydesk.client.api.WorkflowApi;
import org.copydesk.client.model.AttributionView;
import org.copydesk.client.model.Decision;
import org.copydesk.client.model.Dismissal;
import org.copydesk.client.model.FindingStatus;
import org.copydesk.client.model.FindingView;
import org.copydesk.client.model.SourceKind;
import org.copydesk.client.model.SourceView;
import org.copydesk.client.model.StoryState;
import org.copydesk.client.model.TransitionRequest;
import org.copydesk.client.model.Verification;
import org.copydesk.client.model.VerificationStatus;

/** Moves a story along the desk through the API, as the people on it would, for tests that start later. */
public final class Desks {

    private Desks() {}

    /** Imports the text as a new story (a copy on purpose when it was imported before) and answers its id. */
    public static long importCopy(String text) {
        return call(() -> new StoriesApi(Clients.as("reporter")).importStory(text, true))
                .getStory()
                .getId();
    }

    public static HttpResponse<String> move(Api as, long id, String to) {
        return move(as, id, to, null);
    }

    /** Asks for a workflow move, with the note a return or a retraction needs (null: none). */
    public static HttpResponse<String> move(Api as, long id, String to, String note) {
        var body = Json.createObjectBuilder().add("to", to);
        if (note != null) {
            body.add("note", note);
        }
        return as.postJson("stories/" + id + "/transitions", body.build().toString());
    }

    /**
     * Submits, links every attribution to a source named as proposed, verifies them, sends to the copy desk: the
     * seed's path through sourcing, on the API client generated from the OpenAPI document.
     */
    public static void toCopyDesk(long id) {
        WorkflowApi reporter = new WorkflowApi(Clients.as("reporter"));
        WorkflowApi workflow = new WorkflowApi(Clients.as("editor"));
        SourcingApi sourcing = new SourcingApi(Clients.as("editor"));
        SourcesApi sources = new SourcesApi(Clients.as("editor"));
        call(() -> reporter.moveStory(id, new TransitionRequest().to(StoryState.SOURCING_REVIEW), null));
        for (AttributionView a : call(() -> sourcing.listAttributions(id))) {
            Decision decision = new Decision()
                    .newSourceName(a.getProposedName() == null ? "Unnamed source" : a.getProposedName())
                    .newSourceKind(a.getProposedKind() == null ? SourceKind.PERSON : a.getProposedKind())
                    // asked for an anonymous source ("officials said"), ignored for any other
                    .anonymityReason("Not authorized to speak; confirmed by a second official.");
            SourceView source = call(() -> sourcing.decideAttribution(a.getId(), id, decision))
                    .getSource();
            if (source.getStatus() != VerificationStatus.VERIFIED) {
                call(() -> sources.verifySource(
                        source.getId(),
                        new Verification().status(VerificationStatus.VERIFIED).note("Checked")));
            }
        }
        call(() -> workflow.moveStory(id, new TransitionRequest().to(StoryState.COPY_EDIT), null));
    }

    /** A new story of these paragraphs, taken the whole way to PUBLISHED; answers its id. */
    public static long published(String headline, String... paragraphs) {
        long id = ready(headline, paragraphs);
        WorkflowApi editor = new WorkflowApi(Clients.as("editor"));
        call(() -> editor.moveStory(id, new TransitionRequest().to(StoryState.PUBLISHED), null));
        return id;
    }

    /** A new story of these paragraphs, taken through sourcing and the copy desk to READY; answers its id. */
    public static long ready(String headline, String... paragraphs) {
        HttpResponse<String> created = Api.as("reporter").postJson("stories", Api.story(headline, paragraphs));
        if (created.statusCode() != 201) {
            throw new AssertionError("the story was not created: " + created.statusCode() + " " + created.body());
        }
        long id = Api.json(created).getJsonNumber("id").longValue();
        toCopyDesk(id);
        signOff(id);
        return id;
    }

    /** Dismisses every open finding, signs off and publishes. */
    public static void signOffAndPublish(long id) {
        signOff(id);
        WorkflowApi editor = new WorkflowApi(Clients.as("editor"));
        call(() -> editor.moveStory(id, new TransitionRequest().to(StoryState.PUBLISHED), null));
    }

    /** Dismisses every open finding and signs off: the story is READY. */
    public static void signOff(long id) {
        CopyDeskApi desk = new CopyDeskApi(Clients.as("copyeditor"));
        for (FindingView f : call(() -> desk.listFindings(id))) {
            if (f.getStatus() == FindingStatus.OPEN) {
                call(() -> desk.dismissFinding(f.getId(), id, new Dismissal().reason("House style allows it")));
            }
        }
        WorkflowApi copyEditor = new WorkflowApi(Clients.as("copyeditor"));
        call(() -> copyEditor.moveStory(id, new TransitionRequest().to(StoryState.READY), null));
    }

    /**
     * Saves the story with one block replaced (the others sent back as they are, without their marks), as
     * {@code as}, for {@code reason}; answers the save's response.
     */
    public static HttpResponse<String> replaceBlock(Api as, long id, int index, JsonObject replacement, String reason) {
        HttpResponse<String> read = as.get("stories/" + id);
        JsonObject story = Api.json(read);
        JsonArray current = story.getJsonArray("blocks");
        JsonArrayBuilder blocks = Json.createArrayBuilder();
        for (int i = 0; i < current.size(); i++) {
            JsonObject b = current.getJsonObject(i);
            blocks.add(
                    i == index
                            ? replacement
                            : Json.createObjectBuilder()
                                    .add("key", b.getString("key"))
                                    .add("type", b.getString("type"))
                                    .add("text", b.getString("text"))
                                    .build());
        }
        String body = Json.createObjectBuilder()
                .add("headline", story.getString("headline"))
                .add("sections", story.getJsonArray("sections"))
                .add("blocks", blocks)
                .add("reason", reason)
                .build()
                .toString();
        return as.putJson("stories/" + id, read.headers().firstValue("ETag").orElseThrow(), body);
    }

    /** The index of the story's first block whose text starts with {@code prefix}, as {@code as} reads it; -1 if none. */
    public static int blockStartingWith(Api as, long id, String prefix) {
        JsonArray blocks = Api.json(as.get("stories/" + id)).getJsonArray("blocks");
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.getJsonObject(i).getString("text").startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    /** A call on the generated client that must succeed: a refusal fails the test with its problem. */
    public static <T> T call(Call<T> call) {
        try {
            return call.run();
        } catch (ApiException e) {
            throw new AssertionError(e.getCode() + " " + e.getResponseBody(), e);
        }
    }

    /** One call on the generated client. */
    @FunctionalInterface
    public interface Call<T> {
        T run() throws ApiException;
    }
}
