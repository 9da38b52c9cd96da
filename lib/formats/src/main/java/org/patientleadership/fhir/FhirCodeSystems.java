package org.patientleadership.fhir;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.patientleadership.catalogue.Catalogue;
import org.patientleadership.CatalogueElement;
import org.patientleadership.coproduction.Principle;
import org.patientleadership.coproduction.ValueSet;
import org.patientleadership.coproduction.ValueSets;
import org.patientleadership.internal.Checks;
import org.patientleadership.formats.internal.JsonTrees;
import org.patientleadership.ladder.Ladder;
import org.patientleadership.ladder.Rung;

/**
 * Exports the catalogue's ladders and value sets as FHIR R4 {@code CodeSystem}s, so that a FHIR application can
 * code where an activity stands (a rung of any of the five ladders, such as an IAP2 level) or which principle a
 * piece of work follows (such as one of NHS England's ten principles or a UK Standard for Public Involvement).
 *
 * <p>Each CodeSystem has the canonical URL {@link FhirQuestionnaire#CANONICAL_BASE} {@code /CodeSystem/} and the
 * ladder's or set's id (such as {@code .../CodeSystem/ladder.iap2}), version {@link Catalogue#VERSION}, and one
 * concept per rung or principle: code = the element's stable id, display = its name, definition = its
 * description (in this project's words). A ladder's concepts carry their rung number as the {@code ordinalValue}
 * extension, so that FHIR tools can order them. {@link #catalogue()} gathers them all in a {@code collection}
 * Bundle, kept in the project as {@code docs/fhir/codesystems-catalogue.json}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FhirCodeSystems {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private FhirCodeSystems() {
    }

    /**
     * Gives the canonical URL of the CodeSystem of a ladder or value set.
     *
     * @param element  the ladder or value set, not null
     * @return the URL, not null
     */
    public static String url(CatalogueElement element) {
        return FhirQuestionnaire.CANONICAL_BASE + "/CodeSystem/" + Checks.notNull(element, "element").id();
    }

    /**
     * Exports a ladder as a CodeSystem, one concept per rung from the bottom up.
     *
     * @param ladder  the ladder, not null
     * @return the CodeSystem as indented JSON, not null
     */
    public static String ladder(Ladder<?> ladder) {
        return JsonTrees.write(ladderTree(Checks.notNull(ladder, "ladder")));
    }

    /**
     * Exports a value set as a CodeSystem, one concept per principle in order.
     *
     * @param set  the value set, not null
     * @return the CodeSystem as indented JSON, not null
     */
    public static String valueSet(ValueSet set) {
        return JsonTrees.write(valueSetTree(Checks.notNull(set, "set")));
    }

    /**
     * Exports every ladder of {@link Ladder#catalogued()} and every value set of {@link ValueSets#all()} as
     * CodeSystems in one {@code collection} Bundle.
     *
     * @return the Bundle as indented JSON, not null
     */
    public static String catalogue() {
        ObjectNode bundle = NODES.objectNode();
        bundle.put("resourceType", "Bundle");
        bundle.put("id", "catalogue-codesystems");
        bundle.put("type", "collection");
        ArrayNode entries = bundle.putArray("entry");
        for (Ladder<?> ladder : Ladder.catalogued()) {
            entries.addObject().put("fullUrl", url(ladder)).set("resource", ladderTree(ladder));
        }
        for (ValueSet set : ValueSets.all()) {
            entries.addObject().put("fullUrl", url(set)).set("resource", valueSetTree(set));
        }
        return JsonTrees.write(bundle);
    }

    private static ObjectNode ladderTree(Ladder<?> ladder) {
        ObjectNode cs = header(ladder, "The rungs of the " + ladder.displayName() + " from the bottom up; each "
                + "concept's ordinal value is its rung number. " + ladder.description(), ladder.rungs());
        ArrayNode concepts = cs.putArray("concept");
        for (Rung<?> rung : ladder.rungs()) {
            ObjectNode c = concepts.addObject();
            c.set("extension", NODES.arrayNode().add(FhirItems.ordinalValue(rung.number())));
            concept(c, rung);
        }
        return cs;
    }

    private static ObjectNode valueSetTree(ValueSet set) {
        ObjectNode cs = header(set, "The principles of the value set '" + set.displayName() + "', in the "
                + "source's order. " + set.description(), set.principles());
        ArrayNode concepts = cs.putArray("concept");
        for (Principle p : set.principles()) {
            concept(concepts.addObject(), p);
        }
        return cs;
    }

    private static ObjectNode header(CatalogueElement element, String description,
            List<? extends CatalogueElement> concepts) {
        ObjectNode cs = NODES.objectNode();
        cs.put("resourceType", "CodeSystem");
        cs.put("id", element.id());
        StringBuilder x = new StringBuilder("<h1>").append(FhirItems.xhtml(element.displayName())).append("</h1><ul>");
        for (CatalogueElement c : concepts) {
            x.append("<li><code>").append(FhirItems.xhtml(c.id())).append("</code> ")
                    .append(FhirItems.xhtml(c.displayName())).append(": ").append(FhirItems.xhtml(c.description()))
                    .append("</li>");
        }
        cs.set("text", FhirItems.narrative(x.append("</ul>").toString()));
        cs.put("url", url(element));
        cs.put("version", Catalogue.VERSION);
        cs.put("name", name(element.id()));
        cs.put("title", element.displayName());
        cs.put("status", "active");
        cs.put("experimental", false);
        cs.put("publisher", FhirItems.PUBLISHER);
        cs.put("description", QuestionnaireWriter.markdown(description + " Source: " + element.source()));
        cs.put("caseSensitive", true);
        cs.put("content", "complete");
        cs.put("count", concepts.size());
        return cs;
    }

    private static void concept(ObjectNode c, CatalogueElement e) {
        c.put("code", e.id());
        c.put("display", e.displayName());
        c.put("definition", e.description());
    }

    /** Makes a FHIR computable name (letters and digits, starting upper case) from an id. */
    private static String name(String id) {
        StringBuilder out = new StringBuilder();
        for (String part : id.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return Character.isLetter(out.charAt(0)) ? out.toString() : "C" + out;
    }
}
