package dev.cim.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Keeps the README's quick start equal to the code the build compiles and runs. */
class ReadmeQuickStartTest {

  @Test
  void readme_quickStartBlock_isTheTaggedRegionOfQuickStart() throws IOException {
    Path root = Path.of("").toAbsolutePath().getParent();
    List<String> source = Files.readAllLines(root.resolve(
        "cim-examples/src/main/java/dev/cim/examples/QuickStart.java"));
    int start = indexOf(source, "// tag::quickstart[]");
    int end = indexOf(source, "// end::quickstart[]");
    String indent = source.get(start).substring(0, source.get(start).indexOf("//"));
    String region = source.subList(start + 1, end).stream()
        .map(line -> line.startsWith(indent) ? line.substring(indent.length()) : line.strip())
        .collect(Collectors.joining("\n"));

    String readme = Files.readString(root.resolve("README.md"));

    assertThat(readme).as("README.md must show QuickStart's tagged region verbatim").contains(region);
  }

  private static int indexOf(List<String> lines, String marker) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(marker)) {
        return i;
      }
    }
    throw new AssertionError("marker not found: " + marker);
  }
}
