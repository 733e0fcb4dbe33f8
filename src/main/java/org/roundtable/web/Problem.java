package org.roundtable.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An RFC 9457 problem document. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors, Object current) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    public static Response response(int status, String title, String detail) {
        return response(new Problem("about:blank", title, status, detail, null, null));
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(PROBLEM_JSON).entity(problem).build();
    }
}
