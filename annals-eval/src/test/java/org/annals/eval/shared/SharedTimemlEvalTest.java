package org.annals.eval.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annals.eval.timeml.TimemlEvaluation;
import org.annals.eval.timeml.TimemlReport;
import org.annals.eval.timeml.TimexScores;
import org.annals.model.SharedData;
import org.annals.nlp.PipelineFactory;
import org.annals.nlp.time.TimeTagger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CI check of the temporal tagger on shared gold data: on the first {@value #DOCUMENTS}
 * TimeBank documents (the full 256-document run takes about ten minutes and is in
 * docs/EVALUATION.md), Annals' tagger must not fall behind plain SUTime on the same annotation,
 * and must stay above floors set from the full run (value F1 0.757, relaxed F1 0.935).
 */
class SharedTimemlEvalTest {
  static final int DOCUMENTS = 30;
  static final double MIN_VALUE_F1 = 0.65;
  static final double MIN_RELAXED_F1 = 0.85;

  @TempDir Path subset;

  @Test
  void annalsTaggerBeatsSutimeOnTimeBank() throws IOException {
    Path timebank = SharedData.require("eval/tempeval3-tbaq/TimeBank");
    List<Path> files = TimemlEvaluation.files(timebank).subList(0, DOCUMENTS);
    for (Path f : files) {
      Files.createSymbolicLink(subset.resolve(f.getFileName()), f);
    }
    TimemlReport r = new TimemlEvaluation(PipelineFactory.shared().annotator(), new TimeTagger())
        .run(subset, null);
    TimexScores annals = r.annals().scores();
    TimexScores sutime = r.baseline().scores();
    String summary = "annals " + annals + "\nsutime " + sutime;
    System.out.println(summary);
    assertThat(r.documents()).isEqualTo(DOCUMENTS);
    assertThat(annals.valueF1()).as(summary).isGreaterThanOrEqualTo(sutime.valueF1())
        .isGreaterThanOrEqualTo(MIN_VALUE_F1);
    assertThat(annals.relaxedF1()).as(summary).isGreaterThanOrEqualTo(sutime.relaxedF1())
        .isGreaterThanOrEqualTo(MIN_RELAXED_F1);
  }
}
