package org.roundtable.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
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
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * One place that turns failures into answers: problem+json for the API and for script requests,
 * a plain GOV.UK error page for browsers. No stack trace ever leaves the server.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String DATABASE_UNAVAILABLE = "The database cannot be reached; try again in a minute.";
    private static final int RETRY_AFTER_SECONDS = 60;

    @Inject
    ErrorPages errorPages;

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e, UriInfo uri, HttpHeaders headers) {
        Problem problem = new Problem("about:blank", "Your input has problems", 400,
                "Correct the fields named in errors and try again.", e.errors(), null);
        return wantsHtml(uri, headers) ? errorPages.page(400, "There is a problem with what was sent: "
                + String.join("; ", e.errors().stream().map(error -> error.field() + ": " + error.message()).toList()))
                : Problem.response(problem);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return invalidInput(new InvalidInputException(errors), uri, headers);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        return Problem.response(JsonProblems.of(e));
    }

    // Quarkus maps these subtypes itself unless the application names them too.
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response mappingJson(JsonMappingException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e) {
        return unreadableJson(e);
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
            return Problem.response(415, "Unsupported Media Type",
                    "Send the body as the media type the operation documents in /q/openapi: application/json, or text/csv for a CSV import.");
        }
        return wantsHtml(uri, headers) ? errorPages.page(415, null)
                : Problem.response(415, "Unsupported Media Type", ErrorPages.FORMS_ONLY);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        // The JSON reader wraps a body it cannot parse (overflow, bad bytes) in a bare 400: say what and where.
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json);
        }
        if (status < 400 || e.getResponse().hasEntity()) {
            return e.getResponse();
        }
        return wantsHtml(uri, headers) ? errorPages.page(status, null)
                : Problem.response(status, e.getResponse().getStatusInfo().getReasonPhrase(), null);
    }

    @ServerExceptionMapper
    public Response databaseUnreachable(JDBCConnectionException e, UriInfo uri, HttpHeaders headers) {
        return databaseUnavailable(e, uri, headers);
    }

    /** 503 with Retry-After: a passing outage, so the same request may well succeed in a minute. */
    Response databaseUnavailable(Throwable e, UriInfo uri, HttpHeaders headers) {
        LOG.warnf("The database cannot be reached: %s", e);
        Response response = wantsHtml(uri, headers)
                ? errorPages.page(503, "Sorry, the service is unavailable", DATABASE_UNAVAILABLE
                        + " If you were saving something, check whether it was saved before you send it again.", null)
                : Problem.response(503, "Service unavailable", DATABASE_UNAVAILABLE);
        return Response.fromResponse(response).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        if (DatabaseUnavailable.causedBy(e)) {
            return databaseUnavailable(e, uri, headers);
        }
        if (LostRace.isLostRace(e)) {
            return lostRace(uri, headers);
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, incident %s", incident);
        return wantsHtml(uri, headers) ? errorPages.page(500, "Incident reference: " + incident)
                : Problem.response(500, "Something went wrong", "Incident reference: " + incident);
    }

    /** Someone else's write to the same record committed first; nothing of this request was saved. */
    private Response lostRace(UriInfo uri, HttpHeaders headers) {
        LOG.debugf("Lost a race to save %s", uri.getPath());
        String detail = "Someone else saved a change to this record at the same moment, and theirs was saved first. "
                + "Nothing of yours was saved: reload to see where things stand, then make your change again if it is still needed.";
        return wantsHtml(uri, headers) ? errorPages.page(409, "This record was changed by someone else at the same moment", detail, null)
                : Problem.response(409, "Changed by someone else", detail);
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
