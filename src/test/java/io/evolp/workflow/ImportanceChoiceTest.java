package io.evolp.workflow;

import io.evolp.compress.ChannelImportance;
import io.evolp.core.ModelSpec;
import io.evolp.core.zoo.Zoo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportanceChoiceTest {

    private final ModelSpec vgg = Zoo.model("vgg16", null);

    @Test
    void uniformAndDemoChoicesResolveToThoseImportances() throws Exception {
        assertTrue(ImportanceChoice.uniform().resolve(vgg, "vgg16").uniformMode());
        ChannelImportance demo = ImportanceChoice.demo(5).resolve(vgg, "vgg16");
        assertFalse(demo.uniformMode());
        assertArrayEquals(ChannelImportance.random(vgg, 5).gammas(0), demo.gammas(0));
    }

    @Test
    void theModelFileChoiceNeedsGammasAndTheCommandLineFallsBackToUniform() throws Exception {
        var e = assertThrows(IllegalArgumentException.class, () -> ImportanceChoice.modelFile().resolve(vgg, "vgg16"));
        assertEquals("the model file carries no γ", e.getMessage());
        assertEquals(ImportanceChoice.Kind.UNIFORM, ImportanceChoice.modelFileOrUniform(vgg).kind());
        ChannelImportance demo = ChannelImportance.random(vgg, 1);
        Map<String, double[]> gammas = new java.util.HashMap<>();
        for (int i = 0; i < demo.layers(); i++) gammas.put(Integer.toString(i), demo.gammas(i));
        ModelSpec withGammas = new ModelSpec(vgg.name(), vgg.arch(), vgg.widths(), vgg.convs(), null, gammas);
        assertEquals(ImportanceChoice.Kind.MODEL_FILE, ImportanceChoice.modelFileOrUniform(withGammas).kind());
        ChannelImportance read = ImportanceChoice.modelFileOrUniform(withGammas).resolve(withGammas, "m.json");
        assertArrayEquals(demo.gammas(3), read.gammas(3));
    }

    @Test
    void aMissingGammaFileIsAnIoErrorAndAFileChoiceNeedsItsFile(@TempDir Path dir) {
        assertThrows(NoSuchFileException.class, () -> ImportanceChoice.file(dir.resolve("g.csv")).resolve(vgg, "vgg16"));
        assertThrows(IllegalArgumentException.class, () -> new ImportanceChoice(ImportanceChoice.Kind.FILE, 0, null));
    }
}
