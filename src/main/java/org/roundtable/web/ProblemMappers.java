package org.roundtable.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.ForbiddenException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * One place that turns failures into answers: problem+json for the API and for script requests,
 * a plain GOV.UK error page for browsers. No stack trace ever leaves the server.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    ErrorPages errorPages;

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e, UriInfo uri, HttpHeaders headers) {
        Problem problem = new Problem("about:blank", "Your input has problems", 400,
                "Correct the fields named in errors and try again.", e.errors(), null);
        return wantsHtml(uri, headers) ? errorPages.page(400, "There is a problem with what was sent") : Problem.response(problem);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return invalidInput(new InvalidInputException(errors), uri, headers);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonMappingException e) {
        String field = e.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .reduce((a, b) -> a + "." + b).orElse("body");
        return Problem.response(new Problem("about:blank", "Your input has problems", 400,
                "The request body could not be read.", List.of(new FieldError(field, "This value is not valid here")), null));
    }

    // Quarkus maps this subtype itself unless the application names it too.
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e) {
        return Problem.response(new Problem("about:blank", "Your input has problems", 400,
                "The request body is not valid JSON.", List.of(new FieldError("body", "Send valid JSON")), null));
    }

    @ServerExceptionMapper
    public Response staleEdit(StaleEditException e, UriInfo uri, HttpHeaders headers) {
        if (wantsHtml(uri, headers)) {
            return errorPages.page(409, e.getMessage());
        }
        return Problem.response(new Problem("about:blank", "Changed by someone else", 409, e.getMessage(), null, e.current()));
    }

    @ServerExceptionMapper
    public Response conflict(IllegalStateChangeException e, UriInfo uri, HttpHeaders headers) {
        return wantsHtml(uri, headers) ? errorPages.page(409, "This cannot be done now", e.getMessage(),
                "Go back and reload the page to see where things stand.")
                : Problem.response(409, "Not allowed in the record's current state", e.getMessage());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundProblem e, UriInfo uri, HttpHeaders headers) {
        return wantsHtml(uri, headers) ? errorPages.page(404, null) : Problem.response(404, "Not found", e.getMessage());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri, HttpHeaders headers) {
        return wantsHtml(uri, headers) ? errorPages.page(404, null) : Problem.response(404, "Not found", null);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return wantsHtml(uri, headers) ? errorPages.page(403, null)
                : Problem.response(403, "Forbidden", "Your role or agency does not allow this.");
    }

    // A page form sent as anything but a form (text/plain from another site, JSON) is refused before it runs.
    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException e, UriInfo uri, HttpHeaders headers) {
        if (uri.getPath().startsWith("/api/")) {
            return Problem.response(415, "Unsupported Media Type", "Send the body as application/json.");
        }
        return wantsHtml(uri, headers) ? errorPages.page(415, null)
                : Problem.response(415, "Unsupported Media Type", ErrorPages.FORMS_ONLY);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        if (status < 400 || e.getResponse().hasEntity()) {
            return e.getResponse();
        }
        return wantsHtml(uri, headers) ? errorPages.page(status, null)
                : Problem.response(status, e.getResponse().getStatusInfo().getReasonPhrase(), null);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, incident %s", incident);
        return wantsHtml(uri, headers) ? errorPages.page(500, "Incident reference: " + incident)
                : Problem.response(500, "Something went wrong", "Incident reference: " + incident);
    }

    private static boolean wantsHtml(UriInfo uri, HttpHeaders headers) {
        if (uri.getPath().startsWith("/api/")) {
            return false;
        }
        return headers.getAcceptableMediaTypes().stream().anyMatch(m -> m.isCompatible(MediaType.TEXT_HTML_TYPE) && !m.isWildcardType());
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
