package io.evolp.workflow;

import io.evolp.compress.ChannelImportance;
import io.evolp.compress.ImportanceFiles;
import io.evolp.core.ModelSpec;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where a compression's channel importance comes from, as plain values (the Compression screen's
 * importance field and {@code evolp compress}'s options both say one of these), and the one place
 * that turns the choice into a {@link ChannelImportance} for a model.
 *
 * @param seed seed of the demo γ (DEMO only)
 * @param file the γ file (FILE only)
 */
public record ImportanceChoice(Kind kind, long seed, Path file) {

    /** Uniform widths; seeded random γ (per-layer pruning for demos); a γ file; the model file's own γ. */
    public enum Kind { UNIFORM, DEMO, FILE, MODEL_FILE }

    public ImportanceChoice {
        if (kind == null) throw new IllegalArgumentException("no importance kind");
        if (kind == Kind.FILE && file == null) throw new IllegalArgumentException("a γ file choice needs the file");
    }

    public static ImportanceChoice uniform() { return new ImportanceChoice(Kind.UNIFORM, 0, null); }

    public static ImportanceChoice demo(long seed) { return new ImportanceChoice(Kind.DEMO, seed, null); }

    public static ImportanceChoice file(Path file) { return new ImportanceChoice(Kind.FILE, 0, file); }

    public static ImportanceChoice modelFile() { return new ImportanceChoice(Kind.MODEL_FILE, 0, null); }

    /**
     * The importance for {@code base}.
     *
     * @param modelLabel the model's file or architecture id, named in messages and descriptions
     * @throws IOException              when the γ file cannot be read
     * @throws IllegalArgumentException when the γ do not fit the model, or the model carries none
     */
    public ChannelImportance resolve(ModelSpec base, String modelLabel) throws IOException {
        return switch (kind) {
            case UNIFORM -> ChannelImportance.uniform();
            case DEMO -> ChannelImportance.random(base, seed);
            case FILE -> ImportanceFiles.read(file, base);
            case MODEL_FILE -> {
                ChannelImportance fromModel = ChannelImportance.fromModel(base, modelLabel);
                if (fromModel == null) throw new IllegalArgumentException("the model file carries no γ");
                yield fromModel;
            }
        };
    }

    /** The command line's default: the model file's own γ when it carries them, else uniform widths. */
    public static ImportanceChoice modelFileOrUniform(ModelSpec base) {
        return base.gammas().isEmpty() ? uniform() : modelFile();
    }
}
