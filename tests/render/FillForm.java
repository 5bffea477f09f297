// Fills an XForm with JavaRosa (the engine of ODK Collect, bundled in ODK Validate's jar) and
// finalises it, as ODK Collect does: used by tests/render/test_xlsform.py, never shipped.
// Usage: java -cp ODK_Validate.jar:. FillForm form.xml name=value,name=value ... (one scenario per
// argument; "-" is the empty scenario). Required profile fields get a first choice or "33522".
// Prints one line per scenario: ACCEPTED, or REFUSED <reason> <field>.
import java.io.FileInputStream;
import org.javarosa.core.model.Constants;
import org.javarosa.core.model.FormDef;
import org.javarosa.core.model.FormIndex;
import org.javarosa.core.model.ValidateOutcome;
import org.javarosa.core.model.data.IntegerData;
import org.javarosa.core.model.data.SelectOneData;
import org.javarosa.core.model.data.StringData;
import org.javarosa.core.model.instance.InstanceInitializationFactory;
import org.javarosa.form.api.FormEntryController;
import org.javarosa.form.api.FormEntryModel;
import org.javarosa.form.api.FormEntryPrompt;
import org.javarosa.xform.util.XFormUtils;

public class FillForm {
    public static void main(String[] args) throws Exception {
        for (int s = 1; s < args.length; s++) {
            java.util.Map<String, Integer> values = new java.util.HashMap<>();
            if (!args[s].equals("-")) {
                for (String pair : args[s].split(",")) {
                    String[] kv = pair.split("=");
                    values.put(kv[0], Integer.parseInt(kv[1]));
                }
            }
            FormDef form = XFormUtils.getFormFromInputStream(new FileInputStream(args[0]));
            form.initialize(true, new InstanceInitializationFactory());
            FormEntryModel model = new FormEntryModel(form);
            FormEntryController entry = new FormEntryController(model);
            entry.jumpToIndex(FormIndex.createBeginningOfFormIndex());
            int event;
            while ((event = entry.stepToNextEvent()) != FormEntryController.EVENT_END_OF_FORM) {
                if (event != FormEntryController.EVENT_QUESTION) continue;
                FormEntryPrompt prompt = model.getQuestionPrompt();
                String name = prompt.getIndex().getReference().getNameLast();
                if (values.containsKey(name)) {  // saved as typed, unchecked: finalising checks
                    entry.saveAnswer(prompt.getIndex(), new IntegerData(values.get(name)), true);
                } else if (prompt.isRequired() && prompt.getAnswerValue() == null) {
                    if (prompt.getControlType() == Constants.CONTROL_SELECT_ONE) {
                        entry.saveAnswer(prompt.getIndex(),
                                new SelectOneData(prompt.getSelectChoices().get(0).selection()), true);
                    } else {
                        entry.saveAnswer(prompt.getIndex(), new StringData("33522"), true);
                    }
                }
            }
            ValidateOutcome outcome = form.validate(true);
            if (outcome == null) {
                System.out.println("ACCEPTED");
            } else {
                String why = outcome.outcome == FormEntryController.ANSWER_CONSTRAINT_VIOLATED ? "constraint"
                        : outcome.outcome == FormEntryController.ANSWER_REQUIRED_BUT_EMPTY ? "required"
                        : "outcome" + outcome.outcome;
                System.out.println("REFUSED " + why + " " + outcome.failedPrompt.getReference().getNameLast());
            }
        }
    }
}
