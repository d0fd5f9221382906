package dev.grants.adapters.json.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.grants.domain.error.GrantsError;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorTableTest {
  private static final WireResponse INTERNAL = WireResponse.json(500, new byte[] {'{', '}'});

  @Test
  void a_leaf_given_twice_is_refused() {
    ErrorTable.Builder<Void> builder = ErrorTable.<Void>builder(() -> INTERNAL)
        .on(GrantsError.TargetIdRequired.class, required -> WireResponse.empty(400));

    assertThatThrownBy(() -> builder.asInternalError(GrantsError.TargetIdRequired.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(GrantsError.TargetIdRequired.class.getName() + " is answered twice");
  }

  @Test
  void the_hierarchy_itself_is_no_leaf() {
    assertThatThrownBy(() -> ErrorTable.<Void>builder(() -> INTERNAL)
        .on(GrantsError.class, error -> WireResponse.empty(400)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(GrantsError.class.getName() + " is not a leaf of GrantsError");
  }

  @Test
  void a_table_without_every_leaf_is_refused_naming_the_missing_ones() {
    ErrorTable.Builder<Void> builder = ErrorTable.<Void>builder(() -> INTERNAL);
    List<Class<? extends GrantsError>> leaves = ErrorTable.leaves();
    for (Class<? extends GrantsError> leaf : leaves) {
      if (leaf != GrantsError.TargetIdRequired.class && leaf != GrantsError.NoPolicy.class) {
        builder.asInternalError(leaf);
      }
    }

    assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no answer to ")
        .hasMessageContaining("TargetIdRequired")
        .hasMessageContaining("NoPolicy");
  }

  @Test
  void an_answer_sees_the_error_and_the_context() {
    ErrorTable.Builder<String> builder = ErrorTable.<String>builder(() -> INTERNAL)
        .onDepending(GrantsError.InvalidPageToken.class,
            (context, invalid) -> WireResponse.json(400, (context + ' ' + invalid.token()).getBytes()));
    for (Class<? extends GrantsError> leaf : ErrorTable.leaves()) {
      if (leaf != GrantsError.InvalidPageToken.class) {
        builder.asInternalError(leaf);
      }
    }
    ErrorTable<String> table = builder.build();

    assertThat(table.answer("ListInstances", new GrantsError.InvalidPageToken("t")).bodyAsString())
        .isEqualTo("ListInstances t");
    assertThat(table.answer("ListInstances", new GrantsError.TargetIdRequired())).isEqualTo(INTERNAL);
    assertThat(table.answersAsInternalError(GrantsError.InvalidPageToken.class)).isFalse();
    assertThat(table.answersAsInternalError(GrantsError.TargetIdRequired.class)).isTrue();
  }
}
