package dev.grants.domain.layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LayerContentTest {

  @Test
  void no_bytes_have_the_sha_256_of_the_empty_input() {
    assertThat(LayerContent.ofArchive(new byte[0]))
        .isEqualTo(new LayerContent("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=", 0));
  }

  @Test
  void the_digest_is_base64_of_the_sha_256_of_the_bytes_and_the_size_their_count() {
    assertThat(LayerContent.ofArchive("abc".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo(new LayerContent("ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=", 3));
  }

  @Test
  void a_size_is_not_negative() {
    assertThatThrownBy(() -> new LayerContent("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=", -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
