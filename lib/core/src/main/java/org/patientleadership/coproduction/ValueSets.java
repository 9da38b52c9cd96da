package org.patientleadership.coproduction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.patientleadership.Source;
import org.patientleadership.SourceDocument;
import org.patientleadership.internal.Ids;
import org.patientleadership.internal.Lookup;

/**
 * Holds the catalogue's named sets of co-production values, principles and practices.
 *
 * <ul>
 *   <li>{@link #COPENHAGEN_2023}: the five principles on the co-production slide of the Copenhagen workshop
 *       (seed 003), which follow the nef set;</li>
 *   <li>{@link #NEF_2010}: nef's six principles of co-production (outside the seeds);</li>
 *   <li>{@link #NHS_ENGLAND_2020}: the NHS England definition and the practices of the co-production slides
 *       (seed 004);</li>
 *   <li>{@link #INVOLVE_2018}: INVOLVE's five principles for co-producing research (outside the seeds);</li>
 *   <li>{@link #SCIE_2013}: SCIE's four principles for co-production in social care (outside the seeds);</li>
 *   <li>{@link #EVENT_THEMES}: the seven themes of the leadership event report (seed 000);</li>
 *   <li>{@link #NHS_ENGLAND_2022}: NHS England's ten principles for working with people and communities
 *       (statutory guidance, 2022, cited by seed 004);</li>
 *   <li>{@link #UK_STANDARDS_2019}: the six UK Standards for Public Involvement in research (2019), with
 *       reflective questions ({@link #questions(Principle)}) in our words.</li>
 * </ul>
 *
 * <p>Names are the sources' own short names, except where a source gives a sentence rather than a name; those
 * short names are ours and the set's description says so. Descriptions are ours throughout.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ValueSets {

    /** The five co-production principles on the Copenhagen workshop slide "Ladder of Co-production". */
    public static final ValueSet COPENHAGEN_2023 = set("copenhagen-2023", "Co-production principles (Copenhagen)",
            "Five principles shown beside the ladder of co-production in the Copenhagen workshop; they are the "
                    + "nef principles with capabilities folded into assets.",
            Source.of(SourceDocument.COPENHAGEN_SLIDES, "slide 'Ladder of Co-production'"),
            "Assets", "Everyone taking part is valued, and their strengths and skills are what the work builds on.",
            "Catalysts", "People can drive change themselves, and organisations should make room for them to do so.",
            "Mutuality", "The work attends to what matters for every party involved, so that all of them gain.",
            "Networks", "People are helped to build networks in which they support one another.",
            "Blur roles", "Everyone is treated as an active partner of equal standing, whatever their job title.");

    /** nef's six principles of co-production (Boyle, Slay and Stephens 2010). */
    public static final ValueSet NEF_2010 = set("nef-2010", "Six principles of co-production (nef)",
            "The six principles set out by nef and NESTA for putting co-production into public services; the "
                    + "Copenhagen set (seed 003) derives from them. Outside the seeds.",
            Source.of(SourceDocument.NEF_2010, "the six principles"),
            "Assets", "See the people who use services as equal partners with something to give, not as passive "
                    + "recipients or burdens.",
            "Capabilities", "Start from what people can already do and help that grow, instead of from what they "
                    + "lack.",
            "Mutuality", "Build two-way relationships of give and take between professionals and the people they "
                    + "work with, and among those people.",
            "Networks", "Draw on peer and personal networks alongside professional ones to share knowledge and "
                    + "support.",
            "Blur roles", "Loosen the line between those who provide services and those who receive them.",
            "Catalysts", "Public bodies act as enablers that help things happen, rather than as the sole "
                    + "providers of services.");

    /** The NHS England model of co-production as presented in the co-production slides (seed 004). */
    public static final ValueSet NHS_ENGLAND_2020 = nhsEngland();

    /** INVOLVE's five key principles for co-producing research (Hickey et al. 2018). */
    public static final ValueSet INVOLVE_2018 = set("involve-2018", "Key principles of co-producing research "
                    + "(INVOLVE)",
            "Five principles from INVOLVE's guidance for researchers who co-produce a project with the public. "
                    + "Outside the seeds.",
            Source.of(SourceDocument.INVOLVE_2018, "key principles"),
            "Sharing of power", "The research is owned jointly and the people involved share decisions about it.",
            "Including all perspectives and skills", "The team brings in everyone who can add to the research "
                    + "and makes it possible for them to take part.",
            "Respecting and valuing the knowledge of all", "Each person's knowledge, whether from study or from "
                    + "life, counts equally.",
            "Reciprocity", "Everyone who takes part gets something back from doing so.",
            "Building and maintaining relationships", "Time and care go into trust and shared understanding, "
                    + "which make joint work possible.");

    /** SCIE's four principles of co-production in social care (SCIE Guide 51). */
    public static final ValueSet SCIE_2013 = set("scie-2013", "Principles of co-production in social care (SCIE)",
            "Four principles from SCIE's guide on how to do co-production in social care. Outside the seeds.",
            Source.of(SourceDocument.SCIE_2013, "key principles"),
            "Equality", "No group or person is more important than another; everyone has assets to bring.",
            "Diversity", "The work includes people from every part of the community, especially those often "
                    + "left out.",
            "Accessibility", "Everyone can take part on their own terms, with the information and support "
                    + "they need.",
            "Reciprocity", "People get something back for what they put in, and relationships run both ways.");

    /** The seven themes that framed the conversations of the leadership event (seed 000). */
    public static final ValueSet EVENT_THEMES = set("event-themes", "Themes of partnership (event report)",
            "Seven themes under which the event report gathers what participants said about partnership with "
                    + "patients.",
            Source.of(SourceDocument.EVENT_REPORT, "themes of the day"),
            "Courageous Leadership", "Leaders take risks, make room to innovate and act on values rather than "
                    + "targets.",
            "Local Partnerships", "Trusted local relationships with patients and the third sector are valued and "
                    + "built upon.",
            "Power and Culture", "Where power sits is named openly, and the culture changes so that it can be "
                    + "shared.",
            "Inclusion", "Everyone can take part, in person and online, including people usually unheard.",
            "Strength Based", "Work starts from the assets already present in people and places.",
            "Co-production & Human Relationships", "People meet as equals and partners from the beginning, on a "
                    + "human footing.",
            "Active Listening", "Organisations listen for what people actually want, in their language, and act "
                    + "on it.");

    /**
     * NHS England's ten principles for working with people and communities (statutory guidance, July 2022),
     * which seed 004 cites as "Working in Partnership with People and Communities".
     */
    public static final ValueSet NHS_ENGLAND_2022 = numbered("nhs-england-2022",
            "Ten principles for working with people and communities (NHS England)",
            "The ten principles of NHS England's 2022 statutory guidance for integrated care boards, trusts and "
                    + "NHS England on how to work with people and communities; seed 004 shows a graphic from "
                    + "the guidance. Outside the seeds. Short names are ours; the guidance states each "
                    + "principle as a sentence.",
            Source.of(SourceDocument.NHS_ENGLAND_2022, "the ten principles for working with people and communities"),
            "the ten principles for working with people and communities, principle ",
            "Voices at the centre", "Put what people and communities say at the heart of decisions and "
                    + "governance, at every level of the local health and care system.",
            "Start early and feed back", "Involve people from the start of planning, and tell them afterwards "
                    + "how what they said changed activities and decisions.",
            "Understand the community", "Learn what the community needs, has lived through and hopes for from "
                    + "health and care, and use engagement to check whether changes work as intended.",
            "Reach excluded groups", "Build lasting links with groups who are left out, above all those hit "
                    + "hardest by health inequalities.",
            "Healthwatch and the VCSE sector as partners", "Treat Healthwatch and voluntary, community and "
                    + "social enterprise organisations as key partners in the work.",
            "Clear public information", "Publish plain, accessible information on the vision, the plans and "
                    + "the progress made, so that understanding and trust grow.",
            "Community development", "Use community development methods that hand power to people and "
                    + "communities and connect them with social action.",
            "Accountable services", "Use co-production, insight and engagement so that health and care "
                    + "services answer to the people they serve.",
            "Co-produce and redesign", "Redesign services and tackle the system's priorities together with "
                    + "people and communities.",
            "Learn and build on assets", "Learn from what works and build on what all partners already "
                    + "have: their networks, relationships and activity in local places.");

    /**
     * The six UK Standards for Public Involvement in research (NIHR and partners, 2019); each standard's
     * reflective questions are given by {@link #questions(Principle)}.
     */
    public static final ValueSet UK_STANDARDS_2019 = numbered("uk-standards-2019",
            "UK Standards for Public Involvement",
            "Six standards, agreed by the four UK nations' research bodies, describing good public involvement "
                    + "in health and social care research; each comes with reflective questions for self-review. "
                    + "Outside the seeds. The names are the standards' own; the order is that of the "
                    + "partnership's 2019 materials (see readings.md).",
            Source.of(SourceDocument.UK_STANDARDS_2019, "the six standards (final version, November 2019)"),
            "the six standards, standard ",
            "Inclusive opportunities", "Chances to get involved are easy to take up and reach the people and "
                    + "groups the research needs.",
            "Working together", "People work as a team that values every contribution and keeps its "
                    + "relationships respectful and productive.",
            "Support and learning", "Support and learning are offered and encouraged, so that everyone gains "
                    + "the confidence and skills to take part.",
            "Communications", "Communication is in plain language, well timed and two-way, and is planned as "
                    + "part of the involvement.",
            "Impact", "The difference involvement makes is recorded and shared, so that practice keeps "
                    + "improving.",
            "Governance", "Members of the public take part in governance and leadership, so that decisions "
                    + "protect and promote the public interest.");

    private static final List<ValueSet> ALL = List.of(COPENHAGEN_2023, NEF_2010, NHS_ENGLAND_2020, INVOLVE_2018,
            SCIE_2013, EVENT_THEMES, NHS_ENGLAND_2022, UK_STANDARDS_2019);

    private static final Map<String, List<ReflectiveQuestion>> QUESTIONS = questions(UK_STANDARDS_2019,
            new String[][] {
                {"Who could take part, and who is still missing from those involved?",
                    "What keeps people from taking part, and what has been done to remove it?"},
                {"Have we agreed together what each person's role is and what we can expect of each other?",
                    "How do we show that every contribution counts?"},
                {"What support or training does each person need to take part well?",
                    "How do we all learn from the way the involvement is going?"},
                {"Is what we send out in plain language, on time and easy to answer?",
                    "How do we tell people what happened as a result of what they said?"},
                {"How do we record what changed because people were involved?",
                    "With whom do we share it, including when involvement made no difference?"},
                {"Where in our governance and leadership do members of the public take part?",
                    "How does their part help our decisions serve the public interest?"},
            });

    private ValueSets() {
    }

    /**
     * Obtains all value sets, in the order listed on this class.
     *
     * @return the sets, unmodifiable, not null
     */
    public static List<ValueSet> all() {
        return ALL;
    }

    /**
     * Obtains a value set from its stable id, such as {@code value-set.nef-2010}.
     *
     * @param id  the id, not null
     * @return the set, not null
     * @throws org.patientleadership.UnknownElementException if no set has this id
     */
    public static ValueSet of(String id) {
        return Lookup.byKey(ALL, ValueSet::id, id, "value set id");
    }

    private static ValueSet nhsEngland() {
        Source ways = Source.of(SourceDocument.COPRODUCTION_SLIDES, "slide 'Doing things together in a new way'");
        Source tips1 = Source.of(SourceDocument.COPRODUCTION_SLIDES,
                "first slide 'Creating a culture of co-production – top tips'");
        Source tips2 = Source.of(SourceDocument.COPRODUCTION_SLIDES,
                "second slide 'Creating a culture of co-production – top tips'");
        List<Principle> practices = new ArrayList<>();
        String prefix = "nhs-england-2020";
        Object[][] rows = {
            {ways, "Co-production as the standard approach",
                "Make working with people who have relevant lived experience the normal way programmes run."},
            {ways, "Sharing power", "Improve care jointly, combining what people have lived with what staff have "
                    + "learnt."},
            {ways, "Every opinion valued", "Everyone brings experience and expertise of their own, and each voice "
                    + "is heard."},
            {ways, "What matters to people", "Let what matters to the person shape each interaction."},
            {tips1, "Embrace partnership and collaboration", "Back co-production visibly at every level, with "
                    + "senior leaders sponsoring it and modelling it."},
            {tips1, "Identify and amplify existing co-production cultures", "Find where co-production already "
                    + "thrives in the system and spread it."},
            {tips1, "Adoption of co-production approaches", "Help teams take up established methods such as "
                    + "Always Events and experience-based co-design."},
            {tips1, "Open and honest conversations", "Encourage candid talk among everyone involved."},
            {tips1, "Support organisations that amplify voices", "Back the groups that help people and "
                    + "communities be heard."},
            {tips1, "Invest in partners with lived experience", "Give partners with lived experience, and unpaid "
                    + "carers, the knowledge, skills and confidence to contribute well."},
            {tips2, "Employ people with lived experience", "Bring people with lived experience onto the payroll to "
                    + "model the approach and link people up, so it lasts."},
            {tips2, "Build capabilities – learn together", "Develop skills for staff and people with lived "
                    + "experience side by side."},
            {tips2, "Invest in communities – grow together", "Fund community champion networks that find out what "
                    + "communities need."},
            {tips2, "Don't assume", "Do not presume to know the answers; listen actively with an open, curious "
                    + "mind."},
            {tips2, "Embrace uncertainty", "Accept discomfort as part of the work."},
            {tips2, "Keep communicating and moving forward", "Keep talking and keep going when things get hard."},
            {tips2, "Reflect together", "Look back on difficulties jointly so that everyone improves."},
            {tips2, "Celebrate successes", "Mark what went well and share it so others can learn from it."},
        };
        for (Object[] row : rows) {
            String name = (String) row[1];
            practices.add(new Principle(prefix + "." + Ids.slug(name), practices.size() + 1, name,
                    (String) row[2], (Source) row[0]));
        }
        return new ValueSet("value-set." + prefix, "Co-production model (NHS England)",
                "NHS England's model treats co-production as working in equal partnership with people who use "
                        + "services, carers and communities from the very start of designing, developing and "
                        + "evaluating a service, because lived experience makes them the best advisers on what "
                        + "will help; done well, it keeps discussion realistic and centred on the person. The "
                        + "practices are the slides' ways of working and top tips; their short names are ours "
                        + "where the slides give a sentence.",
                Source.of(SourceDocument.COPRODUCTION_SLIDES, "slide 'What is meant by the term co-production?'"),
                practices);
    }

    /**
     * Obtains the reflective questions that go with a principle, such as those of each UK Standard for Public
     * Involvement.
     *
     * @param principle  the principle, not null
     * @return the questions in order, unmodifiable, empty if the principle has none, not null
     * @throws NullPointerException if the principle is null
     */
    public static List<ReflectiveQuestion> questions(Principle principle) {
        return QUESTIONS.getOrDefault(java.util.Objects.requireNonNull(principle, "principle").id(), List.of());
    }

    /**
     * Obtains every reflective question of every set, set by set and principle by principle.
     *
     * @return the questions, unmodifiable, not null
     */
    public static List<ReflectiveQuestion> questions() {
        return QUESTIONS.values().stream().flatMap(List::stream).toList();
    }

    private static Map<String, List<ReflectiveQuestion>> questions(ValueSet set, String[][] texts) {
        assert texts.length == set.principles().size() : "bug: one row of questions per principle";
        Map<String, List<ReflectiveQuestion>> byPrinciple = new LinkedHashMap<>();
        for (Principle p : set.principles()) {
            List<ReflectiveQuestion> list = new ArrayList<>();
            String[] row = texts[p.number() - 1];
            for (int i = 0; i < row.length; i++) {
                list.add(new ReflectiveQuestion(p.id() + ".question-" + (i + 1), i + 1, p.id(),
                        p.displayName() + ", question " + (i + 1), row[i],
                        Source.of(p.source().document(), p.source().locator() + ", reflective questions "
                                + "(themes only; the wording is ours)")));
            }
            byPrinciple.put(p.id(), List.copyOf(list));
        }
        return java.util.Collections.unmodifiableMap(byPrinciple);
    }

    private static ValueSet numbered(String key, String name, String description, Source setSource,
            String locatorPrefix, String... pairs) {
        List<Principle> principles = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            int number = i / 2 + 1;
            principles.add(new Principle(key + "." + Ids.slug(pairs[i]), number, pairs[i], pairs[i + 1],
                    Source.of(setSource.document(), locatorPrefix + number)));
        }
        return new ValueSet("value-set." + key, name, description, setSource, principles);
    }

    private static ValueSet set(String key, String name, String description, Source source, String... pairs) {
        List<Principle> principles = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            principles.add(new Principle(key + "." + Ids.slug(pairs[i]), i / 2 + 1, pairs[i], pairs[i + 1],
                    source));
        }
        return new ValueSet("value-set." + key, name, description, source, principles);
    }
}
