package dev.grants.domain.wrong_example;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Wrong: reads a file. */
public final class FileReadingEntity {
  public byte[] read(String name) {
    try {
      return Files.readAllBytes(Path.of(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
