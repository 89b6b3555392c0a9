package io.evolp.cli;

import picocli.CommandLine;

/** Version line for {@code evolp --version}: application, Java runtime. */
public final class VersionInfo implements CommandLine.IVersionProvider {

    public static String appVersion() {
        String v = VersionInfo.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[]{
                "EvoLP Workbench " + appVersion(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}
