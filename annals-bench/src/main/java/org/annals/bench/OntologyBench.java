package org.annals.bench;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.annals.model.Ontology;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Ontology look-ups done for every coded event: the CAMEO code of a PLOVER type and mode (with
 * contexts), a CAMEO code's record, a PLOVER type's record.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class OntologyBench {
  private final Ontology ontology = Ontology.standard();
  private final List<String> military = List.of("military");

  @Benchmark
  public Optional<Ontology.CameoCode> cameoForTypeAndMode() {
    return ontology.cameoFor("CONSULT", "phone");
  }

  @Benchmark
  public Optional<Ontology.CameoCode> cameoForTypeModeAndContext() {
    return ontology.cameoFor("REQUEST", "yield", military);
  }

  @Benchmark
  public Optional<Ontology.CameoCode> cameoCode() {
    return ontology.cameo("1056");
  }

  @Benchmark
  public Optional<Ontology.PloverType> ploverType() {
    return ontology.plover("SANCTION");
  }
}
