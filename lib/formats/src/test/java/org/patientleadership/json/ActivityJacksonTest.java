package org.patientleadership.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.patientleadership.ladder.EngagementLevel;
import org.patientleadership.placement.Activity;
import org.patientleadership.placement.Initiator;
import org.patientleadership.placement.PowerSharing;
import org.patientleadership.placement.Restriction;

/** An activity through plain Jackson data binding, on the class path (the JSON documents are in JsonFormat). */
class ActivityJacksonTest {

    private static final Activity SURVEY = Activity.of("Annual survey", EngagementLevel.COLLECTIVE,
            Initiator.ORGANISATION, PowerSharing.PATIENTS_ASKED, PowerSharing.PATIENTS_INFORMED);

    @Test
    void test_jackson_roundTrip() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        Activity a = SURVEY.plus(Restriction.PATIENTS_REQUIRED_TO_ATTEND);
        String json = mapper.writeValueAsString(a);
        assertThat(json).isEqualTo("{\"name\":\"Annual survey\",\"level\":\"COLLECTIVE\",\"initiatedBy\":"
                + "\"ORGANISATION\",\"sharing\":[\"PATIENTS_INFORMED\",\"PATIENTS_ASKED\"],"
                + "\"restrictions\":[\"PATIENTS_REQUIRED_TO_ATTEND\"]}");
        assertThat(mapper.readValue(json, Activity.class)).isEqualTo(a);
    }

}
