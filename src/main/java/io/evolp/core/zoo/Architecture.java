package io.evolp.core.zoo;

import io.evolp.core.LayerConfig;

import java.util.List;

/**
 * A built-in model family. Its prunable layers are the conv outputs whose width compression may
 * change; {@link #convs(int[])} turns one width per prunable layer into all conv layers of the model
 * with the right input sizes and channel counts (residual and concat constraints included).
 */
public interface Architecture {

    /** Id used in model JSON ({@code "arch"}): vgg16, resnet50, mobilenetv1, inceptionv3. */
    String id();

    /** Input image size (224, or 299 for InceptionV3). */
    int inputSize();

    /** Full (unpruned) width of each prunable layer. */
    int[] fullWidths();

    /** Human-readable names of the prunable layers, same order as {@link #fullWidths()}. */
    List<String> prunableNames();

    /** All conv layers of the model at the given widths (length = number of prunable layers). */
    List<LayerConfig> convs(int[] widths);

    default List<LayerConfig> fullConvs() {
        return convs(fullWidths());
    }
}
