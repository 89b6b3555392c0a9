package io.evolp.ui.datasets;

import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

/** For the screenshot and benchmark mains: a headless (Monocle) FX toolkit outside TestFX. */
final class FxHarness {

    private FxHarness() {
    }

    static void startHeadless() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        System.setProperty("headless.geometry", "1600x1000-32");
        Platform.startup(() -> { });
    }

    static <T> T call(Callable<T> c) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(c.call());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        return f.get();
    }

    static void run(Runnable r) throws Exception {
        call(() -> {
            r.run();
            return null;
        });
    }

    /** Polls {@code condition} on the FX thread until it holds. */
    static void waitFor(BooleanSupplier condition, long timeoutMs) throws Exception {
        long end = System.currentTimeMillis() + timeoutMs;
        while (!call(condition::getAsBoolean)) {
            if (System.currentTimeMillis() > end) throw new IllegalStateException("timed out");
            Thread.sleep(20); // a main, not a test: polling is fine here
        }
    }

    static void snapshot(Scene scene, Path file) throws Exception {
        Files.createDirectories(file.getParent());
        var img = call(() -> scene.snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", file.toFile());
        System.out.println("wrote " + file);
    }
}
