package org.copydesk.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.TreeSet;
import org.copydesk.application.CopyDeskService;
import org.copydesk.application.FindingView;
import org.copydesk.web.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/dictionary}: the newsroom dictionary of names and words that are never misspellings. */
@Tag(name = "Dictionary")
@Path("dictionary")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"REPORTER", "EDITOR", "COPY_EDITOR", "ADMIN"})
public class DictionaryResource {

    /** A word to add, and the story whose findings are checked again. */
    public record NewWord(@NotBlank @Size(max = 100) String word, @NotNull Long storyId) {}

    @Inject
    CopyDeskService desk;

    @Inject
    CurrentUser user;

    @Operation(
            operationId = "listDictionaryWords",
            summary = "List the newsroom's own spellings",
            description = "The words the copy check accepts as the newsroom spells them, added by copy editors "
                    + "and admins.")
    @GET
    public List<String> words() {
        return List.copyOf(new TreeSet<>(desk.dictionary()));
    }

    @Operation(
            operationId = "addDictionaryWord",
            summary = "Add a spelling to the dictionary",
            description = "Adds a word the copy check should accept (copy editors, admins).")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"COPY_EDITOR", "ADMIN"})
    public List<FindingView> add(@Valid @NotNull NewWord word) {
        return desk.addToDictionary(word.storyId(), word.word(), user.actor());
    }
}
