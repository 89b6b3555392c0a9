package io.evolp.ui.files;

import io.evolp.core.InputProblem;
import io.evolp.io.onnx.OnnxImportResult;

import java.util.ArrayList;
import java.util.List;

/**
 * What an ONNX import needs the user to know, one line each: the operators the importer could not
 * follow (not fatal: convs behind them use declared shapes) and each approximation or left-out
 * node, at most {@link #MAX_PROBLEMS} of them so the dialog stays readable.
 */
final class OnnxReport {

    static final int MAX_PROBLEMS = 12;

    private OnnxReport() {
    }

    static List<String> lines(OnnxImportResult r) {
        List<String> out = new ArrayList<>();
        if (!r.unsupportedOperators().isEmpty()) {
            out.add("Operators the importer does not follow (not fatal): " + String.join(", ", r.unsupportedOperators()));
        }
        List<InputProblem> problems = r.problems();
        for (InputProblem p : problems.subList(0, Math.min(MAX_PROBLEMS, problems.size()))) out.add(p.describe());
        if (problems.size() > MAX_PROBLEMS) out.add("… and " + (problems.size() - MAX_PROBLEMS) + " more");
        return out;
    }
}
