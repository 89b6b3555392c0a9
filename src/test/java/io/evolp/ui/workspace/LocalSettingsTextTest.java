package io.evolp.ui.workspace;

import io.evolp.measure.local.LocalSettings;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Measurement settings as the one line a project keeps per device; broken parts fall back to defaults. */
class LocalSettingsTextTest {

    private static final LocalSettings DEFAULTS = LocalSettings.defaults();

    @Test
    void formatAndParseRoundTrip() {
        LocalSettings s = DEFAULTS.withThreads(4).withWarmup(2).withRepeats(7).withRounds(5).withModuleRepeats(9).withSeed(42);
        String text = LocalSettingsText.format(s);
        assertEquals("threads=4 opt=" + s.optLevel() + " warmup=2 repeats=7 rounds=5 copies=9 seed=42", text);
        assertEquals(s, LocalSettingsText.parse(text));
    }

    @Test
    void missingOrBrokenPartsKeepTheDefaults() {
        assertEquals(DEFAULTS, LocalSettingsText.parse(null));
        assertEquals(DEFAULTS, LocalSettingsText.parse("  "));
        assertEquals(DEFAULTS.withThreads(2), LocalSettingsText.parse("threads=2 warmup=many rounds=0 colour=blue =3 noequals"));
        assertEquals(DEFAULTS, LocalSettingsText.parse("threads=999 opt=FASTEST"), "out of range or unknown: ignored");
    }

    @Test
    void optimisationLevelsAreReadInAnyCase() {
        for (LocalSettings.OptLevel o : LocalSettings.OptLevel.values()) {
            assertEquals(o, LocalSettingsText.parse("opt=" + o.name().toLowerCase(java.util.Locale.ROOT)).optLevel());
        }
    }

    @Test
    void describedForPeople() {
        LocalSettings s = DEFAULTS.withThreads(1).withRounds(3).withRepeats(20).withWarmup(5).withModuleRepeats(20);
        assertEquals("1 thread, opt " + s.optLevel() + ", 3 rounds × 20 runs after 5 warm-up, layer modules of 20 copies",
                LocalSettingsText.describe(s));
        assertEquals("2 threads", LocalSettingsText.describe(s.withThreads(2)).split(",")[0]);
    }
}
