package org.roundtable.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Every API error is a {@link Problem} (see {@link ProblemMappers}), so the document says so once, here, instead of
 * in an annotation on each of the hundreds of error responses: each operation lists the errors its caller can meet
 * ({@link ErrorsToExpect}), and every 4xx and 5xx response carries the problem schema. Registered with
 * {@code mp.openapi.filter}; it runs when the document is built.
 */
public class ProblemResponses implements OASFilter {

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "400", "Invalid input: `errors` names each field and what to do about it",
            "401", "No bearer token, or an invalid or expired one",
            "403", "Your role or agency does not allow this",
            "404", "No such record, or not one for you to know about",
            "409", "A stale If-Match (`current` holds the record as saved now) or a change the record's state does not allow",
            "500", "A fault: `detail` holds an incident reference that is in the server log");

    // What SmallRye writes on the 400, 401 and 403 it adds by itself; anything else was written on purpose and stays.
    private static final Set<String> GENERATED_DESCRIPTIONS = Set.of("Bad Request", "Not Authorized", "Not Allowed");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().values()
                .forEach(operation -> describeErrors(path, item, operation)));
    }

    private static void describeErrors(String path, PathItem item, Operation operation) {
        APIResponses responses = operation.getResponses();
        for (String status : ErrorsToExpect.of(path, item, operation)) {
            if (!responses.hasAPIResponse(status)) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse());
            }
        }
        responses.getAPIResponses().forEach((status, response) -> {
            if (isError(status)) {
                asProblem(status, response);
            }
        });
        responses.setAPIResponses(new LinkedHashMap<>(new TreeMap<>(responses.getAPIResponses())));
    }

    private static void asProblem(String status, APIResponse response) {
        String description = response.getDescription();
        if (description == null || description.isBlank() || GENERATED_DESCRIPTIONS.contains(description)) {
            response.setDescription(DESCRIPTIONS.getOrDefault(status, "An error"));
        }
        response.setContent(problemContent());
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")));
    }

    private static boolean isError(String status) {
        return status.startsWith("4") || status.startsWith("5");
    }
}
