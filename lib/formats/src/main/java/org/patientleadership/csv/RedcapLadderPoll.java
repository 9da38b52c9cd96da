package org.patientleadership.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.patientleadership.ladder.Ladder;
import org.patientleadership.ladder.ParticipationStep;

/**
 * Writes a REDCap data dictionary for seed 003's workshop poll "Where on the ladder of participation are you
 * currently?": one survey record per person, naming the group and the activity they place and the step of the
 * Copenhagen ladder of participation they choose. The votes of a group, counted per step, make a
 * {@link org.patientleadership.placement.SelfPlacement} ({@code SelfPlacement.fromVotes}), which
 * {@link org.patientleadership.placement.PlacementGap} compares with the placement computed from the activity's
 * answers.
 *
 * <p>The step field's choices are the six steps from the top down, as the slide shows them, coded by step number
 * (1 = passive consumers … 6 = in control), with our short names and descriptions. The dictionary is kept in the
 * project as {@code docs/redcap/ladder-poll-dictionary.csv}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RedcapLadderPoll {

    /** The instrument (form) name. */
    public static final String FORM = "where_on_the_ladder";
    /** The variable of the group that answers, such as a team or a board. */
    public static final String GROUP = "poll_group";
    /** The variable of the activity being placed. */
    public static final String ACTIVITY = "poll_activity";
    /** The variable of the chosen step, coded 1 to 6. */
    public static final String STEP = "poll_step";

    private RedcapLadderPoll() {
    }

    /**
     * Writes the poll's data dictionary.
     *
     * @return the dictionary as CSV text, with REDCap's 18 columns, not null
     */
    public static String dictionary() {
        List<ParticipationStep> topDown = new ArrayList<>(Arrays.asList(ParticipationStep.values()));
        java.util.Collections.reverse(topDown);
        String choices = topDown.stream().map(s -> s.number() + ", " + s.displayName())
                .collect(Collectors.joining(" | "));
        StringBuilder guide = new StringBuilder("The steps of the " + Ladder.PARTICIPATION.displayName()
                + ", from the top:");
        topDown.forEach(s -> guide.append('\n').append(s.number()).append(' ').append(s.displayName()).append(": ")
                .append(s.description()));
        List<List<String>> rows = new ArrayList<>();
        rows.add(RedcapExport.DICTIONARY_COLUMNS);
        rows.add(field(RedcapExport.RECORD_ID, "", "text", "Record ID", "", "", ""));
        rows.add(field(GROUP, "Where on the ladder of participation are you?", "text",
                "Your group (team, board or panel)", "", "Everyone in the same group writes the same name", "y"));
        rows.add(field(ACTIVITY, "", "text", "The activity you are placing", "", "", "y"));
        rows.add(field("poll_guide", "", "descriptive", guide.toString(), "", "", ""));
        rows.add(field(STEP, "", "radio", "Where on the ladder is this activity now?", choices,
                "Choose the step that describes what happens today, not what is planned", "y"));
        return Table.write(rows);
    }

    private static List<String> field(String name, String section, String type, String label, String choices,
            String note, String required) {
        return RedcapExport.dictionaryRow(FORM, name, section, type, label, choices, note, "", "", required);
    }
}
