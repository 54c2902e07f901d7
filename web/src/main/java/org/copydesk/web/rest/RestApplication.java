package org.copydesk.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The API's root, {@code /copydesk/api}. Its OpenAPI document is served at {@code /openapi}. */
@ApplicationPath("api")
public class RestApplication extends Application {}
