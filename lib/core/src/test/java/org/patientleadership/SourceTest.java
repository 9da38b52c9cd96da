package org.patientleadership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SourceTest {

    @Test
    void test_toString_and_parse_roundTrip() {
        Source s = Source.guide("point 6, framework chart");
        assertThat(s).hasToString("guide, point 6, framework chart");
        assertThat(Source.parse(s.toString())).isEqualTo(s);
    }

    @Test
    void test_parse_bad() {
        assertThatThrownBy(() -> Source.parse("guide point 6"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected 'document-id, locator'");
        assertThatThrownBy(() -> Source.parse("gide, point 6"))
                .isInstanceOf(UnknownElementException.class).hasMessageContaining("guide, event-report");
        assertThatThrownBy(() -> Source.parse("guide,  "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("locator must not be blank");
    }

    @Test
    void test_of_nulls() {
        assertThatThrownBy(() -> Source.of(null, "p"))
                .isInstanceOf(NullPointerException.class).hasMessage("document");
    }

    @Test
    void test_documents_seedsAndOthers() {
        assertThat(SourceDocument.GUIDE.seedNumber()).contains("001");
        assertThat(SourceDocument.ARNSTEIN_1969.seedNumber()).isEmpty();
        assertThat(SourceDocument.of("scie-2013")).isEqualTo(SourceDocument.SCIE_2013);
        long seeds = java.util.Arrays.stream(SourceDocument.values()).filter(SourceDocument::isSeed).count();
        assertThat(seeds).isEqualTo(5);
    }
}
