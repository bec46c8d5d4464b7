package org.annals.eval.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.annals.kb.KnowledgeBase;
import org.annals.model.Article;
import org.annals.model.BadInputException;
import org.annals.model.CodedArticle;
import org.annals.model.TextInput;
import org.annals.store.EventStore;
import org.annals.verify.CheckedClaim;
import org.annals.verify.Verifier;

/**
 * Runs a coder (normally {@code Pipeline::code}) on the article a reference coding describes and
 * scores the result. The text is read exactly as stored (the reference spans are offsets into
 * it). Thread-safety: as the coder.
 */
public final class ArticleEvaluation {
  private ArticleEvaluation() {}

  /** The text file: {@code explicit} if given, else the gold's {@code article} field next to the gold file. */
  public static Path textPath(Path goldFile, ArticleGold gold, Path explicit) {
    if (explicit != null) {
      return explicit;
    }
    if (gold.article() == null) {
      throw new BadInputException(goldFile + ": no \"article\" field; give the text with --text FILE");
    }
    Path dir = goldFile.toAbsolutePath().getParent();
    return dir.resolve(gold.article()).normalize();
  }

  public static String readText(Path text) {
    try {
      return TextInput.decode(Files.readAllBytes(text), text.toString());
    } catch (NoSuchFileException e) {
      throw new BadInputException(text + ": no such file (the article text to evaluate)");
    } catch (IOException e) {
      throw new BadInputException(text + ": cannot read (" + e.getMessage() + ")", e);
    }
  }

  public static ArticleReport run(ArticleGoldReader.Result gold, String text,
      Function<Article, CodedArticle> coder) {
    CodedArticle coded = coder.apply(Article.of(text, gold.gold().published()));
    return ArticleScorer.score(gold.gold(), coded.events(), coded.claims(), gold.problems());
  }

  /**
   * Scores extraction and, against {@code store} (null: verdicts are reported as not scored),
   * the claims' verdicts.
   */
  public static ArticleReport run(ArticleGoldReader.Result gold, String text,
      Function<Article, CodedArticle> coder, EventStore store, KnowledgeBase kb) {
    CodedArticle coded = coder.apply(Article.of(text, gold.gold().published()));
    ArticleReport base = ArticleScorer.score(gold.gold(), coded.events(), coded.claims(), gold.problems());
    List<CheckedClaim> checked = store == null ? null : new Verifier().verifyAll(coded, store, kb);
    List<ArticleReport.Item> items = new ArrayList<>(base.items());
    items.addAll(VerdictScorer.score(gold.gold().claims(), checked));
    return new ArticleReport(items, base.problems());
  }
}
