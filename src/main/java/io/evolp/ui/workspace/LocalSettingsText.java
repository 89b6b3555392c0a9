package io.evolp.ui.workspace;

import io.evolp.measure.local.LocalSettings;

import java.util.Locale;

/**
 * {@link LocalSettings} as one line of text, the form the workspace's view settings (and so the
 * project file) keep per device: {@code threads=1 opt=ALL warmup=5 repeats=20 rounds=3 copies=20 seed=1}.
 * Unknown or broken parts fall back to the defaults, so an edited project file never stops a device.
 */
public final class LocalSettingsText {

    private LocalSettingsText() {
    }

    public static String format(LocalSettings s) {
        return "threads=" + s.intraOpThreads() + " opt=" + s.optLevel() + " warmup=" + s.warmup() + " repeats=" + s.repeats()
                + " rounds=" + s.rounds() + " copies=" + s.moduleRepeats() + " seed=" + s.seed();
    }

    /** The settings the text names; defaults for what it does not say or says wrongly. */
    public static LocalSettings parse(String text) {
        LocalSettings s = LocalSettings.defaults();
        if (text == null) return s;
        for (String part : text.trim().split("\\s+")) {
            int eq = part.indexOf('=');
            if (eq <= 0) continue;
            String key = part.substring(0, eq);
            String value = part.substring(eq + 1);
            try {
                s = switch (key) {
                    case "threads" -> s.withThreads(Integer.parseInt(value));
                    case "opt" -> s.withOptLevel(LocalSettings.OptLevel.valueOf(value.toUpperCase(Locale.ROOT)));
                    case "warmup" -> s.withWarmup(Integer.parseInt(value));
                    case "repeats" -> s.withRepeats(Integer.parseInt(value));
                    case "rounds" -> s.withRounds(Integer.parseInt(value));
                    case "copies" -> s.withModuleRepeats(Integer.parseInt(value));
                    case "seed" -> s.withSeed(Long.parseLong(value));
                    default -> s;
                };
            } catch (IllegalArgumentException e) {
                // out of range or not a number: keep the previous value
            }
        }
        return s;
    }

    /** "1 thread, opt ALL, 3 rounds × 20 runs after 5 warm-up, modules of 20 copies". */
    public static String describe(LocalSettings s) {
        return s.intraOpThreads() + (s.intraOpThreads() == 1 ? " thread" : " threads") + ", opt " + s.optLevel() + ", "
                + s.rounds() + " rounds × " + s.repeats() + " runs after " + s.warmup() + " warm-up, layer modules of "
                + s.moduleRepeats() + " copies";
    }
}
