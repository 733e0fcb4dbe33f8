package org.roundtable.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The CSRF filter refuses a form whose token no longer matches the browser's cookie (the page was open longer than
 * the cookie lives) with an empty 400. That reads as a broken service; this says what happened and what to do,
 * as a page for a browser and as a problem document for page scripts such as autosave.
 */
public class StaleFormPage {

    static final String TITLE = "This page was open too long to send";
    static final String DETAIL = "For your security, forms expire. Go back, copy anything you typed that you want to keep, "
            + "reload the page and send it again.";

    @Inject
    ErrorPages errorPages;

    @ServerResponseFilter
    public void explainRefusedForm(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 400 || response.hasEntity() || !"POST".equals(request.getMethod())
                || request.getMediaType() == null || !isForm(request.getMediaType())) {
            return;
        }
        boolean script = request.getHeaderString("X-Requested-With") != null
                || request.getAcceptableMediaTypes().stream().noneMatch(m -> m.isCompatible(MediaType.TEXT_HTML_TYPE) && !m.isWildcardType());
        Response explained = script ? Problem.response(400, TITLE, DETAIL) : errorPages.page(400, TITLE + ". " + DETAIL);
        response.setEntity(explained.getEntity(), null, explained.getMediaType());
        response.getHeaders().putSingle("Content-Type", explained.getMediaType());
    }

    private static boolean isForm(MediaType type) {
        return type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE) || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE);
    }
}
