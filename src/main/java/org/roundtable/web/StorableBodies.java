package org.roundtable.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;

/** Every JSON body, once read, is checked against its declared limits before any resource method sees it (drafts excepted: see KeptAsTyped). */
@Provider
public class StorableBodies implements ReaderInterceptor {

    @Inject
    Checks checks;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object body = context.proceed();
        if (body != null && !body.getClass().isAnnotationPresent(KeptAsTyped.class)) {
            checks.storable(body);
        }
        return body;
    }
}
