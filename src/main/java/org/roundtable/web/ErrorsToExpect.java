package org.roundtable.web;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * The error statuses any caller of an API operation can meet, read from the operation's shape: every operation is
 * signed in and role-checked and can fail; input can be invalid; a record named in the path can be missing; a
 * versioned edit can be stale. Errors particular to one operation (an illegal state change) are declared on it.
 */
final class ErrorsToExpect {

    private ErrorsToExpect() {
    }

    static List<String> of(String path, PathItem item, Operation operation) {
        List<String> statuses = new ArrayList<>(List.of("401", "403", "500"));
        if (operation.getRequestBody() != null || hasParameters(item.getParameters()) || hasParameters(operation.getParameters())) {
            statuses.add("400");
        }
        if (path.contains("{")) {
            statuses.add("404");
        }
        if (hasIfMatch(operation)) {
            statuses.add("409");
        }
        return statuses;
    }

    private static boolean hasParameters(List<Parameter> parameters) {
        return parameters != null && !parameters.isEmpty();
    }

    private static boolean hasIfMatch(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName()));
    }
}
