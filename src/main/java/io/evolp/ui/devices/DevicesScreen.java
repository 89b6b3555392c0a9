package io.evolp.ui.devices;

import io.evolp.measure.MeasurementSource;
import io.evolp.task.Job;
import io.evolp.task.TaskHandle;
import io.evolp.task.TaskRunner;
import io.evolp.ui.common.Screen;
import io.evolp.ui.workspace.DeviceSetup;
import io.evolp.ui.workspace.UiContext;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;

import java.util.function.Function;

/**
 * Devices, the composition root: the measurement sources of the workspace ({@code Workspace.sources()},
 * which the Compression screen offers too) — simulated profiles, replay files, this machine
 * ({@code local}, ONNX Runtime in a worker process) and remote agents — with their details, a Test,
 * "Try it" and measurement campaigns. Creates {@link DevicesModel}, {@link DevicesController} and
 * {@link DevicesView}; nothing else.
 */
public final class DevicesScreen implements Screen {

    private final DevicesModel model;
    private final DevicesController controller;
    private final DevicesView view;

    public DevicesScreen(UiContext ctx) {
        this(ctx, DeviceSetup::open);
    }

    /** @param opener opens non-local sources for Try it and campaigns (tests pass slow doubles) */
    DevicesScreen(UiContext ctx, Function<DeviceSetup, MeasurementSource> opener) {
        // The controller shows its own failures next to what failed, so the runner does not pop dialogs.
        TaskRunner quiet = new TaskRunner() {
            @Override
            public <T> TaskHandle<T> submit(String title, Job<T> job) {
                return ctx.tasks().submit(title, job, null, false);
            }
        };
        model = new DevicesModel(ctx.workspace().sources());
        controller = new DevicesController(ctx.workspace(), quiet, ctx.dialogs(), Platform::runLater, opener, model);
        view = new DevicesView(model, controller, ctx);
        ctx.workspace().sources().addListener((ListChangeListener<String>) c -> {
            while (c.next()) controller.forgetUnlisted(c.getRemoved());
        });
        view.selectFirst();
    }

    @Override
    public String title() {
        return "Devices";
    }

    @Override
    public Node view() {
        return view.node();
    }

    @Override
    public void shown() {
        view.selectFirst();
    }

    /** Stops the worker processes and tunnels this screen opened (closing the window, tests). */
    @Override
    public void dispose() {
        controller.close();
    }

    /** The screen's controller, for tests that drive it as the buttons do. */
    DevicesController controller() {
        return controller;
    }

    /** Opens "Profile a new device" (the device list's button; the shell may offer it too). */
    public void profileNewDevice() {
        view.showProfile();
    }

    /** Details of the selected replay file, once read (for tests and the Compression screen's hints). */
    public ReplayInfo replayInfo(String spec) {
        return model.replays().get(spec);
    }
}
