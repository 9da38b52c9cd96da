package org.patientleadership.checklist;

import java.util.List;

import org.patientleadership.checklist.CaseStudy;
import org.patientleadership.checklist.ChecklistPoint;

/**
 * Holds the 40 points of the guide "Bring it on – 40 ways to support Patient Leadership" as data, in the
 * guide's order, with summaries and actions written in this project's own words.
 *
 * <p>Source: the guide (seed document 001), points 1 to 40. Titles are the guide's own short titles.
 */
public final class ChecklistData {

    private ChecklistData() {
    }

    /**
     * Obtains the 40 points in the guide's order.
     *
     * @return the points, not null
     */
    public static List<ChecklistPoint> points() {
        return List.of(
                point(1, "Why we need Patient Leaders",
                        "Health and care face hard problems that patients, carers and the public can help to solve. "
                                + "Treat them as a resource, move away from paternalism and let patients share "
                                + "strategic decisions as equals with clinicians and managers.",
                        List.of("Treat people who live with ill health and use services as a resource, not a burden.",
                                "Learn from the Mid Staffordshire inquiry and drop paternalistic ways of running "
                                        + "services.",
                                "Use the NHS Constitution to back the aim of putting patients first.",
                                "Give patients an equal voice at the tables where strategic decisions are taken.",
                                "Help Patient Leaders influence clinical and managerial leaders so patients' interests "
                                        + "are acted on.")),
                point(2, "Go beyond patient and public engagement",
                        "Engagement is often a consultation run on professionals' terms, with uneven results. See "
                                + "patient leadership as wider: patients, users and carers shaping change in many "
                                + "settings and at every level, with support to do so.",
                        List.of("Act on the patient experience data you collect instead of only gathering it.",
                                "Offer patients continuing roles in decisions, not just surveys, focus groups and "
                                        + "consultations.",
                                "Look beyond the one or two lay representatives who sit on institutional committees.",
                                "Fund and organise the development of representatives, activists and community "
                                        + "leaders properly.",
                                "Use the ladder of participation to see where collective patient leadership sits "
                                        + "beyond feedback.")),
                point(3, "Bring Patient Leaders into the Frame",
                        "Healthcare leadership needs patient leaders beside clinical and managerial ones, like the "
                                + "third leg of a stool. Without them the end user's view and challenge go missing at "
                                + "strategic level, so use current reforms to bring them in.",
                        List.of("Treat patient leadership as a third pillar alongside clinical and managerial "
                                        + "leadership.",
                                "Check whether confident, capable Patient Leaders are actually present where strategy "
                                        + "is set.",
                                "Use new structures such as clinical commissioning groups and Healthwatch to create "
                                        + "roles for them.",
                                "Work with Patient Leaders to agree shared definitions and measures, for example for "
                                        + "shared decision-making.")),
                point(4, "See Patient Leaders as assets",
                        "People living with illness, and their carers, are an underused resource: they know "
                                + "services at first hand and keep finding creative answers. Value their ideas, drop "
                                + "negative labels and support them to take part in decisions.",
                        List.of("Stop describing patients with labels such as bed blockers, frequent flyers or likely "
                                        + "complainants.",
                                "Build on lived experience through methods such as experience-based design.",
                                "Support volunteers, governors, community leaders and peer supporters as they move "
                                        + "between kinds of involvement.",
                                "Offer learning and development so this pool of talent can grow into a support "
                                        + "network.")),
                point(5, "Identifying who are Patient Leaders",
                        "These are patients, carers and service users who draw on their own experience to "
                                + "influence change, and they can be found at every level. Recognise both system "
                                + "influencers and community enablers and make room for distributed leadership.",
                        List.of("Look for leadership spread across every level, not a single figure at the top.",
                                "Recognise system influencers, from governors and CCG lay members to campaigners "
                                        + "working from outside.",
                                "Recognise community enablers such as health champions, community researchers, "
                                        + "entrepreneurs and peer supporters.",
                                "Create conditions where patients can lead constructive conversations with clinicians "
                                        + "and managers.")),
                point(6, /* title: */ "Identify where you find Patient Leaders in action?",
                        "Use the guide's Patient Leadership framework to find where patient leaders are already "
                                + "active, what roles, support and learning they need, and what difference they make. "
                                + "Treat it as a development aid, not a benchmark.",
                        List.of("List the Patient Leaders already active locally and the groups that could help find "
                                        + "more.",
                                "Identify existing opportunities for Patient Leaders and how new roles could be "
                                        + "created.",
                                "Work out what support and learning each kind of Patient Leader needs, and how to "
                                        + "provide it.",
                                "Decide how to measure their effect on decisions, services and trust.",
                                "Rate your links with each type of Patient Leader from 0 to 4, then plan improvements "
                                        + "with them.")),
                point(7, /* title: */ "Think about the stages of development of Patient Leaders",
                        "Patient leaders are at different points on their journey and heading in different "
                                + "directions. Look beyond established formal roles to emerging and potential leaders, "
                                + "especially from seldom-heard groups, and help clear obstacles from their path.",
                        List.of("Look beyond established roles such as governors and lay members to emerging leaders.",
                                "Reach out to seldom-heard groups when you need fresh ideas and solutions.",
                                "Avoid treating Patient Leaders as pegs for filling existing institutional slots.",
                                "Help remove the barriers that stop patients acting on their own improvement ideas.")),
                point(8, "Consider what Patient Leadership is",
                        "Patient leadership means the qualities a patient leader needs to drive change. Focus on "
                                + "attributes, behaviours and confidence more than on system knowledge, and compare "
                                + "them with the NHS leadership framework.",
                        List.of("Compare the NHS leadership framework with the guide's approach to Patient Leadership.",
                                "Value self-awareness, leading by example and relationships grounded in trust and "
                                        + "respect.",
                                "Look for the ability to challenge constructively, handle conflict and use dialogue "
                                        + "and coaching.",
                                "Encourage strategic thinking, lifelong learning and a network of peer support.")),
                point(9, "Capture People's Hearts and minds",
                        "Leaders at the top must build a culture that puts patients first and make people enthusiastic "
                                + "about patient leadership. That needs a clear vision of its benefits and clarity "
                                + "that it is not tokenism, consultation or a chance to vent anger.",
                        List.of("Involve Patient Leaders closely, for example on the Board or chairing meetings.",
                                "Invite Patient Leaders to tell their stories to staff, and share local inspiring "
                                        + "examples.",
                                "Develop a wider strategy for finding, recruiting and supporting Patient Leaders "
                                        + "throughout the local health economy.",
                                "Explain the purpose and benefits so that people can sign up to a shared vision.",
                                "Make it normal for patients to take part as equals in improving care.")),
                point(10, "Lead by example",
                        "Clinical and managerial leaders should model styles that fit patient leadership values, "
                                + "moving from command and control to working with patients. What leaders praise, "
                                + "measure, fund and reward shapes the culture.",
                        List.of("Secure commitment from senior leaders who see how Patient Leadership fits everyday "
                                        + "business.",
                                "Test how your leaders embed culture through what they value, measure, fund and "
                                        + "reward.",
                                "Find local professionals who practise transformational and distributed leadership and "
                                        + "showcase them.",
                                "Give board members and staff learning and support for working with Patient "
                                        + "Leaders.")),
                point(11, "Develop a shared understanding",
                        "People mean different things by patient leadership, so surface those assumptions and agree "
                                + "a common meaning. Then work on two fronts: growing a supportive culture and "
                                + "bringing individuals on as patient leaders.",
                        List.of("Present Patient Leadership to the Board and to other stakeholders.",
                                "Hold conversations that bring hidden assumptions about the concept into the open.",
                                "Use the guide's definitions, frameworks and models to agree what the term means.",
                                "Plan separately for building the culture and for bringing people on as leaders.")),
                point(12, "Get strategic",
                        "Be clear about the business, health and social case for patient leadership, borrowing "
                                + "evidence from related fields, and turn it into a strategy backed by operational "
                                + "plans that say who does what.",
                        List.of("Set out the business, health and social benefits, drawing on research into "
                                        + "engagement.",
                                "Write a Patient Leadership strategy from the guide's concepts, adapted to local "
                                        + "circumstances.",
                                "Link operational plans to organisational development plans and outcomes frameworks.",
                                "Use the strategy to strengthen relationships with other stakeholders.")),
                point(13, "Get clear on Patient Leadership and governance",
                        "Decide where patient leaders sit in corporate and strategic governance, such as CCG "
                                + "boards. Fostering them is the whole board's duty, and representatives need support "
                                + "to act as both community channel and critical friend.",
                        List.of("Decide where Patient Leaders fit at corporate level, for example on CCG boards.",
                                "Clarify the role of lay members on the boards of commissioning organisations.",
                                "Share responsibility for fostering Patient Leadership across the whole board.",
                                "Support representatives to stay in touch with communities and to challenge from "
                                        + "outside the institution.")),
                point(14, "Hard-Wire Patient Leadership into the organisation",
                        "Build patient leadership into the systems and processes that shape the organisation's "
                                + "culture, and make other strategies and plans show how they connect with it, so "
                                + "that it does not rest on goodwill alone.",
                        List.of("Build Patient Leadership into performance management, resource allocation, staff "
                                        + "support and policy.",
                                "Adopt supporting policies, such as a reimbursement policy for Patient Leaders.",
                                "Develop organisational development, leadership, QIPP and communication plans "
                                        + "alongside it.",
                                "Write engagement plans with Patient Leaders, stating what support and training they "
                                        + "will get.")),
                point(15, "Monitoring and Performance Management",
                        "Put in place systems that track how well you develop and support patient leaders and how much "
                                + "influence they have. The board should review progress regularly and weave patient "
                                + "leadership into business decisions.",
                        List.of("Measure both the support you give Patient Leaders and the change they bring about.",
                                "Track opportunities for strategic involvement and for learning and development.",
                                "Put Patient Leadership progress on the Board agenda at regular intervals.",
                                "Require evidence that Patient Leaders shaped a business case before approving it.")),
                point(16, "Be clear on who does what",
                        "State strategic and operational responsibilities for patient leadership clearly in plans, "
                                + "with named leads for the day-to-day work, while the whole organisation still "
                                + "shares responsibility for it.",
                        List.of("Specify who promotes the vision and strategy and who runs the operational work.",
                                "Write these roles and responsibilities into operational plans.",
                                "Consider a nominated director working with the engagement lead and a Patient Leader.",
                                "Embed responsibility across the organisation rather than leaving it to one person.")),
                point(17, "Build trusting relationships",
                        "Trust between managerial, clinical and patient leaders matters more than formal structures. "
                                + "Make meetings less intimidating and help professionals listen, ask questions and "
                                + "notice their assumptions so that patient voices are heard.",
                        List.of("Set ground rules for meetings, such as limits on how long anyone may speak.",
                                "Cut jargon and acronyms, or at least supply a glossary, and keep papers short and "
                                        + "timely.",
                                "Bring patient stories or Patient Leaders into strategic discussions to keep the focus "
                                        + "on improvement.",
                                "Keep asking 'so what' questions about what a discussion means for patients.",
                                "Develop dialogue with local patient and community organisations.")),
                point(18, "Working in partnership",
                        "Patient leaders emerge best when the work is shared with local partners: statutory bodies, "
                                + "the voluntary sector, businesses and communities. Their presence also encourages "
                                + "joined-up, continuous care and helps hold partnerships together.",
                        List.of("Build links with local people and groups and explain clearly what you are doing.",
                                "Encourage senior staff to volunteer, for example as trustees of community "
                                        + "organisations.",
                                "Align partners' efforts and create a shared 'people bank' of Patient Leaders.",
                                "Involve Patient Leaders in service improvement talks to promote integrated, "
                                        + "continuous care.")),
                point(19, "Involve staff",
                        "Many staff have been patients or carers themselves. Their formal roles stop them being pure "
                                + "patient leaders, but draw on that experience so that they help foster patient "
                                + "leadership in their everyday work.",
                        List.of("Help staff reflect deliberately on what they learned as patients or carers.",
                                "Try projects and online tools built around staff stories and personalised care "
                                        + "planning.",
                                "Involve middle managers and clinicians in fostering Patient Leadership in daily "
                                        + "contact with patients.")),
                point(20, "Provide learning and support to staff",
                        "The skills patient leaders need, such as listening, emotional intelligence and questioning "
                                + "assumptions, matter for staff too. Boards and senior leaders especially should "
                                + "practise dialogue, ideally by learning alongside patient leaders.",
                        List.of("Use available training to build listening and dialogue skills across the workforce.",
                                "Ask Patient Leaders to lead or co-facilitate a Board seminar on listening and "
                                        + "dialogue.",
                                "Invite Patient Leaders to help the Board discuss an issue that matters to patients.",
                                "Run shared learning sessions where Patient Leaders and professional leaders learn "
                                        + "together.")),
                point(21, "Work with the voluntary sector",
                        "Patient leaders frequently first emerge through community and voluntary groups, which "
                                + "can help find, recruit and support them. Partner with and invest in the sector, "
                                + "without relying on it alone to reach every community.",
                        List.of("Use national condition-specific charities and their local branches to find particular "
                                        + "perspectives.",
                                "Find local organisations through Councils for Voluntary Service and National Voices "
                                        + "members.",
                                "Invest in capacity building so that voluntary groups can play this role.",
                                "Involve the sector in shaping culture and in delivering co-produced services.",
                                "Jointly commission patient leadership programmes for members of local voluntary "
                                        + "groups.")),
                point(22, /* title: */ "Align Patient Leadership and work on putting patients first",
                        "Co-production, personalisation, shared decision-making and service improvement are good "
                                + "places to try out patient leadership. Make these efforts deliberately develop the "
                                + "people involved and widen who can take part.",
                        List.of("Use service improvement projects to test Patient Leadership in practice.",
                                "Build the confidence and capability of involved patients so they can be influential.",
                                "Give those involved continuing chances to grow as Patient Leaders.",
                                "Widen participation so that people from all walks of life can contribute.",
                                "Build on personalisation and shared decision-making work to find emerging leaders.")),
                point(23, "Build Patient leadership into " // guide prints "info"; read as "into"
                        + "formal engagement mechanisms",
                        "Formal bodies such as Health and Wellbeing Boards, overview and scrutiny and Healthwatch "
                                + "should open up roles for patient leaders. Engagement should also reach beyond "
                                + "committee representatives to community projects and innovative activity.",
                        List.of("Add Patient Leaders to the Health and Wellbeing Board or its sub-committees beside "
                                        + "Healthwatch.",
                                "Run parallel initiatives, such as project groups made up of Patient Leaders.",
                                "Add Patient Leadership attributes to job roles and competency frameworks.",
                                "Work with local Healthwatch to spot emerging talent.")),
                point(24, "Work with business partners",
                        "Look past your usual partners to businesses, educational institutions and social "
                                + "enterprises, which can help support patient leaders and bring fresh ideas and "
                                + "joint plans.",
                        List.of("Explore private sector backing for awards that recognise Patient Leaders.",
                                "Involve local colleges and universities in fostering Patient Leaders.",
                                "Seek ideas and joint plans from social enterprises and not-for-profit "
                                        + "entrepreneurs.")),
                point(25, "Map it out",
                        "Map and coordinate patient leadership activity centrally, including the training and "
                                + "support behind it. Use the framework to see where existing and potential leaders "
                                + "are active, which is often more widely than expected.",
                        List.of("Review where Patient Leaders are already active in the organisation and the "
                                        + "community.",
                                "Start with representatives on boards, committees and partnership forums.",
                                "Include one-off and ongoing projects, voluntary sector leaders and patient group "
                                        + "members.",
                                "Check whether existing Patient Leaders have had suitable development and fair "
                                        + "reward.")),
                point(26, "Rebadge and reframe",
                        "Treat patient leaders as bringers of ideas and solutions rather than sources of complaints "
                                + "or data, and look for roles beyond filling institutional slots, seeing people and "
                                + "communities as assets.",
                        List.of("Ask people about possible solutions rather than only about problems.",
                                "Look for people who could support other patients or help redesign services.",
                                "Spot would-be entrepreneurs who need help to develop or fund an idea.",
                                "Consider roles such as change ambassadors, community health champions and community "
                                        + "researchers.")),
                point(27, "Transform lay representatives into Patient Leaders",
                        "Lay representatives often find their roles frustrating and a waste of their talent. Either "
                                + "make the role easier or rethink it as that of an advisor who challenges, and turn "
                                + "committees into places for solving problems.",
                        List.of("Clarify representatives' roles and give them support and learning.",
                                "Run meetings in ways that allow genuine dialogue.",
                                "Treat representatives as advisors and help them ask challenging 'so what' questions.",
                                "Free them from speaking for everyone, and find out community views jointly.",
                                "Turn committees into innovation hubs, agreeing the changes with Patient Leaders.")),
                point(28, "Tap into potential talent",
                        "Beyond representatives there are potential leaders ready to help. Engage activists and "
                                + "campaigners, community innovators, volunteers and members of GP patient "
                                + "participation groups, and support them to grow.",
                        List.of("Invite campaigners to work on joint solutions, being honest about which decisions can "
                                        + "be shared.",
                                "Find and build on community projects that promote well-being or innovative care.",
                                "Support volunteers to move into more active Patient Leader roles.",
                                "Develop members of GP Patient Participation Groups beyond a representative role.")),
                point(29, "Get people at the start",
                        "Patient leaders often begin with their own experience of care. Spot grateful or motivated "
                                + "patients through wards, PALS or complaints and offer them supported first steps "
                                + "into involvement.",
                        List.of("Ask ward staff to suggest patients who want to give something back.",
                                "Offer small ward or community projects, or roles in staff education and induction.",
                                "Use PALS and complaints as routes to people who can help find solutions.",
                                "Plan possible first steps and the support that people will need.",
                                "Look to personalisation and self-care work for people wanting more involvement."),
                        CaseStudy.ELLIE_MILNER),
                point(30, "Be imaginative",
                        "Patient leaders can take many roles, from mentoring and training staff to advocacy, peer-led "
                                + "schemes and recruitment. After the Mid Staffordshire inquiry, senior leaders should "
                                + "argue for opening these routes and ask patient leaders to help create them.",
                        List.of("Invite Patient Leaders to mentor staff and contribute to training.",
                                "Consider advocacy, ambassador, peer support and community rehabilitation roles.",
                                "Let patients lead education sessions, teach social media use and help recruit staff.",
                                "Ask Patient Leaders to help identify and create new opportunities.",
                                "Make the business case for letting different voices into decisions."),
                        CaseStudy.SUE_SIBBALD, CaseStudy.AMANDA_O_CONNELL, CaseStudy.ANYA_DE_LONGH),
                point(31, "Widen the pool of talent",
                        "Nobody is truly hard to reach; often organisations have simply not reached out enough. "
                                + "Rather than chasing demographic balance on groups, look for talent and creativity "
                                + "across the community.",
                        List.of("Reach out through voluntary and community groups, places of worship and local shops.",
                                "Learn from creative local projects whose health benefits may surprise you.",
                                "Look for people positive enough to help tackle dilemmas such as access to services.",
                                "Check your reach against the NHS equality and diversity goals.")),
                point(32, "The future is digital",
                        "Much patient and community leadership already happens through social media and digital "
                                + "tools. Join these online conversations to find and work with innovative patients "
                                + "and professionals.",
                        List.of("Use Twitter to find patient and community leaders already active online.",
                                "Join existing conversations between innovative patients, staff and professionals.",
                                "Follow NHS guidance on using social media to engage, listen and learn.")),
                point(33, "Identify and recruit",
                        "Patient leaders need clear roles and purposes, ideally shaped with them. Judge which roles "
                                + "need formal recruitment and which can stay informal, and weigh process skills as "
                                + "well as content knowledge.",
                        List.of("Involve Patient Leaders in defining their roles and agreeing their purpose.",
                                "Use the Patient Leadership framework to see which roles already have job "
                                        + "descriptions.",
                                "Use formal recruitment and selection only where a role really needs it.",
                                "Be flexible about how structured or informal each role should be.")),
                point(34, "Focus on attributes, not roles",
                        "Whatever the role, the qualities of a good patient leader are mostly interpersonal. Build "
                                + "these attributes into role specifications or competency frameworks instead of "
                                + "defining leaders only by position.",
                        List.of("Include self-awareness and leading by example in role specifications.",
                                "Look for people who build trusting relationships and can challenge and handle "
                                        + "conflict.",
                                "Value dialogue and coaching skills, strategic thinking and a commitment to keep "
                                        + "learning.")),
                point(35, "Work with others",
                        "You need not act alone: other bodies may already work with active citizens, run projects "
                                + "worth adapting or help identify patient leaders directly, so enlist partners to "
                                + "make patient leadership real.",
                        List.of("Approach local health and social care providers to find openings for Patient "
                                        + "Leaders.",
                                "Involve other public agencies such as housing departments and the police.",
                                "Work with educational establishments, voluntary groups and private firms.")),
                point(36, "Get help from internal colleagues",
                        "Communications colleagues can raise awareness and seek nominations for patient leaders. "
                                + "Because the idea is new, pair publicity with events that explain it, and invite in "
                                + "local people already acting on their experiences.",
                        List.of("Ask communications teams to publicise the work and invite nominations.",
                                "Hold workshops or events that explain the concept alongside publicity.",
                                "Use existing service improvement and public health events to spread the message.",
                                "Build a good relationship with local media.",
                                "Invite local people acting on their patient experience to speak at your events.")),
                point(37, "Provide practical support",
                        "Involvement in strategic decisions often fails because people lack day-to-day support. "
                                + "Make taking part easy, with readable papers and administrative help, and ask "
                                + "patient leaders what would help them.",
                        List.of("Send papers out early and write them in plain language without jargon.",
                                "Ask Patient Leaders how their involvement could be made easier.",
                                "Provide administrative and logistical support, with a single point of contact.",
                                "Help Patient Leaders reach the professional leaders they will work with.")),
                point(38, "Provide incentives",
                        "Show that you value patient leaders, partly by paying for their time and expertise under a "
                                + "clear policy, while also offering non-financial rewards such as training or time "
                                + "banking.",
                        List.of("Reimburse people for the time and expertise they contribute.",
                                "Adopt a payment and reimbursement policy based on published models and national "
                                        + "guidance.",
                                "Offer training as a reward as well as, or instead of, money.",
                                "Consider schemes such as TimeBanks to recognise contributions.")),
                point(39, "Provide Opportunities for Learning and development",
                        "Programmes that train patient leaders are only just emerging. Offer or commission them, and "
                                + "make them concentrate on transferable leadership and process skills more than on "
                                + "knowledge of how the system works.",
                        List.of("Commission tailored learning from providers such as the Centre for Patient "
                                        + "Leadership.",
                                "Use specialist training for particular roles, such as community health champions.",
                                "Design programmes around process skills like dialogue rather than system "
                                        + "knowledge.")),
                point(40, "Keep it going",
                        "Sustain the dialogue and deepen relationships over time, for example through a network of "
                                + "patient leaders that shares ideas and resources and offers a pool of talent to "
                                + "draw on.",
                        List.of("Set up or join a network of Patient Leaders, such as the Centre for Patient "
                                        + "Leadership's network.",
                                "Use the network as a community of practice for sharing ideas and resources.",
                                "Support a broad pool of people and create openings with them instead of fixed slots.",
                                "Keep the pool refreshed so that new people and collaborations can emerge.")));
    }

    private static ChecklistPoint point(int number, String title, String summary, List<String> actions,
            CaseStudy... caseStudies) {
        return ChecklistPoint.of(number, title, summary, actions, List.of(caseStudies));
    }
}
