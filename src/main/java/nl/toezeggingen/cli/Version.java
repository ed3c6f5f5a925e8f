package nl.toezeggingen.cli;

import nl.toezeggingen.app.AppVersion;
import picocli.CommandLine.IVersionProvider;

final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = AppVersion.current();
        return new String[] {"Toezeggingen " + (version == null ? "(development)" : version)};
    }
}
