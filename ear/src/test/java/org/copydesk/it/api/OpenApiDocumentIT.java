package org.copydesk.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.copydesk.it.Api;
import org.copydesk.it.ServerUrls;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document WildFly serves at /openapi, as a partner would take it: valid OpenAPI 3.1, every operation
 * named, described, secured and with its errors, and the same operations as the build-time document the tests'
 * client is generated from (so the client and the tests that use it speak for the served document).
 */
class OpenApiDocumentIT extends ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    /** The context root WildFly puts in front of every path it serves. */
    private static final String CONTEXT_ROOT = "/copydesk";

    private static String served;
    private static JsonNode document;

    @BeforeAll
    static void read() throws IOException {
        HttpResponse<String> response = Api.anonymous()
                .get(ServerUrls.base().resolve("/openapi?format=JSON").toString());
        assertEquals(200, response.statusCode(), "the document needs no sign-in");
        served = response.body();
        document = JSON.readTree(served);
    }

    @Test
    void isValidOpenApi() {
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(served, null, null);
        assertEquals(List.of(), parsed.getMessages() == null ? List.of() : parsed.getMessages());
        assertTrue(
                document.path("openapi").asText().startsWith("3.1"),
                document.path("openapi").asText());
    }

    @Test
    void saysWhoToAskUnderWhichLicenceWhereAndHowToSignIn() {
        JsonNode info = document.path("info");
        assertFalse(info.path("contact").path("name").asText().isBlank(), info.toString());
        assertFalse(info.path("license").path("name").asText().isBlank(), info.toString());
        assertFalse(info.path("description").asText().isBlank());
        assertTrue(document.path("servers").size() > 0, "servers");
        assertEquals(
                "http", document.at("/components/securitySchemes/basic/type").asText());
        assertEquals(
                "basic", document.at("/components/securitySchemes/basic/scheme").asText());
        assertEquals("basic", document.at("/security/0").fieldNames().next());
    }

    /**
     * The lint rules: no operation without an operationId that reads as a method name (unique), a summary, a
     * description, its parameters described, a declared tag, security (the health check alone is public) and its
     * 4xx answers, each an application/problem+json body.
     */
    @Test
    void everyOperationIsNamedDescribedSecuredAndSaysItsErrors() {
        Set<String> tags = new HashSet<>();
        document.path("tags").forEach(t -> tags.add(t.path("name").asText()));
        Set<String> ids = new HashSet<>();
        List<String> wrong = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : fields(document.path("paths"))) {
            for (Map.Entry<String, JsonNode> method : fields(path.getValue())) {
                if (!METHODS.contains(method.getKey())) {
                    continue;
                }
                operations++;
                JsonNode op = method.getValue();
                String where = method.getKey().toUpperCase() + " " + path.getKey();
                String id = op.path("operationId").asText();
                if (!id.matches("[a-z][A-Za-z]+") || !ids.add(id)) {
                    wrong.add(where + ": operationId '" + id + "' missing, not a method name, or taken");
                }
                if (op.path("summary").asText().isBlank()
                        || op.path("description").asText().isBlank()) {
                    wrong.add(where + ": no summary or description");
                }
                op.path("parameters").forEach(p -> {
                    if (p.path("description").asText().isBlank()) {
                        wrong.add(where + ": parameter " + p.path("name").asText() + " not described");
                    }
                });
                if (op.path("tags").isEmpty()
                        || !tags.contains(op.path("tags").get(0).asText())) {
                    wrong.add(where + ": no declared tag");
                }
                // public: one empty requirement ("security": [{}]), anyone may call it
                boolean open = op.path("security").size() == 1
                        && op.path("security").get(0).isEmpty();
                if (open != path.getKey().equals(CONTEXT_ROOT + "/api/health")) {
                    wrong.add(where + ": public, or not, against web.xml");
                }
                List<String> errors = new ArrayList<>();
                fields(op.path("responses")).forEach(r -> {
                    if (r.getKey().startsWith("4")) {
                        errors.add(r.getKey());
                        JsonNode answer = resolve(r.getValue());
                        if (!answer.path("content").has("application/problem+json")) {
                            wrong.add(where + ": " + r.getKey() + " is not application/problem+json");
                        }
                    }
                });
                if (errors.isEmpty() && !open) {
                    wrong.add(where + ": no 4xx answer");
                }
                if (!open && !(errors.contains("401") && errors.contains("403"))) {
                    wrong.add(where + ": 401 and 403 not described");
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(operations >= 60, "operations: " + operations);
    }

    /**
     * The document the tests' client is generated from (written at build time by the web module) describes the same
     * operations, bodies and errors as the one the server serves; only the paths differ, by the context root.
     */
    @Test
    void theServedDocumentIsTheOneTheClientWasGeneratedFrom() throws IOException {
        JsonNode built = JSON.readTree(Files.readString(Path.of("target", "openapi", "openapi.json")));
        ObjectNode servedPaths = JSON.createObjectNode();
        fields(document.path("paths")).forEach(p -> {
            assertTrue(p.getKey().startsWith(CONTEXT_ROOT + "/"), p.getKey());
            servedPaths.set(p.getKey().substring(CONTEXT_ROOT.length()), p.getValue());
        });
        assertEquals(new TreeSet<>(names(built.path("paths"))), new TreeSet<>(names(servedPaths)));
        List<String> differ = new ArrayList<>();
        fields(built.path("paths")).forEach(p -> {
            if (!p.getValue().equals(servedPaths.path(p.getKey()))) {
                differ.add(p.getKey());
            }
        });
        fields(built.path("components").path("schemas")).forEach(s -> {
            if (!s.getValue().equals(document.path("components").path("schemas").path(s.getKey()))) {
                differ.add("schema " + s.getKey());
            }
        });
        assertEquals(List.of(), differ);
        assertEquals(
                names(built.path("components").path("schemas")),
                names(document.path("components").path("schemas")));
    }

    private static JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asText();
        return ref.startsWith("#/") ? document.at(ref.substring(1)) : node;
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<Map.Entry<String, JsonNode>> fields(JsonNode object) {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }
}
