package org.patientleadership.json;

import org.patientleadership.catalogue.Catalogue;

import org.patientleadership.CatalogueElement;
import org.patientleadership.OrderedElement;
import org.patientleadership.Source;
import org.patientleadership.SourceDocument;

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.patientleadership.assessment.Prerequisite;
import org.patientleadership.assessment.PriorityFactor;
import org.patientleadership.assessment.RecommendationPolicy;
import org.patientleadership.checklist.CaseStudy;
import org.patientleadership.checklist.Checklist;
import org.patientleadership.checklist.ChecklistPoint;
import org.patientleadership.checklist.Section;
import org.patientleadership.coproduction.AlwaysEventsStage;
import org.patientleadership.coproduction.CoDesignStage;
import org.patientleadership.coproduction.FeedbackLoop;
import org.patientleadership.coproduction.Principle;
import org.patientleadership.coproduction.ReflectiveQuestion;
import org.patientleadership.coproduction.ValueSet;
import org.patientleadership.coproduction.ValueSets;
import org.patientleadership.ladder.BeyondTheLadder;
import org.patientleadership.ladder.EngagementLevel;
import org.patientleadership.ladder.GridCell;
import org.patientleadership.ladder.Iap2Level;
import org.patientleadership.ladder.Ladder;
import org.patientleadership.placement.CrossWalk;
import org.patientleadership.placement.CrossWalkRow;
import org.patientleadership.research.Gripp2Item;
import org.patientleadership.roles.ConnectionLevel;
import org.patientleadership.roles.DevelopmentStage;
import org.patientleadership.roles.ExampleRole;
import org.patientleadership.roles.LeadershipAttribute;
import org.patientleadership.roles.RepresentativeFunction;
import org.patientleadership.roles.RoleCategory;
import org.patientleadership.roles.RoleType;

