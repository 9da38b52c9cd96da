package org.patientleadership.coproduction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.patientleadership.Source;
import org.patientleadership.SourceDocument;
import org.patientleadership.UnknownElementException;

class ValueSetsTest {

    @Test
    void test_sets_andTheirSizes() {
        assertThat(ValueSets.all()).extracting(ValueSet::id).containsExactly("value-set.copenhagen-2023",
                "value-set.nef-2010", "value-set.nhs-england-2020", "value-set.involve-2018", "value-set.scie-2013",
                "value-set.event-themes", "value-set.nhs-england-2022", "value-set.uk-standards-2019");
        assertThat(ValueSets.all()).extracting(s -> s.principles().size()).containsExactly(5, 6, 18, 5, 4, 7, 10,
                6);
    }

    @Test
    void test_nhsEngland2022_tenPrinciples_inGuidanceOrder() {
        ValueSet set = ValueSets.NHS_ENGLAND_2022;
        assertThat(set.isFromSeeds()).isFalse();
        assertThat(set.principles()).hasSize(10);
        assertThat(set.principle(1).displayName()).isEqualTo("Voices at the centre");
        assertThat(set.principle(2).displayName()).isEqualTo("Start early and feed back");
        assertThat(set.principle(5).displayName()).isEqualTo("Healthwatch and the VCSE sector as partners");
        assertThat(set.principle(10).displayName()).isEqualTo("Learn and build on assets");
        for (Principle p : set.principles()) {
            assertThat(p.source().document()).isEqualTo(SourceDocument.NHS_ENGLAND_2022);
            assertThat(p.source().locator()).endsWith("principle " + p.number());
        }
    }

