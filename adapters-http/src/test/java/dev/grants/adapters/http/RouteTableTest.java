package dev.grants.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.grants.adapters.json.wire.WireResponse;
import dev.grants.domain.error.GrantsError;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.principal.Region;
import dev.grants.ports.in.CallContext;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteTableTest {
  private enum Operation { READ, WRITE }

  @Test
  void an_operation_routed_twice_is_refused() {
    RouteTable.Builder<Operation> builder = RouteTable.builder(Operation.class, (operation, error) -> refused(operation))
        .on(Operation.READ, call -> Either.right("command"), command -> Either.right("result"), RouteTableTest::ok);

    assertThatThrownBy(() -> builder.on(Operation.READ, call -> Either.right("again"),
        command -> Either.right("result"), RouteTableTest::ok))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("READ is routed twice");
  }

  @Test
  void an_operation_left_out_is_refused() {
    RouteTable.Builder<Operation> builder = RouteTable.builder(Operation.class, (operation, error) -> refused(operation))
        .on(Operation.READ, call -> Either.right("command"), command -> Either.right("result"), RouteTableTest::ok);

    assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class).hasMessage("WRITE has no route");
  }

  @Test
  void an_answer_is_the_decoders_refusal_the_ports_refusal_or_the_encoded_result() {
    RouteTable<Operation> routes = RouteTable.builder(Operation.class, (operation, error) -> refused(operation))
        .on(Operation.READ, call -> Either.right(call.label("Name")), name -> Either.right("read " + name),
            RouteTableTest::ok)
        .on(Operation.WRITE, call -> call.body().length == 0 ? Either.left(WireResponse.empty(400)) : Either.right(1),
            command -> Either.<GrantsError, String>left(new GrantsError.TargetIdRequired()), RouteTableTest::ok)
        .build();

    assertThat(routes.answer(Operation.READ, call("", Map.of("Name", "x"))).bodyAsString()).isEqualTo("read x");
    assertThat(routes.answer(Operation.WRITE, call("", Map.of()))).isEqualTo(WireResponse.empty(400));
    assertThat(routes.answer(Operation.WRITE, call("{}", Map.of()))).isEqualTo(refused(Operation.WRITE));
  }

  private static Call call(String body, Map<String, String> labels) {
    return new Call(new EndpointRequest("POST", "/", Map.of("q", List.of("1")), null,
        body.getBytes(StandardCharsets.UTF_8),
        new CallContext(AccountId.of("123456789012"), Region.of("us-east-1"), null)), labels);
  }

  private static WireResponse ok(String result) {
    return WireResponse.json(200, result.getBytes(StandardCharsets.UTF_8));
  }

  private static WireResponse refused(Operation operation) {
    return WireResponse.json(409, operation.name().getBytes(StandardCharsets.UTF_8));
  }
}
