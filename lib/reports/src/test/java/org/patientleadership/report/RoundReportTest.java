package org.patientleadership.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.patientleadership.analysis.Perspective;
import org.patientleadership.analysis.Rater;
import org.patientleadership.analysis.RatingRound;
import org.patientleadership.assessment.Assessment;
import org.w3c.dom.Document;

/** Checks {@link RoundReport}: the agreement and perspective gap appear in both forms, and user text is escaped. */
class RoundReportTest {

    static RatingRound round(String staffName) {
        LocalDate day = LocalDate.of(2026, 5, 1);
        Assessment.Builder staff = Assessment.builder("Riverside Trust (fictional)", day);
        Assessment.Builder lead = Assessment.builder("Riverside Trust (fictional)", day);
        for (int p = 1; p <= 40; p++) {
            int base = p % 4;
            staff.rate(p, p == 17 || p == 18 || p == 23 ? 4 : base);
            lead.rate(p, p == 17 || p == 18 || p == 23 ? 1 : base);
        }
        return RatingRound.of(new Rater(staffName, Perspective.STAFF, staff.build()),
                new Rater("Patient leader", Perspective.PATIENT_LEADER, lead.build()));
    }

    @Test
    void test_html_showsAgreementAndGap() {
        RoundReport r = RoundReport.of("Riverside rating round", round("Engagement lead"));
        Document doc = Dom.parse(r.html());
        String text = doc.getDocumentElement().getTextContent();
        assertThat(text).contains("How far the raters agree").contains("Krippendorff's ordinal alpha")
                .contains("Staff rate the organisation higher than patient leaders on points 17, 18 and 23")
                .contains("weighted kappa");
        assertThat(Dom.elements(doc, "table")).hasSize(4);
        assertThat(r.gap().firstHigher()).containsExactly(17, 18, 23);
    }

    @Test
    void test_markdown_hasTheSameContent() {
        String md = RoundReport.of("Riverside rating round", round("Engagement lead")).markdown();
        assertThat(md).contains("## How far the raters agree")
                .contains("Staff rate the organisation higher than patient leaders on points 17, 18 and 23")
                .contains("| Point | Staff | Patient leaders | Gap |");
    }

    @Test
    void test_userText_isEscaped() {
        RoundReport r = RoundReport.of("Round <b>1</b>", round("<script>x</script> & co"));
        assertThat(r.html()).doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(r.markdown()).doesNotContain("<script>");
        Dom.parse(r.html());
    }

    @Test
    void test_deterministic() {
        assertThat(RoundReport.of("T", round("A")).html()).isEqualTo(RoundReport.of("T", round("A")).html());
    }
}
