package org.triagegateway.security;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What is wrong with a new account, by field, in the words the form shows. */
public class InvalidAccountException extends RuntimeException {

    private final Map<String, String> problems = new LinkedHashMap<>();

    InvalidAccountException() {
        super("The account is not valid");
    }

    void add(String field, String problem) {
        problems.putIfAbsent(field, problem);
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw this;
        }
    }

    public Map<String, String> problems() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }
}
