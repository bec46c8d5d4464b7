package org.annals.flink;

import org.annals.ingest.ItemCoder;
import org.annals.ingest.LanguageFilter;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Codes the items of one key (a content-derived article id) once: the first copy is coded with
 * the project's pipeline through {@link ItemCoder} (language, budget, undated articles as in
 * {@code annals ingest}); later copies are counted as duplicates and dropped. The "seen" flag is
 * keyed state, so it is checkpointed and a restored job does not code a stored article again.
 * The coder is built in {@link #open} (once per task; the pipeline itself once per JVM and profile,
 * {@link FlinkJobConfig#profile()}).
 *
 * <p>Thread-safety: Flink calls one instance from one thread.
 */
final class CodeFunction extends KeyedProcessFunction<String, Tuple2<String, String>, Tuple2<String, String>> {
  private static final long serialVersionUID = 1L;
  static final String READ = "annals-read";
  static final String DUPLICATES = "annals-duplicates";
  static final String SKIPPED = "annals-skipped";
  static final String CODED = "annals-coded";
  /** Failures injected in this JVM (tests read it). */
  static final java.util.concurrent.atomic.AtomicInteger INJECTED = new java.util.concurrent.atomic.AtomicInteger();

  private final FlinkJobConfig config;
  private final CoderFactory coderFactory;
  private transient ValueState<Boolean> seen;
  private transient ItemCoder coder;
  private transient LongCounter read;
  private transient LongCounter duplicates;
  private transient LongCounter skipped;
  private transient LongCounter coded;
  private transient int records;

  CodeFunction(FlinkJobConfig config, CoderFactory coderFactory) {
    this.config = config;
    this.coderFactory = coderFactory;
  }

  @Override
  public void open(OpenContext context) {
    seen = getRuntimeContext().getState(new ValueStateDescriptor<>("seen", Types.BOOLEAN));
    coder = new ItemCoder(() -> coderFactory.coder(config.profile()), config.budget(), new LanguageFilter(), config.ingestDate(),
        System.err::println);
    read = getRuntimeContext().getLongCounter(READ);
    duplicates = getRuntimeContext().getLongCounter(DUPLICATES);
    skipped = getRuntimeContext().getLongCounter(SKIPPED);
    coded = getRuntimeContext().getLongCounter(CODED);
  }

  @Override
  public void processElement(Tuple2<String, String> in, Context ctx, Collector<Tuple2<String, String>> out)
      throws Exception {
    read.add(1);
    if (seen.value() != null) {
      duplicates.add(1);
      return;
    }
    if (config.failAfter() > 0 && ++records > config.failAfter()
        && getRuntimeContext().getTaskInfo().getAttemptNumber() == 0) {
      INJECTED.incrementAndGet();
      throw new InjectedFailure("injected failure after " + config.failAfter() + " records (test)");
    }
    ItemCoder.Outcome o = coder.code(Envelopes.item(in.f1));
    seen.update(Boolean.TRUE);
    if (o != null) {
      (o.coded() != null ? coded : skipped).add(1);
      out.collect(Tuple2.of(in.f0, Envelopes.outcome(o)));
    }
  }

  /** The failure {@link FlinkJobConfig#failAfter} injects. */
  static final class InjectedFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InjectedFailure(String message) {
      super(message);
    }
  }
}
