package io.evolp.ui.devices;

import io.evolp.core.zoo.Zoo;
import io.evolp.measure.sim.DeviceProfile;
import io.evolp.ui.charts.ChartPane;
import io.evolp.ui.workspace.DatasetEntry;
import io.evolp.ui.workspace.DeviceSetup;
import io.evolp.ui.workspace.ModelEntry;
import io.evolp.ui.workspace.PredictorEntry;
import io.evolp.ui.workspace.UiContext;
import io.evolp.ui.workspace.Workspace;
import io.evolp.workflow.adaptive.CurvePoint;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * View of "Profile a new device": the device (simulated boards labelled as such), what to transfer
 * from (a workspace predictor or dataset of another device, or nothing), the models of interest, the
 * layers to measure and the output CSV; Start / Cancel, progress, the state line, and the live chart
 * of cross-validated error against layers measured. Everything bound to {@link ProfileModel}, every
 * button handed to {@link ProfileController}.
 */
final class ProfilePanel extends VBox {

    private final ProfileModel model;
    private final Workspace ws;
    private final ChartPane chart;

    ProfilePanel(ProfileController controller, UiContext ctx, Runnable close) {
        super(10);
        this.model = controller.model();
        this.ws = ctx.workspace();
        setId("profile-panel");
        setPadding(new Insets(12));
        Label title = new Label("Profile a new device");
        title.getStyleClass().add("screen-title");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button back = button("Back to devices", "profile-close", close, "Back to the device list; a running profile goes on");
        Label intro = new Label("Measures the layers that help most, one batch at a time, retrains after each batch and "
                + "stops at the budget or when the cross-validated error stops falling (2 batches without a gain of 1 point). "
                + "Every layer is written to the CSV as it arrives; Cancel keeps them, Start on the same file resumes.");
        intro.setWrapText(true);
        intro.getStyleClass().add("muted");

        ComboBox<String> device = new ComboBox<>(ws.sources());
        device.setId("profile-device");
        device.setConverter(converter(ProfilePanel::deviceLabel));
        device.valueProperty().bindBidirectional(model.device());
        device.setTooltip(new Tooltip("The device to profile. Simulated boards are analytic models, not hardware"));
        ComboBox<ProfileModel.Base> base = new ComboBox<>();
        base.setId("profile-base");
        base.setConverter(converter(this::baseLabel));
        base.valueProperty().bindBidirectional(model.base());
        base.setTooltip(new Tooltip("A predictor or dataset of another device to transfer from; none learns from scratch (auto)"));
        refreshBases(base, controller);
        ws.predictors().addListener((Observable o) -> refreshBases(base, controller));
        ws.datasets().addListener((Observable o) -> refreshBases(base, controller));
        FlowPane models = new FlowPane(12, 6);
        models.setId("profile-models");
        refreshModels(models);
        ws.models().addListener((ListChangeListener<ModelEntry>) c -> refreshModels(models));
        Spinner<Integer> budget = spinner("profile-budget", 1, 100_000, model.budget().get(), 10,
                "Layers to measure at most (rows of the dataset, resumed ones included)");
        budget.valueProperty().addListener((o, a, b) -> model.budget().set(b));
        Spinner<Integer> batch = spinner("profile-batch", 1, 1000, model.batch().get(), 5, "Layers measured between two retrainings");
        batch.valueProperty().addListener((o, a, b) -> model.batch().set(b));
        Label out = new Label();
        out.setId("profile-out");
        out.textProperty().bind(Bindings.createStringBinding(() -> model.output().get() == null ? "none chosen"
                : model.output().get().toString(), model.output()));
        Button chooseOut = button("Choose…", "profile-choose-out", () -> ctx.dialogs().saveFile("Dataset CSV to create or resume",
                "new-device.csv", List.of("*.csv")).ifPresent(controller::chooseOutput),
                "The dataset CSV to write; an existing one is resumed");
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(6);
        form.addRow(0, CampaignPanel.key("Device"), device);
        form.addRow(1, CampaignPanel.key("Transfer from"), base);
        form.addRow(2, CampaignPanel.key("Models of interest"), models);
        HBox layers = new HBox(8, budget, new Label("in batches of"), batch);
        layers.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        form.addRow(3, CampaignPanel.key("Layers to measure"), layers);
        form.addRow(4, CampaignPanel.key("Output CSV"), new HBox(8, out, chooseOut));
        GridPane.setHgrow(models, Priority.ALWAYS);
        form.disableProperty().bind(model.running()); // the running campaign keeps the choices it started with

        Button start = button("Start", "profile-start", controller::start, "Measure, retrain and chart batch by batch");
        start.disableProperty().bind(model.running());
        Button cancel = button("Cancel", "profile-cancel", controller::cancel,
                "Stop after the layer in flight; what was measured is kept and added to the workspace");
        cancel.disableProperty().bind(model.running().not());
        ProgressBar bar = new ProgressBar(0);
        bar.setId("profile-bar");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progress());
        HBox.setHgrow(bar, Priority.ALWAYS);
        Label state = bound("profile-state", model.state());
        DevicesView.errorStyle(state, model.stateError());
        Label latest = bound("profile-latest", model.latest());
        latest.setStyle("-fx-font-weight: bold;");
        Label added = bound("profile-added", model.added());

