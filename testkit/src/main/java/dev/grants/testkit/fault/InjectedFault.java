package dev.grants.testkit.fault;

/**
 * What an outbound call armed with a failing {@link Fault} throws. Its message names the fault and the call and
 * starts with {@value #MARKER}, so a test can check that no answer on the wire ever carries it.
 *
 * <pre>{@code
 * assertThat(response.body()).doesNotContain(InjectedFault.MARKER);
 * }</pre>
 */
public final class InjectedFault extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** How every injected fault's message starts. */
  public static final String MARKER = "injected fault";

  private final transient Fault.Kind kind;
  private final transient OutboundCall call;

  /** A fault of {@code kind} at {@code call}. */
  public InjectedFault(Fault.Kind kind, OutboundCall call) {
    super(MARKER + ": " + kind + " at " + call);
    this.kind = kind;
    this.call = call;
  }

  /** The kind of fault. */
  public Fault.Kind kind() {
    return kind;
  }

  /** The call it was injected at. */
  public OutboundCall call() {
    return call;
  }
}
