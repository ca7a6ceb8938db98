package org.triagegateway.forms;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * How a claim form template looks, from its {@code layout.yaml}: sections of labelled boxes in
 * rows, each box a fillable field. {@link FormTemplates} draws the template from it.
 *
 * @param declaration the words the claimant signs under, with boxes to sign and date by hand
 */
record FormLayout(String title, String intro, List<Section> sections, @Nullable String declaration) {

    record Section(String heading, @Nullable String note, List<Field> fields) {
    }

    /**
     * @param width the share of the line the box takes, 1 when not given
     * @param lines how many lines of writing the box has, 1 when not given
     */
    record Field(String name, String label, @Nullable Double width, @Nullable Integer lines) {

        double share() {
            return width == null ? 1 : width;
        }

        int rows() {
            return lines == null ? 1 : lines;
        }
    }
}
