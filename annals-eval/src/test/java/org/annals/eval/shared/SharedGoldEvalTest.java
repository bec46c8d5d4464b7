package org.annals.eval.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.annals.eval.article.ArticleEvaluation;
import org.annals.eval.article.ArticleGoldReader;
import org.annals.eval.article.ArticleReport;
import org.annals.eval.article.ArticleReportText;
import org.annals.eval.plover.PloverEvaluation;
import org.annals.eval.plover.PloverGoldReader;
import org.annals.eval.plover.PloverReport;
import org.annals.eval.plover.PloverReportText;
import org.annals.model.SharedData;
import org.annals.nlp.Pipeline;
import org.annals.nlp.PipelineFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The CI check: the evals on the shared gold data, failing when accuracy falls below the levels
 * the coder issue sets. Skips when {@code ../shared} is absent (CI has it) and, until the event
 * coder is part of the pipeline, when the pipeline has no coding stage at all (then there is
 * nothing to measure; the thresholds apply as soon as any stage exists).
 */
class SharedGoldEvalTest {
  /** Threshold: event-type accuracy on the PLOVER gold records (coder issue). */
  static final double MIN_EVENT_TYPE_ACCURACY = 0.75;
  /** Threshold: source-country accuracy on the PLOVER gold records (coder issue). */
  static final double MIN_SOURCE_COUNTRY_ACCURACY = 0.75;

  private static Pipeline pipeline() {
    Pipeline p = PipelineFactory.shared();
    Assumptions.assumeFalse(p.stages().isEmpty(),
        "skipped: the pipeline has no coding stages yet (annotation only); nothing to score");
    return p;
  }

  @Test
  void ploverGoldRecordsMeetTheCoderThresholds() {
    Path file = SharedData.require("eval/plover-gsr/dev.json");
    Pipeline pipeline = pipeline();
    PloverGoldReader.GoldSet gold = PloverGoldReader.read(file);
    PloverReport r = PloverEvaluation.run(gold, file.toString(), pipeline::code, m -> { });
    String table = PloverReportText.format(r, file.toString(), 10);
    System.out.println(table);
    assertThat(r.records()).as("records scored").isGreaterThan(150);
    assertThat(r.eventType().value()).as("event-type accuracy\n" + table)
        .isGreaterThanOrEqualTo(MIN_EVENT_TYPE_ACCURACY);
    assertThat(r.sourceCountry().value()).as("source-country accuracy\n" + table)
        .isGreaterThanOrEqualTo(MIN_SOURCE_COUNTRY_ACCURACY);
  }

  @Test
  void exampleArticleHasAllMustEvents() {
    Path gold = SharedData.require("seed/putin-trump-call.expected.json");
    Pipeline pipeline = pipeline();
    ArticleGoldReader.Result result = ArticleGoldReader.read(gold);
    Path text = ArticleEvaluation.textPath(gold, result.gold(), null);
    ArticleReport r = ArticleEvaluation.run(result, ArticleEvaluation.readText(text), pipeline::code);
    String report = ArticleReportText.format(r, gold.toString(), text.toString());
    System.out.println(report);
    assertThat(r.problems()).as("gold problems").isEmpty();
    assertThat(r.passed("must")).as("must events passed\n" + report).isEqualTo(r.total("must"));
  }
}
