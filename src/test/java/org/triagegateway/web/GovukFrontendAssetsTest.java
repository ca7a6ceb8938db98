package org.triagegateway.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GovukFrontendAssetsTest {

    @Test
    void theStylesheetIsServedWithoutTheGovukTypefaceWhichIsForGovukOnly() {
        GovukFrontendAssets assets = new GovukFrontendAssets();

        String css = assets.css().body();

        assertThat(css).doesNotContain("GDS Transport").doesNotContain("/assets/fonts/")
                .contains("font-family:arial,sans-serif").contains(".govuk-button");
        assertThat(assets.css().getHeaders().get("Cache-Control")).contains("immutable");
        assertThat(assets.js().body()).contains("initAll");
    }
}
