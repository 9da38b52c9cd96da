package org.patientleadership;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;


/**
 * Identifies a document that catalogue elements are taken from: one of the five seed documents the project
 * is based on, or a primary publication outside them.
 *
 * <p>The seed documents are kept by the project in {@code shared/seeds/}; {@link #seedNumber()} gives the
 * number of the seed file (for example {@code 001} for the guide). Elements whose document is not a seed
 * ({@link #isSeed()} is false) come from published work named in {@link #citation()} and can be checked
 * there.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum SourceDocument {

    /** The guide "Bring it on – 40 ways to support Patient Leadership" (seed 001). */
    GUIDE("guide", "001", "Bring it on – 40 ways to support Patient Leadership",
            "Centre for Patient Leadership and FPM for NHS Midlands and East, 'Bring it on – 40 ways to support "
                    + "Patient Leadership' (c. 2013)."),
    /** The report of a leadership event on partnership with patients (seed 000). */
    EVENT_REPORT("event-report", "000", "Leadership event report: partnership with patients",
            "Report of a leadership event in Sheffield on working in partnership with patients to co-produce "
                    + "innovation, compiled from contributors' notes."),
    /** The transcript of a panel on co-production with patients and carers (seed 002). */
    PANEL_TRANSCRIPT("panel-transcript", "002", "Co-Production with patients and carers (panel)",
            "Transcript of a panel session on co-production with patients and carers in the NHS "
                    + "(Innovate stage, 12 September 2017)."),
    /** The Copenhagen workshop slides on authentic partnering with patients (seed 003). */
    COPENHAGEN_SLIDES("copenhagen-slides", "003", "B9: Developing authentic partnering with patients",
            "Workshop B9 on developing authentic partnering with patients, at the International Forum "
                    + "on Quality and Safety in Healthcare, Copenhagen, 2023."),
    /** The workshop slides on co-production in action (seed 004). */
    COPRODUCTION_SLIDES("coproduction-slides", "004", "One world, many voices: co-production in action",
            "Workshop slides 'One world, many voices: co-production in action', quoting NHS England and NHS "
                    + "Improvement and the Coalition for Personalised Care, 'A model for co-production' (2020)."),
    /** Arnstein's article introducing the ladder of citizen participation (outside the seeds). */
    ARNSTEIN_1969("arnstein-1969", null, "A Ladder of Citizen Participation",
            "Arnstein, S. R. (1969). A Ladder of Citizen Participation. Journal of the American Institute of "
                    + "Planners, 35(4), 216–224."),
    /** Think Local Act Personal's ladder of co-production (outside the seeds). */
    TLAP_LADDER("tlap-ladder", null, "Ladder of co-production",
            "Think Local Act Personal, 'Ladder of co-production' (TLAP, the national partnership for "
                    + "personalised care and support, England)."),
    /** The nef and NESTA report setting out six principles of co-production (outside the seeds). */
    NEF_2010("nef-2010", null, "Public Services Inside Out",
            "Boyle, D., Slay, J. and Stephens, L. (2010). Public Services Inside Out: putting co-production "
                    + "into practice. London: nef (the new economics foundation) and NESTA."),
    /** INVOLVE's guidance on co-producing research (outside the seeds). */
    INVOLVE_2018("involve-2018", null, "Guidance on co-producing a research project",
            "Hickey, G. et al. (2018). Guidance on co-producing a research project. Southampton: INVOLVE."),
    /** SCIE Guide 51 on co-production in social care (outside the seeds). */
    SCIE_2013("scie-2013", null, "Co-production in social care",
            "Social Care Institute for Excellence (2013, updated 2015). Co-production in social care: what it "
                    + "is and how to do it. SCIE Guide 51. London: SCIE."),
    /** The IAP2 Spectrum of Public Participation (outside the seeds). */
    IAP2_2018("iap2-2018", null, "IAP2 Spectrum of Public Participation",
            "International Association for Public Participation (IAP2 International Federation) (2018). IAP2 "
                    + "Spectrum of Public Participation. One-page chart: five columns, each with a public "
                    + "participation goal and a promise to the public."),
    /** NHS England's statutory guidance on working with people and communities, cited by seed 004. */
    NHS_ENGLAND_2022("nhs-england-2022", null, "Working in partnership with people and communities",
            "NHS England (July 2022). Working in partnership with people and communities (statutory guidance "
                    + "to integrated care boards, NHS trusts, foundation trusts and NHS England itself)."),
    /** The UK Standards for Public Involvement in research (outside the seeds). */
    UK_STANDARDS_2019("uk-standards-2019", null, "UK Standards for Public Involvement",
            "UK Public Involvement Standards Development Partnership: NIHR, Chief Scientist Office (Scotland), "
                    + "Health and Care Research Wales and the Public Health Agency (Northern Ireland) (November "
                    + "2019). UK Standards for Public Involvement: better public involvement for better health "
                    + "and social care research."),
    /** The GRIPP2 reporting checklists for patient and public involvement in research (outside the seeds). */
    GRIPP2_2017("gripp2-2017", null, "GRIPP2 reporting checklists",
            "Staniszewska, S. et al. (2017). GRIPP2 reporting checklists: tools to improve reporting of patient "
                    + "and public involvement in research. BMJ 358:j3453; also Research Involvement and "
                    + "Engagement 3:13."),
    /** The Always Events toolkit written for NHS England, the method named in seeds 002 and 004. */
    ALWAYS_EVENTS_2016("always-events-2016", null, "Always Events® Toolkit",
            "Institute for Healthcare Improvement for NHS England, with Picker Institute Europe (December "
                    + "2016). Always Events® Toolkit. Publications Gateway Reference 05993.");

    private final String id;
    private final String seedNumber;
    private final String title;
    private final String citation;

    SourceDocument(String id, String seedNumber, String title, String citation) {
        this.id = id;
        this.seedNumber = seedNumber;
        this.title = title;
        this.citation = citation;
    }

    /**
     * Obtains a source document from its stable id.
     *
     * @param id  the id, such as {@code guide} or {@code arnstein-1969}, not null
     * @return the document, not null
     * @throws UnknownElementException if no document has this id
     */
    public static SourceDocument of(String id) {
        Objects.requireNonNull(id, "id");
        for (SourceDocument d : values()) {
            if (d.id.equals(id)) {
                return d;
            }
        }
        throw new UnknownElementException("source document id", id,
                Arrays.stream(values()).map(SourceDocument::id).toList());
    }

    /**
     * Gets the stable id of the document, used in JSON.
     *
     * @return the id, not null
     */
    public String id() {
        return id;
    }

    /**
     * Gets the short title of the document.
     *
     * @return the title, not null
     */
    public String title() {
        return title;
    }

    /**
     * Gets a full bibliographic citation of the document.
     *
     * @return the citation, not null
     */
    public String citation() {
        return citation;
    }

    /**
     * Gets the number of the seed file that holds this document, if it is one of the seeds.
     *
     * @return the three-digit seed number such as {@code 001}, or empty for a publication outside the seeds
     */
    public Optional<String> seedNumber() {
        return Optional.ofNullable(seedNumber);
    }

    /**
     * Checks if this document is one of the project's seed documents.
     *
     * @return true for a seed, false for a publication outside the seeds
     */
    public boolean isSeed() {
        return seedNumber != null;
    }
}
