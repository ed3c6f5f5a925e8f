package nl.toezeggingen.cli;

import picocli.CommandLine.IVersionProvider;

final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Version.class.getPackage().getImplementationVersion();
        return new String[] {"Toezeggingen " + (version == null ? "(development)" : version)};
    }
}