/**
 * Exports the whole {@link Catalogue} as one JSON document, in the format described in
 * {@code docs/catalogue-format.md} (format version {@value #FORMAT_VERSION}).
 *
 * <p>Every element appears with its {@code id}, {@code name}, {@code description} and {@code source}
 * ({@code document} id and {@code locator}); ordered elements also carry their {@code number}, and
 * references between elements are by id. The output is deterministic: the same catalogue always gives the
 * same text, with two-space indentation and {@code \n} line ends.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CatalogueJson {

    /** The version of the JSON format; it changes only when a field is removed or changes meaning. */
    public static final int FORMAT_VERSION = 1;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CatalogueJson() {
    }

    /**
     * Exports the catalogue as pretty-printed JSON text, ending with a line feed.
     *
     * @return the JSON text, not null
     */
    public static String toJson() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        try {
            return new ObjectMapper().writer(printer).writeValueAsString(toTree()) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("bug: the catalogue tree could not be written", e);
        }
    }

    /**
     * Exports the catalogue as a Jackson tree, for callers who embed it in a larger document.
     *
     * @return a new tree, not null
     */
    public static ObjectNode toTree() {
        ObjectNode root = NODES.objectNode();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("catalogueVersion", Catalogue.VERSION);
        ArrayNode sources = root.putArray("sources");
        for (SourceDocument d : SourceDocument.values()) {
            ObjectNode n = sources.addObject().put("id", d.id()).put("title", d.title()).put("citation", d.citation());
            d.seedNumber().ifPresentOrElse(s -> n.put("seed", s), () -> n.putNull("seed"));
        }
        ArrayNode ladders = root.putArray("ladders");
        for (Ladder<?> ladder : Ladder.catalogued()) {
            ladders.add(ladder(ladder));
        }
        ObjectNode grid = root.putObject("engagementGrid");
        grid.put("degreesLadder", Ladder.INFLUENCE.id());
        addAll(grid.putArray("levels"), Arrays.asList(EngagementLevel.values()));
        ArrayNode cells = grid.putArray("cells");
        for (GridCell c : GridCell.values()) {
            ObjectNode n = element(c).put("level", c.level().id()).put("degree", c.degree().id());
            strings(n.putArray("examples"), c.examples());
            cells.add(n);
        }
        root.set("roles", roles());
        root.set("checklist", checklist());
        ArrayNode sets = root.putArray("valueSets");
        for (ValueSet set : ValueSets.all()) {
            ObjectNode n = element(set).put("fromSeeds", set.isFromSeeds());
            ArrayNode principles = n.putArray("principles");
            for (Principle p : set.principles()) {
                ObjectNode pn = element(p);
                List<ReflectiveQuestion> questions = ValueSets.questions(p);
                if (!questions.isEmpty()) {
                    addAll(pn.putArray("questions"), questions);
                }
                principles.add(pn);
            }
            sets.add(n);
        }
        addAll(root.putArray("coDesignStages"), Arrays.asList(CoDesignStage.values()));
        addAll(root.putArray("alwaysEventsStages"), Arrays.asList(AlwaysEventsStage.values()));
        ArrayNode loops = root.putArray("feedbackLoops");
        for (FeedbackLoop loop : FeedbackLoop.values()) {
            ObjectNode n = element(loop);
            addAll(n.putArray("steps"), loop.steps());
            loops.add(n);
        }
        addAll(root.putArray("gripp2ShortForm"), Arrays.asList(Gripp2Item.values()));
        root.set("crossWalk", crossWalk());
        root.set("recommendationPolicy", policy(RecommendationPolicy.standard()));
        return root;
    }

    private static ObjectNode policy(RecommendationPolicy policy) {
        ObjectNode n = NODES.objectNode().put("id", "recommendation-policy.standard")
                .put("description", "How next steps are ranked and planned: each candidate's priority score is "
                        + "the sum of weight times value over the factors; see docs/recommendations.md.");
        ArrayNode factors = n.putArray("factors");
        for (PriorityFactor f : PriorityFactor.values()) {
            factors.addObject().put("id", f.id()).put("name", f.label()).put("description", f.description())
                    .put("weight", policy.weight(f));
        }
        n.putObject("levels").put("highFrom", policy.highFrom()).put("mediumFrom", policy.mediumFrom());
        ArrayNode prerequisites = n.putArray("prerequisites");
        for (Prerequisite p : policy.prerequisites()) {
            prerequisites.addObject().put("point", ChecklistPoint.idOf(p.point()))
                    .put("requires", ChecklistPoint.idOf(p.requires())).put("reading", p.reading())
                    .set("source", source(p.source()));
        }
        return n;
    }

    private static <R extends Enum<R> & org.patientleadership.ladder.Rung<R>> ObjectNode ladder(Ladder<R> ladder) {
        ObjectNode n = element(ladder);
        ArrayNode also = n.putArray("alsoIn");
        ladder.alsoIn().forEach(s -> also.add(source(s)));
        ArrayNode groups = n.putArray("groups");
        for (OrderedElement<?> g : ladder.groups()) {
            ObjectNode gn = element(g);
            ArrayNode ids = gn.putArray("rungs");
            ladder.rungs().stream().filter(r -> ladder.groupOf(r).orElseThrow() == g).forEach(r -> ids.add(r.id()));
            groups.add(gn);
        }
        ArrayNode rungs = n.putArray("rungs");
        for (R r : ladder.rungs()) {
            ObjectNode rn = element(r);
            ladder.groupOf(r).ifPresent(g -> rn.put("group", g.id()));
            if (r instanceof Iap2Level level) {
                rn.put("goal", level.goal()).put("promise", level.promise());
            }
            rungs.add(rn);
        }
        List<BeyondTheLadder> beyond = Arrays.stream(BeyondTheLadder.values()).filter(b -> (Object) b.ladder() == ladder)
                .toList();
        if (!beyond.isEmpty()) {
            addAll(n.putArray("beyond"), beyond);
        }
        return n;
    }

    private static ObjectNode crossWalk() {
        ObjectNode walk = NODES.objectNode();
        ArrayNode ids = walk.putArray("ladders");
        Ladder.catalogued().forEach(l -> ids.add(l.id()));
        ArrayNode rows = walk.putArray("rows");
        for (CrossWalkRow row : CrossWalk.standard().rows()) {
            ObjectNode n = rows.addObject().put("arnstein", row.arnstein().id());
            strings(n.putArray("counterparts"), row.counterparts().stream().map(r -> r.id()).toList());
            n.put("note", row.note());
            ArrayNode sources = n.putArray("sources");
            row.sources().forEach(s -> sources.add(source(s)));
        }
        return walk;
    }

    private static ObjectNode roles() {
        ObjectNode roles = NODES.objectNode();
        ArrayNode categories = roles.putArray("categories");
        for (RoleCategory c : RoleCategory.values()) {
            ObjectNode n = element(c);
            ArrayNode ids = n.putArray("roleTypes");
            c.roleTypes().forEach(t -> ids.add(t.id()));
            categories.add(n);
        }
        ArrayNode types = roles.putArray("types");
        for (RoleType t : RoleType.values()) {
            ObjectNode n = element(t).put("category", t.category().id());
            addAll(n.putArray("exampleRoles"), t.exampleRoles());
            types.add(n);
        }
        addAll(roles.putArray("developmentStages"), Arrays.asList(DevelopmentStage.values()));
        addAll(roles.putArray("connectionScale"), Arrays.asList(ConnectionLevel.values()));
        addAll(roles.putArray("representativeFunctions"), Arrays.asList(RepresentativeFunction.values()));
        ArrayNode attributes = roles.putArray("attributes");
        for (LeadershipAttribute a : LeadershipAttribute.values()) {
            attributes.add(element(a).put("number", a.number()).put("inPoint34", a.isInPoint34()));
        }
        return roles;
    }

    private static ObjectNode checklist() {
        ObjectNode checklist = NODES.objectNode();
        checklist.put("pointCount", Checklist.points().size());
        ArrayNode sections = checklist.putArray("sections");
        for (Section s : Section.values()) {
            sections.add(element(s).put("headingTitle", s.headingTitle())
                    .put("firstPoint", s.firstPoint()).put("lastPoint", s.lastPoint()));
        }
        ArrayNode points = checklist.putArray("points");
        for (ChecklistPoint p : Checklist.points()) {
            ObjectNode n = element(p).put("section", p.section().id());
            strings(n.putArray("actions"), p.actions());
            strings(n.putArray("caseStudies"), p.caseStudies().stream().map(CaseStudy::id).toList());
            points.add(n);
        }
        ArrayNode cases = checklist.putArray("caseStudies");
        for (CaseStudy c : CaseStudy.values()) {
            ObjectNode n = element(c).put("page", c.page());
            strings(n.putArray("citedBy"), c.citedBy().stream().map(ChecklistPoint::id).toList());
            cases.add(n);
        }
        return checklist;
    }

    private static void addAll(ArrayNode array, List<? extends CatalogueElement> elements) {
        elements.forEach(e -> array.add(element(e)));
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static ObjectNode element(CatalogueElement e) {
        ObjectNode n = NODES.objectNode().put("id", e.id());
        if (e instanceof OrderedElement<?> o) {
            n.put("number", o.number());
        } else if (e instanceof ChecklistPoint p) {
            n.put("number", p.number());
        } else if (e instanceof Principle p) {
            n.put("number", p.number());
        } else if (e instanceof ReflectiveQuestion q) {
            n.put("number", q.number());
        }
        n.put("name", e.displayName()).put("description", e.description());
        n.set("source", source(e.source()));
        return n;
    }

    private static ObjectNode source(Source s) {
        return NODES.objectNode().put("document", s.document().id()).put("locator", s.locator());
    }
}
