package io.evolp.core.zoo;

import io.evolp.core.LayerConfig;
import io.evolp.core.ModelSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The built-in model families of the paper, by id. */
public final class Zoo {

    private static final List<Architecture> ALL = List.of(
            new Vgg16(), new ResNet50(), new MobileNetV1(), new InceptionV3());

    private Zoo() {
    }

    public static List<Architecture> all() {
        return ALL;
    }

    /** Known ids in {@link #all()} order. */
    public static List<String> ids() {
        List<String> ids = new ArrayList<>();
        for (Architecture a : ALL) ids.add(a.id());
        return ids;
    }

    /**
     * Looks up an architecture by id, ignoring case, surrounding blanks and the separators other tools
     * write ({@code resnet-50}, {@code mobilenet_v1}, {@code inception_v3}, {@code VGG 16}); torchvision's
     * {@code vgg16_bn} is the zoo's VGG16 (batch-normalised, as the EvoLP authors prune it).
     */
    public static Architecture get(String id) {
        if (id != null) {
            String wanted = id.trim().toLowerCase(Locale.ROOT).replaceAll("[-_. ]", "");
            if (wanted.equals("vgg16bn")) wanted = "vgg16";
            for (Architecture a : ALL) {
                if (a.id().equals(wanted)) return a;
            }
        }
        throw new IllegalArgumentException("unknown architecture '" + id + "'; known: " + String.join(", ", ids()));
    }

    /**
     * A model of family {@code arch} at the given widths (full widths when null). The model's name is
     * the architecture id.
     *
     * @throws IllegalArgumentException for an unknown id or invalid widths (naming the layer)
     */
    public static ModelSpec model(String arch, int[] widthsOrNull) {
        Architecture a = get(arch);
        int[] widths = widthsOrNull == null ? a.fullWidths() : widthsOrNull;
        List<LayerConfig> convs = a.convs(widths);
        List<Integer> w = new ArrayList<>(widths.length);
        for (int x : widths) w.add(x);
        return new ModelSpec(a.id(), a.id(), w, convs, null, null);
    }
}
