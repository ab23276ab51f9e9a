package org.raqib.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.raqib.extract.ClaimExtractor;
import org.raqib.resolve.ActorDictionary;
import org.raqib.resolve.place.Gazetteer;

/** The claim extractor of a data directory: the built-in gazetteer plus any imported places. */
final class Extractors {
    private Extractors() {}

    static ClaimExtractor forData(Path data) throws IOException {
        Path imported = GazetteerCommand.importedFile(data);
        if (!Files.isRegularFile(imported)) return new ClaimExtractor();
        try (BufferedReader r = GazetteerCommand.open(imported)) {
            Gazetteer g = Gazetteer.defaults().with(Gazetteer.read(r, imported.toString()));
            return new ClaimExtractor(ActorDictionary.defaults(), g);
        }
    }
}
