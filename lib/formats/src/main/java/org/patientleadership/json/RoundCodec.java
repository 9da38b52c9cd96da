package org.patientleadership.json;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.patientleadership.analysis.Icc;
import org.patientleadership.analysis.Kappa;
import org.patientleadership.analysis.KrippendorffAlpha;
import org.patientleadership.analysis.Perspective;
import org.patientleadership.analysis.PerspectiveGap;
import org.patientleadership.analysis.PointGap;
import org.patientleadership.analysis.Rater;
import org.patientleadership.analysis.RatingRound;
import org.patientleadership.analysis.RoundAgreement;
import org.patientleadership.analysis.SectionGap;
import org.patientleadership.assessment.Assessment;
import org.patientleadership.checklist.ChecklistPoint;
import org.patientleadership.formats.internal.JsonFields;

/**
 * Writes and reads a {@link RatingRound} as the fields of a JSON object: the raters, each with a whole
 * assessment document, and the figures derived from them (consensus, agreement, staff – patient-leader gap).
 * On reading, the derived members are optional; when present they must equal what the raters' ratings give.
 */
final class RoundCodec {

    static final Set<String> FIELDS = Set.of("organisation", "raters", "consensus", "agreement", "gap");
    private static final Set<String> RATER_FIELDS = Set.of("name", "perspective", "assessment");
    private static final Set<String> ASSESSMENT_FIELDS = with(AssessmentCodec.FIELDS, "formatVersion");
    private static final List<Perspective> PERSPECTIVES = List.of(Perspective.values());

    private RoundCodec() {
    }

    private static Set<String> with(Set<String> set, String name) {
        java.util.Set<String> copy = new java.util.HashSet<>(set);
        copy.add(name);
        return Set.copyOf(copy);
    }

    static void write(RatingRound round, ObjectNode out) {
        out.put("organisation", round.organisation());
        ArrayNode raters = out.putArray("raters");
        for (Rater r : round.raters()) {
            raters.addObject().put("name", r.name()).put("perspective", r.perspective().id())
                    .set("assessment", JsonFormat.toTree(r.assessment()));
        }
        derived(round, out);
    }

    /** Writes the derived members: consensus, agreement and gap. */
    private static void derived(RatingRound round, ObjectNode out) {
        out.set("consensus", JsonFormat.toTree(round.consensus()));
        RoundAgreement a = round.agreement();
        ObjectNode agreement = out.putObject("agreement");
        agreement.put("raters", a.raters());
        agreement.put("summary", a.summary());
        alpha(a.ordinalAlpha(), agreement.putObject("ordinalAlpha"));
        ArrayNode sections = agreement.putArray("sections");
        a.sections().forEach((s, k) -> alpha(k, sections.addObject().put("section", s.id())));
        ObjectNode icc = agreement.putObject("icc");
        icc.put("units", a.icc().units());
        ArrayNode forms = icc.putArray("forms");
        for (Icc form : a.icc().forms()) {
            ObjectNode f = forms.addObject().put("form", form.form().psychName());
            number(f, "value", form.value());
            number(f, "f", form.f());
            f.put("df1", form.df1()).put("df2", form.df2());
            number(f, "p", form.p());
            form.bounds().ifPresent(b -> f.put("lower", b.lower()).put("upper", b.upper()));
        }
        a.kappa().ifPresent(k -> kappa(k, agreement.putObject("kappa")));
        agreement.set("notes", Fields.array(a.notes()));
        PerspectiveGap g = round.gap();
        ObjectNode gap = out.putObject("gap");
        gap.put("first", g.first().id()).put("second", g.second().id()).put("threshold", g.threshold())
                .put("summary", g.summary());
        ArrayNode points = gap.putArray("points");
        for (PointGap p : g.points()) {
            ObjectNode node = points.addObject().put("point", ChecklistPoint.idOf(p.point()));
            number(node, "first", p.first());
            number(node, "second", p.second());
            number(node, "gap", p.gap());
        }
        ArrayNode sectionGaps = gap.putArray("sections");
        for (SectionGap s : g.sections()) {
            ObjectNode node = sectionGaps.addObject().put("section", s.section().id());
            number(node, "first", s.first());
            number(node, "second", s.second());
            number(node, "gap", s.gap());
        }
    }

    private static void alpha(KrippendorffAlpha k, ObjectNode out) {
        out.put("pairable", k.pairable());
        number(out, "value", k.value());
        out.set("notes", Fields.array(k.notes()));
    }

    private static void kappa(Kappa k, ObjectNode out) {
        out.put("units", k.units());
        number(out, "unweighted", k.unweighted());
        number(out, "linear", k.linear());
        number(out, "quadratic", k.quadratic());
        out.set("notes", Fields.array(k.notes()));
    }

    private static void number(ObjectNode node, String field, OptionalDouble value) {
        value.ifPresent(v -> node.put(field, v));
    }

    static Optional<RatingRound> read(JsonNode in, String pointer, Fields f) {
        Optional<String> organisation = f.json.text(in, pointer, "organisation", true);
        Optional<List<Rater>> raters = f.objects(in, pointer, "raters", "raters", true, (node, at) -> {
            f.json.onlyKnown(node, at, RATER_FIELDS);
            Optional<String> name = f.json.text(node, at, "name", true);
            Optional<Perspective> perspective = f.id(node, at, "perspective", PERSPECTIVES, Perspective::id, true);
            Optional<Assessment> assessment = f.json.object(node, at, "assessment", "an assessment document", true)
                    .flatMap(a -> assessment(a, JsonFields.at(at, "assessment"), f));
            if (name.isEmpty() || perspective.isEmpty() || assessment.isEmpty()) {
                return Optional.empty();
            }
            return f.build(at, () -> new Rater(name.get(), perspective.get(), assessment.get()));
        });
        if (organisation.isEmpty() || raters.isEmpty()) {
            return Optional.empty();
        }
        Optional<RatingRound> round = f.build(PlacementCodec.where(pointer), () -> new RatingRound(raters.get()));
        if (round.isEmpty()) {
            return round;
        }
        if (!round.get().organisation().equals(organisation.get())) {
            f.json.problem(JsonFields.at(pointer, "organisation"), organisation.get(),
                    List.of(round.get().organisation()), "the organisation differs from the raters' assessments");
            return Optional.empty();
        }
        ObjectNode expected = Fields.object();
        derived(round.get(), expected);
        boolean ok = true;
        for (String field : List.of("consensus", "agreement", "gap")) {
            JsonNode given = in.get(field);
            if (given != null && !given.equals(expected.get(field))) {
                f.json.problem(JsonFields.at(pointer, field), "", List.of("the figures the raters' ratings give, "
                        + "or nothing"), "'" + field + "' does not match the raters' ratings; leave it out and it is "
                        + "computed again");
                ok = false;
            }
        }
        return ok ? round : Optional.empty();
    }

    private static Optional<Assessment> assessment(JsonNode node, String at, Fields f) {
        JsonNode version = node.get("formatVersion");
        if (version == null || !version.isIntegralNumber() || version.intValue() != JsonFormat.FORMAT_VERSION) {
            f.json.problem(JsonFields.at(at, "formatVersion"), version == null ? "" : version.toString(),
                    List.of(Integer.toString(JsonFormat.FORMAT_VERSION)), "an assessment document of format version "
                            + JsonFormat.FORMAT_VERSION + " is needed");
            return Optional.empty();
        }
        f.json.onlyKnown(node, at, ASSESSMENT_FIELDS);
        return AssessmentCodec.read(node, at, f);
    }
}
