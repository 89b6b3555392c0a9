package io.evolp.measure.campaign;

/**
 * @param device       name written to the CSV's {@code device} column; null = the source's id
 * @param shuffleSeed  measure pending rows in an order shuffled with this seed (spreads slow drift
 *                     and background load over all keys); null = the plan's order
 * @param reconnect    waiting for a lost device
 * @param forceToDisk  force every line to the storage device, not only to the OS (survives power
 *                     loss as well as a kill; a few ms per row)
 */
public record CampaignOptions(String device, Long shuffleSeed, ReconnectPolicy reconnect, boolean forceToDisk) {

    public CampaignOptions {
        if (device != null && device.isBlank()) device = null;
        if (reconnect == null) reconnect = ReconnectPolicy.defaults();
    }

    /** Source id as device, plan order, default reconnection, forced writes. */
    public static CampaignOptions defaults() {
        return new CampaignOptions(null, null, ReconnectPolicy.defaults(), true);
    }

    public CampaignOptions withDevice(String d) { return new CampaignOptions(d, shuffleSeed, reconnect, forceToDisk); }
    public CampaignOptions withShuffleSeed(Long s) { return new CampaignOptions(device, s, reconnect, forceToDisk); }
    public CampaignOptions withReconnect(ReconnectPolicy r) { return new CampaignOptions(device, shuffleSeed, r, forceToDisk); }
    public CampaignOptions withForceToDisk(boolean f) { return new CampaignOptions(device, shuffleSeed, reconnect, f); }
}
