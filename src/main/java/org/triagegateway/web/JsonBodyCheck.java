package org.triagegateway.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Reads a JSON body token by token, building nothing, before it is bound to objects: every string
 * and field name must be {@link AcceptableText}, no list may be longer than {@link #MAX_LIST}
 * and nothing nested deeper than {@link #MAX_DEPTH}. So 100,000 children are refused at the 101st,
 * after a few microseconds, instead of after 7 s of building them. A body that is not JSON is left
 * for the binding, which says where.
 */
final class JsonBodyCheck {

    /** Twice the longest list the API accepts (capital: 50; references: 50; people: 20). */
    static final int MAX_LIST = 100;
    /** A household is 4 levels deep (people, earnings...); the rest is room for change. */
    static final int MAX_DEPTH = 16;

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();

    private JsonBodyCheck() {
    }

    static Optional<Refusal> check(byte[] body) {
        try (JsonParser parser = JSON.createParser(body)) {
            // the innermost containers first: a count of items for a list, no count for an object
            Deque<int[]> containers = new ArrayDeque<>();
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                boolean item = token != JsonToken.END_ARRAY && token != JsonToken.END_OBJECT && token != JsonToken.FIELD_NAME;
                if (item && !containers.isEmpty() && containers.peek().length == 1 && ++containers.peek()[0] > MAX_LIST) {
                    return Optional.of(new Refusal(path(parser.getParsingContext()),
                            "is beyond the longest list allowed (" + MAX_LIST + " items)"));
                }
                switch (token) {
                    case START_ARRAY -> containers.push(new int[1]);
                    case START_OBJECT -> containers.push(new int[0]);
                    case END_ARRAY, END_OBJECT -> containers.pop();
                    case FIELD_NAME, VALUE_STRING -> {
                        Optional<String> refusal = AcceptableText.refusal(parser.getText(), false);
                        if (refusal.isPresent()) {
                            return Optional.of(new Refusal(path(parser.getParsingContext()), refusal.get()));
                        }
                    }
                    default -> {
                    }
                }
            }
            return Optional.empty();
        } catch (JsonProcessingException notJson) {
            if (notJson.getOriginalMessage() != null && notJson.getOriginalMessage().contains("nesting depth")) {
                return Optional.of(new Refusal(null, "The request body is nested more than " + MAX_DEPTH + " levels deep."));
            }
            // not JSON: the binding reports it as before, with the line and column
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "people[0].name", as the validation errors name fields. */
    private static String path(JsonStreamContext context) {
        Deque<String> segments = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                segments.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.getCurrentName() != null) {
                segments.push(c.getCurrentName());
            }
        }
        StringBuilder path = new StringBuilder();
        for (String segment : segments) {
            if (path.length() > 0 && !segment.startsWith("[")) {
                path.append(".");
            }
            path.append(segment);
        }
        return path.length() > 0 ? path.toString() : null;
    }
}
