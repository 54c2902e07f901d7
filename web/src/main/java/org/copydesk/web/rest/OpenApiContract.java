package org.copydesk.web.rest;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The API's error contract in the OpenAPI document, in one place instead of on 66 methods: every operation gets the
 * error answers that apply to it, each an {@code application/problem+json} body (the responses of
 * {@code META-INF/openapi.yaml}).
 *
 * <ul>
 * <li>400 where it takes a body or parameters to validate;</li>
 * <li>401 and 403 unless it is public (the health check, as in web.xml);</li>
 * <li>404 where its path names something ({@code {id}});</li>
 * <li>409 where it changes something (a state that does not allow it, a duplicate);</li>
 * <li>412 where it takes {@code If-Match}, and 428 where {@code If-Match} is required;</li>
 * <li>413 and 415 where it takes a body;</li>
 * <li>429 where the account's requests are counted (all but the public and the admin operations);</li>
 * <li>the {@code ETag} header on what a versioned read or save answers, the {@code Link} header on pages.</li>
 * </ul>
 * The lint test (OpenApiDocumentIT) holds every operation to it.
 */
public class OpenApiContract implements OASFilter {

    /** The If-Match header where a save needs it. */
    public static final String IF_MATCH_REQUIRED = "The ETag read (428 without it, 412 when stale).";
    /** The If-Match header where it may be left out. */
    public static final String IF_MATCH_OPTIONAL = "The ETag read; optional: when given, a stale one answers 412.";

    /** Paths anyone may call, without signing in (web.xml's "Public API"). */
    static final Set<String> PUBLIC = Set.of("/api/health");

    /** The examples of META-INF/openapi.yaml on the request bodies they show: operation → media type → example. */
    static final Map<String, Map<String, String>> EXAMPLES = Map.of(
            "createStory", Map.of(jakarta.ws.rs.core.MediaType.APPLICATION_JSON, "StoryWithBlocks"),
            "updateStory", Map.of(jakarta.ws.rs.core.MediaType.APPLICATION_JSON, "StoryWithBlocks"),
            "importStory", Map.of(jakarta.ws.rs.core.MediaType.TEXT_PLAIN, "ImportText"));

    /** What the query parameters mean, wherever they appear (the same name means the same thing in every list). */
    static final Map<String, String> PARAMETERS = Map.ofEntries(
            Map.entry("page", "The page to answer, counted from 0; a page answers the next one in next."),
            Map.entry("size", "Items per page, 1 to 100."),
            Map.entry("q", "Words to find."),
            Map.entry("state", "Only stories in these states; repeat it for several."),
            Map.entry("reporter", "Only stories by this reporter (a user name)."),
            Map.entry("assignee", "Only stories assigned to this user (a user name, or me)."),
            Map.entry("section", "Only stories filed in this section."),
            Map.entry("pending", "true: the proposals and readers' reports awaiting a decision, not the log."),
            Map.entry("unread", "true: only the notifications not read yet."),
            Map.entry("allowDuplicate", "true: import a story imported before as a new one (else 409 naming it)."),
            Map.entry("download", "true: as an attachment named after the story."),
            Map.entry("from", "The earlier revision's number."),
            Map.entry("to", "The later revision's number."),
            Map.entry("duplicateId", "The duplicate source that would be merged into this one."),
            Map.entry("period", "The period the figures cover: 30d, 90d (the default), 365d or all."),
            Map.entry("credit", "Who took the picture, as the caption line credits it."),
            Map.entry("alt", "What the picture shows, for readers who cannot see it."),
            Map.entry("name", "The picture's file name."));

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> complete(path, method, operation)));
    }

    private static void complete(String path, PathItem.HttpMethod method, Operation operation) {
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean body = operation.getRequestBody() != null;
        boolean named = path.contains("{");
        boolean changes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        Parameter ifMatch = parameters.stream()
                .filter(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName()))
                .findFirst()
                .orElse(null);
        parameters.stream()
                .filter(p -> p.getDescription() == null)
                .forEach(p -> p.setDescription(
                        p.getIn() == Parameter.In.PATH ? identifies(path, p.getName()) : PARAMETERS.get(p.getName())));
        APIResponses responses = operation.getResponses();
        if (body || parameters.stream().anyMatch(p -> p.getIn() != Parameter.In.PATH)) {
            refer(responses, "400", "BadRequest");
        }
        if (PUBLIC.contains(path)) {
            // one empty requirement: anyone may call it (an empty list would be dropped when WildFly writes it)
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement()));
        } else {
            refer(responses, "401", "Unauthorized");
            refer(responses, "403", "Forbidden");
            if (!path.startsWith("/api/admin/")) {
                refer(responses, "429", "TooManyRequests"); // ApiRateLimit: admin operations are not counted
            }
        }
        if (named) {
            refer(responses, "404", "NotFound");
        }
        if (changes) {
            refer(responses, "409", "Conflict");
        }
        if (ifMatch != null) {
            refer(responses, "412", "PreconditionFailed");
            if (Boolean.TRUE.equals(ifMatch.getRequired())) {
                refer(responses, "428", "PreconditionRequired");
            }
        }
        if (body) {
            refer(responses, "413", "ContentTooLarge");
            refer(responses, "415", "UnsupportedMediaType");
        }
        headers(operation, ifMatch != null);
        EXAMPLES.getOrDefault(String.valueOf(operation.getOperationId()), Map.of())
                .forEach((type, example) -> {
                    MediaType media =
                            body ? operation.getRequestBody().getContent().getMediaType(type) : null;
                    if (media != null) {
                        media.addExample(example, OASFactory.createExample().ref(example));
                    }
                });
    }

    /** What a path parameter names: {@code {storyId}} a story, {@code {id}} what the segment before it names. */
    static String identifies(String path, String name) {
        if ("number".equals(name)) {
            return "The revision's number, from 1.";
        }
        if ("username".equals(name)) {
            return "The account's username.";
        }
        String[] segments = path.split("/");
        String collection = name;
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].equals("{" + name + "}")) {
                collection = segments[i - 1];
            }
        }
        return "The " + THINGS.getOrDefault(collection, collection) + "'s id.";
    }

    /** The things the collections of the API hold, by the collection's path segment. */
    private static final Map<String, String> THINGS = Map.of(
            "stories",
            "story",
            "sources",
            "source",
            "corrections",
            "correction",
            "media",
            "picture",
            "notifications",
            "notification",
            "attributions",
            "claim",
            "findings",
            "finding",
            "notes",
            "note",
            "sections",
            "section");

    /** ETag on the answers of a versioned read or save, Link on pages. */
    private static void headers(Operation operation, boolean versioned) {
        for (Map.Entry<String, APIResponse> answer :
                operation.getResponses().getAPIResponses().entrySet()) {
            if (!answer.getKey().startsWith("2")) {
                continue;
            }
            APIResponse response = answer.getValue();
            Content content = response.getContent();
            MediaType json =
                    content == null ? null : content.getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
            String schema = json == null || json.getSchema() == null
                    ? null
                    : json.getSchema().getRef();
            if (schema != null && schema.startsWith("#/components/schemas/Page")) {
                response.addHeader("Link", OASFactory.createHeader().ref("Link"));
            }
            if (versioned || "getStory".equals(operation.getOperationId())) {
                response.addHeader("ETag", OASFactory.createHeader().ref("ETag"));
            }
        }
    }

    private static void refer(APIResponses responses, String status, String name) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(name));
        }
    }
}
