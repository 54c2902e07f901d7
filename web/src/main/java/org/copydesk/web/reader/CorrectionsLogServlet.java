package org.copydesk.web.reader;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Serves the public address {@code /corrections} with the Faces page {@code /corrections.xhtml}. */
@WebServlet("/corrections")
public class CorrectionsLogServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        org.copydesk.web.reader.PublicCaching.shared(response);
        request.getRequestDispatcher("/corrections.xhtml").forward(request, response);
    }
}
