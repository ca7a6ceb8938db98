package org.triagegateway.audit;

import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.core.beans.BeanWrapper;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.utils.SecurityService;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.util.Optional;

/** Writes the audit entry for an {@link Audited} route once it has done its work. */
@Singleton
@InterceptorBean(Audited.class)
class AuditedInterceptor implements MethodInterceptor<Object, Object> {

    private static final String REFERENCE = "reference";

    private final AuditTrail trail;
    private final SecurityService security;
    private final HttpClientAddressResolver addresses;
    private final TransactionOperations<?> transactions;

    AuditedInterceptor(AuditTrail trail, SecurityService security, HttpClientAddressResolver addresses,
                       TransactionOperations<?> transactions) {
        this.trail = trail;
        this.security = security;
        this.addresses = addresses;
        this.transactions = transactions;
    }

    /**
     * The route's work and its audit entry in one transaction: if the entry cannot be written, the
     * change is rolled back with it, so nothing is ever done without its entry.
     */
    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        return transactions.executeWrite(status -> {
            Object result = context.proceed();
            if (result instanceof HttpResponse<?> response && response.code() >= 400) {
                return result;
            }
            Audited audited = context.synthesize(Audited.class);
            Object argument = context.getParameterValueMap().get(REFERENCE);
            String recordId = argument != null ? argument.toString() : referenceOf(result).orElse(null);
            trail.record(actor(), audited.action(), audited.record(), recordId);
            return result;
        });
    }

    private AuditTrail.Actor actor() {
        Optional<HttpRequest<Object>> request = ServerRequestContext.currentRequest();
        String address = request.map(addresses::resolve).orElse(null);
        Authentication who = security.getAuthentication()
                .orElseThrow(() -> new IllegalStateException("an audited route was reached without sign-in"));
        return AuditTrail.Actor.of(Optional.of(who), address);
    }

    private static Optional<String> referenceOf(Object result) {
        Object body = result instanceof HttpResponse<?> response ? response.body() : result;
        return body == null ? Optional.empty()
                : BeanWrapper.findWrapper(body).flatMap(w -> w.getProperty(REFERENCE, String.class));
    }
}
