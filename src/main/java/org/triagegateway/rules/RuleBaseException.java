package org.triagegateway.rules;

/** The rule base or its parameters are wrong: a fault for the rules team, never for the claimant. */
public class RuleBaseException extends RuntimeException {

    public RuleBaseException(String message) {
        super(message);
    }

    public RuleBaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
