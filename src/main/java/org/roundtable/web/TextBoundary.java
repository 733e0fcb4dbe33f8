package org.roundtable.web;

import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Path parameters, query parameters and form fields pass {@link TextRules} before any resource sees them (JSON
 * bodies are checked as they are read, by {@link StrictJson}). A breach is a field error naming the parameter.
 */
public class TextBoundary {

    @ServerRequestFilter
    @WithFormRead
    public void checkText(ResteasyReactiveContainerRequestContext request) {
        List<FieldError> errors = new ArrayList<>();
        check(request.getUriInfo().getPathParameters(), errors);
        check(request.getUriInfo().getQueryParameters(), errors);
        FormData form = ((ResteasyReactiveRequestContext) request.getServerRequestContext()).getFormData();
        if (form != null) {
            for (String name : form) {
                Deque<FormValue> values = form.get(name);
                boolean bad = !TextRules.acceptable(name) || (values != null
                        && values.stream().anyMatch(v -> !v.isFileItem() && !TextRules.acceptable(v.getValue())));
                if (bad) {
                    errors.add(new FieldError(TextRules.acceptable(name) ? name : "form", TextRules.MESSAGE));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void check(Map<String, List<String>> parameters, List<FieldError> errors) {
        parameters.forEach((name, values) -> {
            if (!TextRules.acceptable(name) || values.stream().anyMatch(v -> !TextRules.acceptable(v))) {
                errors.add(new FieldError(TextRules.acceptable(name) ? name : "parameter", TextRules.MESSAGE));
            }
        });
    }
}