        chart = new ChartPane("profile-chart", ctx.dialogs(), ctx.tasks());
        chart.setMinHeight(260);
        VBox.setVgrow(chart, Priority.ALWAYS);
        model.curve().addListener((Observable o) -> redraw());
        model.device().addListener((Observable o) -> redraw());
        redraw();
        getChildren().addAll(new HBox(8, title, gap, back), intro, form, new HBox(8, start, cancel, bar), state, latest, added, chart);
    }

    private void redraw() {
        List<CurvePoint> points = List.copyOf(model.curve());
        String device = model.device().get() == null ? null : deviceLabel(model.device().get());
        chart.show(ProfileChart.build(points, device), () -> ProfileChart.build(points, device));
    }

    /** "Jetson-TX2-like GPU (simulated — not hardware)", "This machine (ONNX Runtime)", "Remote agent host:port", … */
    static String deviceLabel(String spec) {
        if (spec == null) return "";
        if (spec.startsWith("simulated:")) {
            String d = DeviceProfile.parse(spec).description();
            return d.contains("(simulated)") ? d.replace("(simulated)", "(simulated — not hardware)") : d + " (simulated — not hardware)";
        }
        if (DeviceSetup.isLocal(spec)) return "This machine (ONNX Runtime)";
        if (DeviceSetup.isAgent(spec)) return "Remote agent " + DevicesController.address(spec);
        return "Replay: " + Path.of(spec.substring("replay:".length())).getFileName() + " (recorded runs)";
    }

    private String baseLabel(ProfileModel.Base b) {
        if (b == null || b.none()) return "None — learn from scratch (auto)";
        if (b.predictor() != null) {
            PredictorEntry p = ws.predictors().stream().filter(e -> e.name().equals(b.predictor())).findFirst().orElse(null);
            return "Predictor " + b.predictor() + (p == null ? "" : " (device " + p.device() + ")");
        }
        DatasetEntry d = ws.dataset(b.dataset());
        return "Dataset " + b.dataset() + (d == null ? "" : " (" + d.device() + ", " + d.dataset().size() + " rows)");
    }

    private void refreshBases(ComboBox<ProfileModel.Base> box, ProfileController controller) {
        List<ProfileModel.Base> items = new ArrayList<>();
        items.add(ProfileModel.Base.NONE);
        for (PredictorEntry p : ws.predictors()) items.add(ProfileModel.Base.predictor(p.name()));
        for (DatasetEntry d : ws.datasets()) items.add(ProfileModel.Base.dataset(d.name()));
        ProfileModel.Base keep = model.base().get();
        box.getItems().setAll(items);
        model.base().set(keep == null ? ProfileModel.Base.NONE : keep); // a refill may clear the combo's value
        controller.sourcesChanged(); // a removed source resets to none with a note naming it
    }

    private void refreshModels(FlowPane pane) {
        List<String> names = new ArrayList<>(Zoo.ids());
        for (ModelEntry m : ws.models()) if (!names.contains(m.name())) names.add(m.name());
        pane.getChildren().clear();
        for (String n : names) {
            CheckBox c = new CheckBox(n);
            c.setId("profile-model-" + n.replaceAll("[^A-Za-z0-9_-]", "_"));
            c.setSelected(model.models().contains(n));
            c.selectedProperty().addListener((o, a, b) -> {
                if (b) model.models().add(n); else model.models().remove(n);
            });
            pane.getChildren().add(c);
        }
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override public String toString(T t) { return t == null ? "" : f.apply(t); }
            @Override public T fromString(String s) { throw new UnsupportedOperationException(); }
        };
    }

    private static Spinner<Integer> spinner(String id, int min, int max, int value, int step, String tip) {
        Spinner<Integer> s = new Spinner<>(min, max, value, step);
        s.setEditable(true);
        s.setPrefWidth(100);
        s.setId(id);
        s.setTooltip(new Tooltip(tip));
        return s;
    }

    private static Label bound(String id, javafx.beans.value.ObservableValue<String> text) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.textProperty().bind(text);
        return l;
    }

    private static Button button(String text, String id, Runnable action, String tip) {
        Button b = new Button(text);
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }
}
