package io.evolp.ui.compression;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * ControlsFX {@link ValidationSupport} over the Compression form's typed numbers — the latency
 * budget and the maximum number of measurements (both editable spinners, whose text can hold
 * anything while the value stays at its last good number). An invalid entry is decorated with its
 * reason (icon with tooltip) and repeated in a red line under the controls; {@link #invalid()} is
 * true meanwhile, which disables Run and Step. The reasons come from {@link FormChecks}.
 */
final class SetupValidation {

    private final ValidationSupport support = new ValidationSupport();
    private final Label message = FormParts.errorLabel("formError");
    private final BooleanBinding invalid;

    SetupValidation(BudgetControl budget, Spinner<Integer> maxMeasurements) {
        register(budget.spinner().getEditor(), text -> FormChecks.budget(text, budget.min(), budget.max()));
        register(maxMeasurements.getEditor(),
                text -> FormChecks.count(text, SetupForm.MIN_MEASUREMENTS, SetupForm.MAX_MEASUREMENTS));
        invalid = Bindings.createBooleanBinding(() -> Boolean.TRUE.equals(support.isInvalid()), support.invalidProperty());
        message.textProperty().bind(Bindings.createStringBinding(() -> {
            ValidationResult r = support.getValidationResult();
            return r == null ? "" : r.getErrors().stream().map(ValidationMessage::getText).collect(Collectors.joining(" "));
        }, support.validationResultProperty()));
    }

    private void register(TextField field, Function<String, String> reason) {
        Validator<String> v = (Control c, String text) -> {
            String why = reason.apply(text);
            return ValidationResult.fromErrorIf(c, why, why != null);
        };
        support.registerValidator(field, false, v);
    }

    /** True while any typed number is refused. */
    BooleanBinding invalid() { return invalid; }

    /** The red line repeating the reasons ("" while the form is valid). */
    Label messageLabel() { return message; }

    /** The reason shown on {@code field}'s decoration, if it is refused. */
    Optional<String> reason(Control field) {
        return support.getHighestMessage(field).map(ValidationMessage::getText);
    }
}
