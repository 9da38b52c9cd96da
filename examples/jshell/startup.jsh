// JShell startup script for Patient Leadership (loaded after JShell's DEFAULT and PRINTING startups).
import org.patientleadership.*;
import org.patientleadership.catalogue.*;
import org.patientleadership.ladder.*;
import org.patientleadership.roles.*;
import org.patientleadership.checklist.*;
import org.patientleadership.coproduction.*;
import org.patientleadership.assessment.*;
import org.patientleadership.placement.*;
import org.patientleadership.profile.*;
import org.patientleadership.json.*;
import org.patientleadership.fhir.*;
import org.patientleadership.csv.*;
import org.patientleadership.report.*;
import org.patientleadership.analysis.*;
import org.patientleadership.research.*;