    @Test
    void test_ukStandards_sixStandards_eachWithQuestions() {
        ValueSet set = ValueSets.UK_STANDARDS_2019;
        assertThat(set.principles()).extracting(Principle::displayName).containsExactly("Inclusive opportunities",
                "Working together", "Support and learning", "Communications", "Impact", "Governance");
        for (Principle p : set.principles()) {
            List<ReflectiveQuestion> questions = ValueSets.questions(p);
            assertThat(questions).as(p.displayName()).isNotEmpty();
            assertThat(questions).extracting(ReflectiveQuestion::number)
                    .isEqualTo(java.util.stream.IntStream.rangeClosed(1, questions.size()).boxed().toList());
            assertThat(questions).allSatisfy(q -> {
                assertThat(q.principle()).isEqualTo(p.id());
                assertThat(q.id()).startsWith(p.id() + ".question-");
                assertThat(q.description()).endsWith("?");
                assertThat(q.source().document()).isEqualTo(SourceDocument.UK_STANDARDS_2019);
            });
        }
        assertThat(ValueSets.questions(ValueSets.NEF_2010.principle(1))).isEmpty();
        assertThat(ValueSets.questions()).hasSize(12);
        assertThatThrownBy(() -> ValueSets.questions(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("principle");
    }

    @Test
    void test_reflectiveQuestion_validation() {
        Source s = Source.guide("point 1");
        assertThatThrownBy(() -> new ReflectiveQuestion("x.q", 0, "x.p", "Q", "Why?", s))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("question number");
        assertThatThrownBy(() -> new ReflectiveQuestion("x.q", 1, "x.p", "Q", " ", s))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("description");
    }

    @Test
    void test_alwaysEvents_andFeedbackLoop() {
        assertThat(AlwaysEventsStage.values()).extracting(AlwaysEventsStage::number).containsExactly(1, 2, 3, 4, 5);
        assertThat(AlwaysEventsStage.of("always-events.testing-and-measuring"))
                .isEqualTo(AlwaysEventsStage.TESTING_AND_MEASURING);
        assertThat(AlwaysEventsStage.GETTING_READY.next()).contains(AlwaysEventsStage.FINDING_OUT_WHAT_MATTERS);
        assertThat(AlwaysEventsStage.SPREADING_AND_SUSTAINING.next()).isEmpty();
        assertThatThrownBy(() -> AlwaysEventsStage.of(6)).isInstanceOf(UnknownElementException.class)
                .hasMessageContaining("1 to 5");
        assertThat(FeedbackLoop.YOU_SAID_WE_DID.id()).isEqualTo("feedback-loop.you-said-we-did");
        assertThat(FeedbackLoop.YOU_SAID_WE_DID.steps()).extracting(FeedbackStep::displayName)
                .containsExactly("You said", "We will do", "We did");
        assertThat(FeedbackStep.WE_WILL_DO.source().document()).isEqualTo(SourceDocument.COPRODUCTION_SLIDES);
        assertThat(FeedbackStep.of(3).previous()).contains(FeedbackStep.WE_WILL_DO);
    }

    @Test
    void test_copenhagenPrinciples_inSlideOrder() {
        assertThat(ValueSets.COPENHAGEN_2023.principles()).extracting(Principle::displayName)
                .containsExactly("Assets", "Catalysts", "Mutuality", "Networks", "Blur roles");
        assertThat(ValueSets.COPENHAGEN_2023.isFromSeeds()).isTrue();
    }

    @Test
    void test_outsideTheSeeds_isFlagged() {
        assertThat(ValueSets.NEF_2010.isFromSeeds()).isFalse();
        assertThat(ValueSets.INVOLVE_2018.isFromSeeds()).isFalse();
        assertThat(ValueSets.SCIE_2013.isFromSeeds()).isFalse();
        assertThat(ValueSets.NHS_ENGLAND_2020.isFromSeeds()).isTrue();
        assertThat(ValueSets.NHS_ENGLAND_2020.source().document()).isEqualTo(SourceDocument.COPRODUCTION_SLIDES);
    }

    @Test
    void test_lookUps() {
        assertThat(ValueSets.of("value-set.scie-2013")).isSameAs(ValueSets.SCIE_2013);
        assertThat(ValueSets.SCIE_2013.principle(4).displayName()).isEqualTo("Reciprocity");
        assertThat(ValueSets.NEF_2010.findPrinciple("nef-2010.catalysts")).isPresent();
        assertThatThrownBy(() -> ValueSets.of("value-set.unknown"))
                .isInstanceOf(UnknownElementException.class).hasMessageContaining("value-set.nef-2010");
        assertThatThrownBy(() -> ValueSets.SCIE_2013.principle(5))
                .isInstanceOf(UnknownElementException.class).hasMessageContaining("1 to 4");
    }

    @Test
    void test_valueSet_validation() {
        Source s = Source.guide("point 1");
        Principle one = new Principle("x.one", 1, "One", "First.", s);
        Principle two = new Principle("x.two", 2, "Two", "Second.", s);
        assertThat(new ValueSet("value-set.x", "X", "A set.", s, List.of(one, two)).principles()).hasSize(2);
        assertThatThrownBy(() -> new ValueSet("value-set.x", "X", "A set.", s, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
        assertThatThrownBy(() -> new ValueSet("value-set.x", "X", "A set.", s, List.of(two, one)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("numbered 2 at position 1");
        assertThatThrownBy(() -> new ValueSet("value-set.x", "", "A set.", s, List.of(one)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("displayName must not be blank");
        assertThatThrownBy(() -> new Principle("x.one", 0, "One", "First.", s))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("principle number: 0");
    }

    @Test
    void test_coDesignStages_sixInOrder() {
        assertThat(Arrays.stream(CoDesignStage.values()).map(CoDesignStage::displayName)).containsExactly(
                "Set up and planning", "Staff and leadership focus group", "Patient and/or family focus group",
                "Co-design meeting", "Co-design workgroup", "Celebration Event");
        assertThat(CoDesignStage.of(4)).isEqualTo(CoDesignStage.CO_DESIGN_MEETING);
        assertThat(CoDesignStage.CELEBRATION_EVENT.next()).isEmpty();
    }
}
