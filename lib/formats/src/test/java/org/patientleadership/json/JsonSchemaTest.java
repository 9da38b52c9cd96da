package org.patientleadership.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.patientleadership.InvalidInputException;
import org.patientleadership.analysis.Perspective;
import org.patientleadership.analysis.Rater;
import org.patientleadership.analysis.RatingRound;
import org.patientleadership.assessment.Answer;
import org.patientleadership.assessment.Assessment;
import org.patientleadership.assessment.AssessmentResult;
import org.patientleadership.assessment.Band;
import org.patientleadership.assessment.BandScheme;
import org.patientleadership.assessment.Horizon;
import org.patientleadership.assessment.Plan;
import org.patientleadership.assessment.PlanRequest;
import org.patientleadership.assessment.Planner;
import org.patientleadership.assessment.Priority;
import org.patientleadership.assessment.PriorityFactor;
import org.patientleadership.assessment.RatingLevel;
import org.patientleadership.assessment.RatingScale;
import org.patientleadership.assessment.Score;
import org.patientleadership.assessment.ScoringOptions;
import org.patientleadership.checklist.Checklist;
import org.patientleadership.checklist.ChecklistPoint;
import org.patientleadership.checklist.Section;
import org.patientleadership.ladder.EngagementLevel;
import org.patientleadership.ladder.Ladder;
import org.patientleadership.ladder.Rung;
import org.patientleadership.placement.Activity;
import org.patientleadership.placement.Initiator;
import org.patientleadership.placement.Placements;
import org.patientleadership.placement.Placer;
import org.patientleadership.placement.PowerSharing;
import org.patientleadership.placement.Restriction;
import org.patientleadership.profile.AttributeRating;
import org.patientleadership.profile.Profile;
import org.patientleadership.profile.ProfileAnswers;
import org.patientleadership.profile.ProfileRules;
import org.patientleadership.profile.Profiler;
import org.patientleadership.roles.ConnectionLevel;
import org.patientleadership.roles.DevelopmentStage;
import org.patientleadership.roles.ExampleRole;
import org.patientleadership.roles.LeadershipAttribute;
import org.patientleadership.roles.RoleType;

/**
 * Checks the JSON Schemas in {@code docs/schema/} against what {@link JsonFormat} writes and reads: every
 * sample document validates, documents the reader refuses are refused by the schemas too, and the schemas list
 * exactly the catalogue's ids.
 */
class JsonSchemaTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 31);

    // ------------------------------------------------------------------ samples

    static List<Assessment> assessments() {
        RatingScale wide = new RatingScale("wide-steps", "Wide steps", List.of(
                new RatingLevel(-5, "behind", "behind", "Less than nothing is in place."),
                new RatingLevel(0, "none", "none", "Nothing is in place."),
                new RatingLevel(2500, "some", "some", "Some of it is in place."),
                new RatingLevel(100_000, "all", "all", "All of it is in place.")));
        Assessment.Builder full = Assessment.builder("Lakeside Health Board (fictional)", DAY)
                .assessorRoles("Chair", "Patient leader", "Head of engagement");
        for (ChecklistPoint p : Checklist.points()) {
            if (p.number() % 7 == 0) {
                full.add(Answer.notApplicable(p.number()).withEvidence("Not our remit, see note " + p.number()));
            } else {
                full.rate(p.number(), p.number() % 5, "Minutes of meeting " + p.number());
            }
        }
        Assessment.Builder allNotApplicable = Assessment.builder("Nowhere Trust (fictional)", DAY);
        Checklist.points().forEach(p -> allNotApplicable.notApplicable(p.number()));
        return List.of(
                JsonFormatTest.assessment(),
                Assessment.builder("Hillside Practice (fictional)", LocalDate.of(1999, 12, 31)).build(),
                full.build(),
                allNotApplicable.build(),
                Assessment.builder("Wide Scale Trust (fictional)", LocalDate.of(10_000, 1, 1)).scale(wide)
                        .rate(1, -5).rate(2, 0).rate(3, 2500).rate(4, 100_000, "Audit").notApplicable(5).build(),
                Assessment.builder("Yes/No Group (fictional)", LocalDate.of(-44, 3, 15))
                        .scale(new RatingScale("yes-no", "Yes or no", List.of(
                                new RatingLevel(0, "no", "no", "Not done."),
                                new RatingLevel(1, "yes", "yes", "Done."))))
                        .rate(40, 1).rate(39, 0).build());
    }

    static List<AssessmentResult> results() {
        List<AssessmentResult> results = new ArrayList<>();
        assessments().forEach(a -> results.add(AssessmentResult.of(a)));
        BandScheme three = new BandScheme("three-bands", "Three bands", "A test scheme", List.of(
                new Band("low", "Low", 0), new Band("middle", "Middle", 33.3), new Band("high", "High", 66.6)));
        ScoringOptions weighted = ScoringOptions.DEFAULT.withMinimumCoverage(1).withBands(three)
                .withPointWeight(1, 3.5).withPointWeight(12, 0.001).withPointWeight(40, 1000);
        results.add(AssessmentResult.of(assessments().get(2), weighted, 40));
        results.add(AssessmentResult.of(assessments().get(0), ScoringOptions.DEFAULT.withMinimumCoverage(0), 0));
        return results;
    }

    static List<Activity> activities() {
        return List.of(
                JsonFormatTest.activity(),
                Activity.of("Bare activity", EngagementLevel.INDIVIDUAL, Initiator.ORGANISATION),
                new Activity("Everything shared", EngagementLevel.COLLECTIVE, Initiator.PATIENTS,
                        EnumSet.allOf(PowerSharing.class), Set.of()),
                new Activity("Show of involvement", EngagementLevel.COLLECTIVE, Initiator.ORGANISATION, Set.of(),
                        EnumSet.allOf(Restriction.class)),
                new Activity("\u00a0", EngagementLevel.INDIVIDUAL, Initiator.JOINT,
                        Set.of(PowerSharing.CO_DELIVERED), Set.of(Restriction.PATIENTS_REQUIRED_TO_ATTEND)),
                Activity.of("Budget held \"by patients\" \u2014 \u00e9t\u00e9 \ud83d\ude00", EngagementLevel.COLLECTIVE,
                        Initiator.JOINT, PowerSharing.PATIENTS_HOLD_BUDGET, PowerSharing.PATIENTS_CONTROL));
    }

    static List<Placements> placements() {
        return activities().stream().map(Placer::place).toList();
    }

    static List<ProfileAnswers> profileAnswers() {
        ProfileAnswers.Builder full = ProfileAnswers.builder("Respondent 40");
        for (RoleType type : RoleType.values()) {
            full.connection(type, ConnectionLevel.values()[type.ordinal() % 5]);
            full.holds(type);
        }
        for (LeadershipAttribute a : LeadershipAttribute.values()) {
            full.rate(a, AttributeRating.values()[a.ordinal() % 5]);
        }
        RoleType.allExampleRoles().forEach(full::holds);
        ProfileAnswers.Builder strong = ProfileAnswers.builder("Respondent 7").connection(RoleType.PEER_SUPPORTER, 4);
        for (LeadershipAttribute a : LeadershipAttribute.values()) {
            strong.rate(a, AttributeRating.STRONG);
        }
        return List.of(JsonFormatTest.answers(), ProfileAnswers.builder("Respondent 1").build(), full.build(),
                strong.build());
    }

    static List<Profile> profiles() {
        List<Profile> profiles = new ArrayList<>();
        profileAnswers().forEach(a -> profiles.add(Profiler.profile(a)));
        profiles.add(Profiler.profile(profileAnswers().get(2), ProfileRules.standard().withFitThreshold(0)
                .withGrowBelow(AttributeRating.STRONG)));
        return profiles;
    }

    static List<RatingRound> rounds() {
        List<Assessment> a = assessments().stream().filter(x -> x.scale().equals(RatingScale.MATURITY)).toList();
        List<RatingRound> rounds = new ArrayList<>();
        rounds.add(RatingRound.of(new Rater("Only rater", Perspective.STAFF, a.get(0))));
        List<Rater> raters = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            Assessment same = new Assessment(a.get(0).organisation(), a.get(i).date(), a.get(i).assessorRoles(),
                    a.get(i).scale(), a.get(i).answers());
            raters.add(new Rater("Rater " + (i + 1), Perspective.values()[i % Perspective.values().length], same));
        }
        rounds.add(new RatingRound(raters));
        rounds.add(new RatingRound(raters.subList(0, 2)));
        return rounds;
    }

    static List<Plan> plans() {
        List<Plan> plans = new ArrayList<>();
        assessments().forEach(a -> plans.add(Planner.plan(a)));
        Assessment a = assessments().get(2);
        Assessment earlier = new Assessment(a.organisation(), a.date().minusYears(1), List.of(), a.scale(),
                a.answers().stream().filter(x -> !x.isNotApplicable()).map(x -> Answer.rated(x.point(),
                        a.scale().max())).toList());
        plans.add(Planner.plan(PlanRequest.of(a).withEarlier(earlier).withFocus(1, 2).withSkip(3, 40)));
        return plans;
    }

    static Stream<Named<Object>> samples() {
        List<Named<Object>> all = new ArrayList<>();
        List<List<?>> lists = List.of(assessments(), results(), activities(), placements(), profileAnswers(),
                profiles(), rounds(), plans());
        for (List<?> list : lists) {
            for (int i = 0; i < list.size(); i++) {
                Object value = list.get(i);
                all.add(Named.of(value.getClass().getSimpleName() + " " + (i + 1), value));
            }
        }
        return all.stream();
    }

    @Test
    void samples_coverTheEdgeCases() {
        assertThat(assessments()).anySatisfy(a -> assertThat(a.answers()).isEmpty())
                .anySatisfy(a -> assertThat(a.answers()).allMatch(Answer::isNotApplicable).hasSize(40))
                .anySatisfy(a -> assertThat(a.scale()).isNotEqualTo(RatingScale.MATURITY));
        assertThat(results()).anySatisfy(r -> assertThat(r.scores().overall().value()).isEmpty())
                .anySatisfy(r -> assertThat(r.scores().sections().values()).anyMatch(s -> s.value().isPresent())
                        .anyMatch(s -> s.value().isEmpty()))
                .anySatisfy(r -> assertThat(r.recommendations()).isEmpty())
                .anySatisfy(r -> assertThat(r.recommendations()).hasSizeGreaterThan(10));
        assertThat(activities()).anySatisfy(a -> assertThat(a.sharing()).isEmpty());
        assertThat(placements()).anySatisfy(p -> assertThat(p.all()).anyMatch(x -> x.nextStep().isEmpty()))
                .anySatisfy(p -> assertThat(p.all()).anyMatch(x -> x.nextStep().isPresent()));
        assertThat(profiles()).anySatisfy(p -> assertThat(p.growth()).isEmpty())
                .anySatisfy(p -> assertThat(p.growth()).isNotEmpty())
                .anySatisfy(p -> assertThat(p.unrated()).hasSize(LeadershipAttribute.values().length))
                .anySatisfy(p -> assertThat(p.answers().exampleRolesHeld()).isNotEmpty());
        assertThat(plans()).anySatisfy(p -> assertThat(p.items()).isEmpty())
                .anySatisfy(p -> assertThat(p.earlierDate()).isPresent())
                .anySatisfy(p -> assertThat(p.skipped()).isNotEmpty())
                .anySatisfy(p -> assertThat(p.items()).anyMatch(i -> !i.after().isEmpty()))
                .anySatisfy(p -> assertThat(p.items()).anyMatch(i -> i.priority().value(PriorityFactor.FELL_BACK) > 0));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleDocument_validates_andReadsBack(Object value) {
        String json = JsonFormat.write(value);
        assertThat(JsonSchemas.validate(value.getClass(), json)).as(json).isEmpty();
        assertThat(JsonFormat.read(json, value.getClass())).isEqualTo(value);
    }

    @Test
    void minimalHandWrittenDocuments_validate() {
        assertThat(JsonSchemas.validate(Assessment.class, "{\"formatVersion\": 1, \"organisation\": \"Org\","
                + " \"date\": \"2026-01-31\"}")).isEmpty();
        assertThat(JsonSchemas.validate(Assessment.class, "{\"formatVersion\": 1, \"organisation\": \"Org\","
                + " \"date\": \"2026-01-31\", \"answers\": [{\"point\": \"point.7\", \"rating\": 2,"
                + " \"notApplicable\": false}]}")).isEmpty();
        assertThat(JsonSchemas.validate(Activity.class, "{\"formatVersion\": 1, \"name\": \"Walk\", \"level\":"
                + " \"engagement-level.individual\", \"initiatedBy\": \"initiator.patients\"}")).isEmpty();
        assertThat(JsonSchemas.validate(ProfileAnswers.class, "{\"formatVersion\": 1, \"label\": \"R\"}"))
                .isEmpty();
    }

    // ------------------------------------------------------------------ invalid documents

    private static String edit(Object value, Consumer<ObjectNode> change) {
        ObjectNode tree = JsonFormat.toTree(value);
        change.accept(tree);
        return tree.toString();
    }

    private static ObjectNode at(ObjectNode tree, String pointer) {
        return (ObjectNode) tree.at(pointer);
    }

    static Stream<Arguments> invalidDocuments() {
        Assessment a = JsonFormatTest.assessment();
        AssessmentResult r = AssessmentResult.of(a);
        Activity act = JsonFormatTest.activity();
        Placements p = Placer.place(act);
        ProfileAnswers pa = JsonFormatTest.answers();
        Profile pr = Profiler.profile(pa);
        return Stream.of(
                Arguments.of("unknown field", Assessment.class, edit(a, t -> t.put("colour", "red"))),
                Arguments.of("wrong formatVersion", Assessment.class, edit(a, t -> t.put("formatVersion", 2))),
                Arguments.of("formatVersion as text", Assessment.class, edit(a, t -> t.put("formatVersion", "1"))),
                Arguments.of("no formatVersion", Assessment.class, edit(a, t -> t.remove("formatVersion"))),
                Arguments.of("rating as string", Assessment.class,
                        edit(a, t -> at(t, "/answers/0").put("rating", "3"))),
                Arguments.of("rating off the maturity scale", Assessment.class,
                        edit(a, t -> at(t, "/answers/0").put("rating", 9))),
                Arguments.of("rating and not applicable", Assessment.class,
                        edit(a, t -> at(t, "/answers/0").put("notApplicable", true))),
                Arguments.of("neither rating nor not applicable", Assessment.class,
                        edit(a, t -> at(t, "/answers/0").remove("rating"))),
                Arguments.of("unknown point", Assessment.class,
                        edit(a, t -> at(t, "/answers/0").put("point", "point.41"))),
                Arguments.of("unknown field in an answer", Assessment.class,
                        edit(a, t -> at(t, "/answers/0").put("colour", "red"))),
                Arguments.of("blank organisation", Assessment.class, edit(a, t -> t.put("organisation", " \t"))),
                Arguments.of("date not ISO", Assessment.class, edit(a, t -> t.put("date", "31/03/2026"))),
                Arguments.of("scale of one level", Assessment.class, edit(a, t -> t.putObject("scale")
                        .put("id", "one").put("name", "One").putArray("levels").addObject().put("value", 0)
                        .put("id", "zero").put("label", "zero").put("description", "Zero."))),
                Arguments.of("value without band", AssessmentResult.class,
                        edit(r, t -> at(t, "/sections/0").remove("band"))),
                Arguments.of("band without value", AssessmentResult.class,
                        edit(r, t -> at(t, "/sections/0").remove("value"))),
                Arguments.of("a section missing", AssessmentResult.class,
                        edit(r, t -> ((ArrayNode) t.get("sections")).remove(2))),
                Arguments.of("a section twice", AssessmentResult.class,
                        edit(r, t -> ((ArrayNode) t.get("sections")).set(2, t.get("sections").get(1).deepCopy()))),
                Arguments.of("section member in the overall score", AssessmentResult.class,
                        edit(r, t -> at(t, "/overall").put("section", Section.values()[0].id()))),
                Arguments.of("normalised above 1", AssessmentResult.class,
                        edit(r, t -> at(t, "/overall/contributions/0").put("normalised", 1.5))),
                Arguments.of("unknown priority", AssessmentResult.class,
                        edit(r, t -> at(t, "/recommendations/0").put("priority", "URGENT"))),
                Arguments.of("unknown level", Activity.class,
                        edit(act, t -> t.put("level", "engagement-level.national"))),
                Arguments.of("feature listed twice", Activity.class,
                        edit(act, t -> ((ArrayNode) t.get("sharing")).add(t.get("sharing").get(0).textValue()))),
                Arguments.of("unknown field in an activity", Activity.class, edit(act, t -> t.put("colour", "red"))),
                Arguments.of("formatVersion inside the activity", Placements.class,
                        edit(p, t -> at(t, "/activity").put("formatVersion", 1))),
                Arguments.of("ladders out of order", Placements.class, edit(p, t -> {
                    ArrayNode list = (ArrayNode) t.get("placements");
                    JsonNode first = list.remove(0);
                    list.add(first);
                })),
                Arguments.of("a ladder missing", Placements.class,
                        edit(p, t -> ((ArrayNode) t.get("placements")).remove(3))),
                Arguments.of("no next step below the top", Placements.class,
                        edit(p, t -> at(t, "/placements/0").remove("nextStep"))),
                Arguments.of("rung of another ladder", Placements.class,
                        edit(p, t -> at(t, "/placements/0").put("rung", Ladder.COPRODUCTION.top().id()))),
                Arguments.of("no reason", Placements.class,
                        edit(p, t -> at(t, "/placements/1").putArray("reasons"))),
                Arguments.of("next step that changes nothing", Placements.class, edit(p, t -> {
                    ObjectNode step = at(t, "/placements/0/nextStep");
                    step.putArray("featuresToAdd");
                    step.putArray("restrictionsToDrop");
                    step.remove("initiatorNeeded");
                })),
                Arguments.of("connection level 5", ProfileAnswers.class,
                        edit(pa, t -> at(t, "/connections/0").put("level", 5))),
                Arguments.of("unknown example role", ProfileAnswers.class,
                        edit(pa, t -> ((ArrayNode) t.get("exampleRolesHeld")).add("example-role.mayor"))),
                Arguments.of("unknown field in profile answers", ProfileAnswers.class,
                        edit(pa, t -> t.put("colour", "red"))),
                Arguments.of("formatVersion inside the answers", Profile.class,
                        edit(pr, t -> at(t, "/answers").put("formatVersion", 1))),
                Arguments.of("no unrated", Profile.class, edit(pr, t -> t.remove("unrated"))),
                Arguments.of("a role type fitted twice", Profile.class,
                        edit(pr, t -> ((ArrayNode) t.get("roleFits")).set(0, t.get("roleFits").get(1).deepCopy()))),
                Arguments.of("growth rank 0", Profile.class, edit(pr, t -> at(t, "/growth/0").put("rank", 0))),
                Arguments.of("unknown stage", Profile.class, edit(pr, t -> t.put("stage", "stage.retired"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDocuments")
    void invalidDocuments_areRefused_byTheSchemaAndTheReader(String what, Class<?> type, String json) {
        assertThat(JsonSchemas.validate(type, json)).as(json).isNotEmpty();
        assertThatThrownBy(() -> JsonFormat.read(json, type)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theEditedSamples_wereValidBeforeTheEdits() {
        // Guards the test above: each edit starts from a document that validates and has the parts edited.
        Profile pr = Profiler.profile(JsonFormatTest.answers());
        assertThat(pr.growth()).isNotEmpty();
        assertThat(Placer.place(JsonFormatTest.activity()).arnstein().nextStep()).isPresent();
        assertThat(AssessmentResult.of(JsonFormatTest.assessment()).recommendations()).isNotEmpty();
        assertThat(AssessmentResult.of(JsonFormatTest.assessment()).scores().section(Section.values()[0]).band())
                .isPresent();
        assertThat(JsonFormatTest.answers().connections()).isNotEmpty();
        assertThat(JsonFormatTest.activity().sharing()).isNotEmpty();
    }

    // ------------------------------------------------------------------ the schema files

    @Test
    void everySchemaFile_existsIsStrictJson_andDeclaresDraft202012() {
        assertThat(JsonSchemas.FILES.keySet()).containsExactlyElementsOf(JsonFormat.types());
        for (String name : JsonSchemas.FILES.values()) {
            assertThat(JsonSchemas.DIR.resolve(name)).isRegularFile();
            JsonNode schema = JsonSchemas.file(name);
            assertThat(schema.isObject()).as(name).isTrue();
            assertThat(schema.path("$schema").asText()).as(name).isEqualTo(JsonSchemas.DRAFT);
            assertThat(schema.path("$id").asText()).as(name).isEqualTo(JsonSchemas.BASE + name);
            assertThat(schema.path("title").asText()).as(name).isNotBlank();
            assertThat(schema.path("description").asText()).as(name).isNotBlank();
            assertThat(schema.at("/properties/formatVersion/const").asInt()).as(name)
                    .isEqualTo(JsonFormat.FORMAT_VERSION);
            assertThat(schema.get("required")).as(name).anyMatch(n -> n.asText().equals("formatVersion"));
            assertThat(JsonSchemas.metaSchema().validate(schema)).as(name).isEmpty();
            JsonSchemas.schema(JsonFormat.types().stream().filter(t -> JsonSchemas.FILES.get(t).equals(name))
                    .findFirst().orElseThrow()).initializeValidators();
        }
    }

    @Test
    void everyFileInTheSchemaFolder_isOneOfTheSix() throws Exception {
        try (Stream<Path> files = Files.list(JsonSchemas.DIR)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(JsonSchemas.FILES.values());
        }
    }

    private static <E> List<String> ids(E[] values, Function<E, String> id) {
        return Arrays.stream(values).map(id).toList();
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.textValue()));
        return list;
    }

    @Test
    void theSchemas_listExactlyTheCataloguesIds() {
        List<String> points = Checklist.points().stream().map(ChecklistPoint::id).toList();
        List<String> roleTypes = ids(RoleType.values(), RoleType::id);
        List<String> attributes = ids(LeadershipAttribute.values(), LeadershipAttribute::id);
        Map<String, Map<String, List<String>>> expected = Map.of(
                "assessment.schema.json", Map.of("point", points),
                "result.schema.json", Map.of("point", points,
                        "section", ids(Section.values(), Section::id),
                        "priority", ids(Priority.values(), Priority::name)),
                "activity.schema.json", Map.of(
                        "engagementLevel", ids(EngagementLevel.values(), EngagementLevel::id),
                        "initiator", ids(Initiator.values(), Initiator::id),
                        "powerSharing", ids(PowerSharing.values(), PowerSharing::id),
                        "restriction", ids(Restriction.values(), Restriction::id)),
                "placements.schema.json", Map.of(
                        "arnsteinRung", rungs(Ladder.ARNSTEIN), "influenceRung", rungs(Ladder.INFLUENCE),
                        "participationRung", rungs(Ladder.PARTICIPATION),
                        "coproductionRung", rungs(Ladder.COPRODUCTION)),
                "profile-answers.schema.json", Map.of("roleType", roleTypes, "attribute", attributes,
                        "exampleRole", RoleType.allExampleRoles().stream().map(ExampleRole::id).toList()),
                "profile.schema.json", Map.of("point", points,
                        "stage", ids(DevelopmentStage.values(), DevelopmentStage::id)),
                "plan.schema.json", Map.of("point", points,
                        "horizon", ids(Horizon.values(), Horizon::id),
                        "factorId", ids(PriorityFactor.values(), PriorityFactor::id),
                        "priority", ids(Priority.values(), Priority::name)));
        expected.forEach((file, defs) -> {
            JsonNode schema = JsonSchemas.file(file);
            defs.forEach((def, values) -> assertThat(strings(schema.at("/$defs/" + def + "/enum")))
                    .as(file + " " + def).containsExactlyElementsOf(values));
        });
        JsonNode result = JsonSchemas.file("result.schema.json");
        assertThat(result.at("/properties/sections/allOf")).extracting(n -> n.at("/contains/properties/section/const")
                .asText()).containsExactlyElementsOf(ids(Section.values(), Section::id));
        JsonNode profile = JsonSchemas.file("profile.schema.json");
        assertThat(profile.at("/properties/roleFits/allOf")).extracting(n -> n.at("/contains/properties/roleType/const")
                .asText()).containsExactlyElementsOf(roleTypes);
        JsonNode placements = JsonSchemas.file("placements.schema.json");
        JsonNode order = placements.at("/properties/placements/prefixItems");
        for (int i = 0; i < Ladder.all().size(); i++) {
            Ladder<?> ladder = Ladder.all().get(i);
            String name = order.get(i).get("$ref").asText().replace("#/$defs/", "").replace("Placement", "");
            JsonNode def = placements.at("/$defs/" + name + "Placement");
            assertThat(def.at("/properties/ladder/const").asText()).isEqualTo(ladder.id());
            assertThat(def.at("/if/properties/rung/const").asText()).isEqualTo(ladder.top().id());
            assertThat(placements.at("/$defs/" + name + "NextStep/properties/rung/not/const").asText())
                    .isEqualTo(ladder.bottom().id());
        }
    }

    @Test
    void theMembersForUseInsideOtherDocuments_areTheDocumentsMembers_withoutFormatVersion() {
        Map<String, String> shared = Map.of("activity.schema.json", "/$defs/activity",
                "profile-answers.schema.json", "/$defs/answers");
        shared.forEach((file, def) -> {
            JsonNode schema = JsonSchemas.file(file);
            List<String> members = new ArrayList<>();
            schema.get("properties").fieldNames().forEachRemaining(members::add);
            members.remove("formatVersion");
            List<String> required = strings(schema.get("required"));
            required.remove("formatVersion");
            JsonNode inner = schema.at(def);
            assertThat(inner.get("properties").properties()).as(file).allSatisfy(e -> assertThat(e.getValue())
                    .isEqualTo(JsonSchemas.tree("{\"$ref\": \"#/properties/" + e.getKey() + "\"}")));
            List<String> innerMembers = new ArrayList<>();
            inner.get("properties").fieldNames().forEachRemaining(innerMembers::add);
            assertThat(innerMembers).as(file).containsExactlyElementsOf(members);
            assertThat(strings(inner.get("required"))).as(file).containsExactlyElementsOf(required);
            assertThat(inner.get("additionalProperties").asBoolean(true)).as(file).isFalse();
        });
        JsonNode result = JsonSchemas.file("result.schema.json");
        List<String> score = new ArrayList<>();
        result.at("/$defs/score/properties").fieldNames().forEachRemaining(score::add);
        List<String> sectionScore = new ArrayList<>();
        result.at("/$defs/sectionScore/properties").fieldNames().forEachRemaining(sectionScore::add);
        assertThat(sectionScore).containsExactlyElementsOf(Stream.concat(Stream.of("section"), score.stream())
                .toList());
        score.forEach(m -> assertThat(result.at("/$defs/sectionScore/properties/" + m + "/$ref").asText())
                .isEqualTo("#/$defs/score/properties/" + m));
        assertThat(result.at("/$defs/sectionScore/dependentRequired"))
                .isEqualTo(result.at("/$defs/score/dependentRequired"));
    }

    private static List<String> rungs(Ladder<?> ladder) {
        return ladder.rungs().stream().map(Rung::id).toList();
    }

    @Test
    void theNonBlankPattern_agreesWithTheReader_forEveryCharacter() {
        String pattern = JsonSchemas.file("activity.schema.json").at("/$defs/text/pattern").textValue();
        Pattern nonBlank = Pattern.compile(pattern);
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (Character.isSurrogate(c)) {
                continue;
            }
            String s = String.valueOf(c);
            assertThat(nonBlank.matcher(s).find()).as("U+%04X", (int) c).isEqualTo(!s.isBlank());
        }
        for (String file : JsonSchemas.FILES.values()) {
            assertThat(JsonSchemas.file(file).at("/$defs/text/pattern").textValue()).as(file).isEqualTo(pattern);
        }
        assertThat(JsonSchemas.validate(Activity.class, JsonFormat.write(JsonFormatTest.activity())
                .replace("Discharge redesign group", "\\u2003"))).isNotEmpty();
    }

    @Test
    void aScoreWithTooLittleData_hasNeitherValueNorBand() {
        AssessmentResult r = AssessmentResult.of(assessments().get(1));
        Score overall = r.scores().overall();
        assertThat(overall.value()).isEmpty();
        JsonNode tree = JsonFormat.toTree(r);
        assertThat(tree.at("/overall").has("value")).isFalse();
        assertThat(tree.at("/overall").has("band")).isFalse();
        assertThat(JsonSchemas.validate(r)).isEmpty();
    }
}
