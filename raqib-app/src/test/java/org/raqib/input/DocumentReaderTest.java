package org.raqib.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.raqib.input.JsonLinesTest.BOMBING;
import static org.raqib.input.JsonLinesTest.RAID;
import static org.raqib.input.JsonLinesTest.SHELLING;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raqib.model.Document;

/** Choosing the format, naming bad paths, and expanding folders. */
class DocumentReaderTest {
    @TempDir
    Path dir;

    private final DocumentReader reader = new DocumentReader();

    @Test
    void readsATextFileAsOneDocumentNamedAfterIt() throws Exception {
        Path f = write("report-2019.03.txt", RAID + "\n\n" + SHELLING + "\n");

        assertThat(reader.readAll(f)).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo("report-2019.03");
            assertThat(d.text()).isEqualTo(RAID + "\n\n" + SHELLING + "\n");
            assertThat(d.published()).isNull();
            assertThat(d.url()).isNull();
            assertThat(d.lang()).isEqualTo("ar");
        });
    }

    @Test
    void choosesTheFormatByExtensionWhateverItsCase() throws Exception {
        Path json = write("UPPER.JSONL", "{\"id\": \"j\", \"text\": \"" + RAID + "\"}\n");
        Path text = write("UPPER.TXT", "{\"id\": \"looks like JSON but is text\"}");
        Path html = write("UPPER.HTM", "<html><body><p>" + RAID + "</p></body></html>");

        assertThat(reader.readAll(json)).extracting(Document::id).containsExactly("j");
        assertThat(reader.readAll(text)).extracting(Document::text).containsExactly("{\"id\": \"looks like JSON but is text\"}");
        assertThat(reader.readAll(html)).extracting(Document::text).containsExactly(RAID);
    }

    @Test
    void sniffsTheFormatOfOtherNames() throws Exception {
        Path json = write("export.dat", "\uFEFF  {\"id\": \"j1\", \"text\": \"" + RAID + "\"}\n{\"id\": \"j2\", \"text\": \"" + BOMBING + "\"}\n");
        Path html = write("saved.page", "\n<!DOCTYPE html>\n<html><head><title>خبر</title></head><body><p>" + SHELLING + "</p></body></html>");
        Path legacyHtml = write("legacy.asp", "<HTML><BODY><P>" + SHELLING + "</P></BODY></HTML>");
        Path text = write("NOTES", RAID + "\n");

        assertThat(reader.readAll(json)).extracting(Document::id).containsExactly("j1", "j2");
        assertThat(reader.readAll(html)).singleElement().satisfies(d -> {
            assertThat(d.text()).isEqualTo(SHELLING);
            assertThat(d.title()).isEqualTo("خبر");
        });
        assertThat(reader.readAll(legacyHtml)).extracting(Document::text).containsExactly(SHELLING);
        assertThat(reader.readAll(text)).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo("NOTES");
            assertThat(d.text()).isEqualTo(RAID + "\n");
        });
    }

    @Test
    void namesAMissingFileAndRefusesAFolder() throws Exception {
        Path missing = dir.resolve("nope.jsonl");
        Path folder = Files.createDirectories(dir.resolve("reports"));

        assertThatThrownBy(() -> reader.readAll(missing)).isInstanceOf(InputException.class)
                .hasMessage(missing + ": no such file")
                .satisfies(e -> {
                    assertThat(((InputException) e).file()).isEqualTo(missing);
                    assertThat(((InputException) e).line()).isZero();
                });
        assertThatThrownBy(() -> reader.readAll(folder)).isInstanceOf(InputException.class)
                .hasMessage(folder + ": is a folder, not a file");
    }

    @Test
    void expandsFoldersIntoTheirSortedFilesSkippingHiddenOnes() throws Exception {
        Files.createDirectories(dir.resolve("in/sub"));
        Files.createDirectories(dir.resolve("in/.git/objects"));
        Files.createDirectories(dir.resolve("in/empty"));
        write("in/b.txt", RAID);
        write("in/a.jsonl", "{\"text\": \"x\"}");
        write("in/sub/c.html", "<p>x</p>");
        write("in/sub/.DS_Store", "x");
        write("in/.hidden.txt", "x");
        write("in/.git/objects/ab", "x");
        Path single = write("single.txt", RAID);
        Path missing = dir.resolve("missing.txt");

        List<Path> files = DocumentReader.expand(List.of(single, dir.resolve("in"), missing));

        assertThat(files).containsExactly(single, dir.resolve("in/a.jsonl"), dir.resolve("in/b.txt"),
                dir.resolve("in/sub/c.html"), missing);
    }

    @Test
    void expandsAnEmptyListAndAnEmptyFolderToNothing() throws Exception {
        assertThat(DocumentReader.expand(List.of())).isEmpty();
        assertThat(DocumentReader.expand(List.of(Files.createDirectories(dir.resolve("none"))))).isEmpty();
    }

    @Test
    void readsEveryFileOfAnExpandedFolder() throws Exception {
        Files.createDirectories(dir.resolve("mixed"));
        write("mixed/1.jsonl", "{\"text\": \"" + RAID + "\"}\n{\"text\": \"" + SHELLING + "\"}\n");
        write("mixed/2.txt", BOMBING);
        write("mixed/3.html", HtmlReaderTest.article(""));

        long count = 0;
        for (Path f : DocumentReader.expand(List.of(dir.resolve("mixed")))) count += reader.readAll(f).size();

        assertThat(count).isEqualTo(4);
    }

    private Path write(String name, String content) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }
}
