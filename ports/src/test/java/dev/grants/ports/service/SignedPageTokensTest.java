package dev.grants.ports.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.domain.error.GrantsError;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignedPageTokensTest {
  private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  private final SignedPageTokens tokens = new SignedPageTokens("key".getBytes(StandardCharsets.UTF_8));

  @Test
  void a_token_reads_back_as_the_offset_it_was_written_for_in_its_own_listing_only() {
    String token = tokens.write("status|a", 7);

    assertThat(tokens.read("status|a", token)).isEqualTo(Either.right(7));
    assertThat(tokens.read("status|b", token)).isEqualTo(Either.left(new GrantsError.InvalidPageToken(token)));
  }

  @Test
  void every_one_character_alteration_of_a_token_is_refused_including_the_unused_bits_of_its_last_character() {
    for (int offset : new int[] {1, 2, 100, 12345}) {
      String token = tokens.write("status|a", offset);
      List<String> accepted = new ArrayList<>();
      for (int position = 0; position < token.length(); position++) {
        for (char replacement : ALPHABET.toCharArray()) {
          String altered = token.substring(0, position) + replacement + token.substring(position + 1);
          if (!altered.equals(token) && tokens.read("status|a", altered).isRight()) {
            accepted.add(altered);
          }
        }
      }
      assertThat(accepted).as("alterations of %s accepted", token).isEmpty();
    }
  }

  @Test
  void a_token_with_padding_added_is_refused() {
    String token = tokens.write("status|a", 3);

    assertThat(tokens.read("status|a", token + "=")).isEqualTo(Either.left(new GrantsError.InvalidPageToken(token + "=")));
  }

  @Test
  void a_position_token_reads_back_its_bytes_in_its_own_listing_only_and_an_offset_reader_refuses_it() {
    byte[] position = "my-layer".getBytes(StandardCharsets.UTF_8);
    String token = tokens.writePosition("layers|a", position);

    assertThat(tokens.readPosition("layers|a", token).get()).isEqualTo(position);
    assertThat(tokens.readPosition("layers|b", token)).isEqualTo(Either.left(new GrantsError.InvalidPageToken(token)));
    assertThat(tokens.read("layers|a", token)).isEqualTo(Either.left(new GrantsError.InvalidPageToken(token)));
    assertThat(tokens.readPosition("layers|a", token + "=")).isEqualTo(
        Either.left(new GrantsError.InvalidPageToken(token + "=")));
  }
}
