package org.copydesk.web.rest;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.copydesk.application.StaleNoteException;
import org.copydesk.web.Problem;

/** A stale note edit or delete: 412 with the note's current ETag, like a stale story save. */
@Provider
public class NoteProblems implements ExceptionMapper<StaleNoteException> {

    @Override
    public Response toResponse(StaleNoteException e) {
        return Problem.of(
                        Response.Status.PRECONDITION_FAILED,
                        e.getMessage() + " Read it again (GET) and send "
                                + "your change with the new ETag in If-Match.",
                        List.of())
                .toResponse()
                .tag(new EntityTag(String.valueOf(e.current().version())))
                .build();
    }
}
