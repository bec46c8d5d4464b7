package org.annals.flink;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.source.Boundedness;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.api.connector.source.SourceReader;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.api.connector.source.SplitEnumerator;
import org.apache.flink.api.connector.source.SplitEnumeratorContext;
import org.apache.flink.api.connector.source.lib.util.IteratorSourceEnumerator;
import org.apache.flink.api.connector.source.lib.util.IteratorSourceReader;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.api.java.typeutils.ResultTypeQueryable;
import org.apache.flink.core.io.SimpleVersionedSerializer;

/**
 * A bounded Flink source over the project's readers (text, HTML, JSON, JSON Lines, CSV, RSS/Atom
 * files, WARC, directories): one split per source argument, handed to whichever reader asks
 * next, so slots share the files; each reader checkpoints how far into its split it is. Emits
 * (article id or failure key, {@link Envelopes.Item} JSON). Failures to read a record are items
 * too (they become the store's dead letters, as in {@code annals ingest}).
 */
final class ArticleFileSource implements Source<Tuple2<String, String>, FileSplit, Collection<FileSplit>>,
    ResultTypeQueryable<Tuple2<String, String>> {
  private static final long serialVersionUID = 1L;
  static final TypeInformation<Tuple2<String, String>> TYPE = Types.TUPLE(Types.STRING, Types.STRING);

  private final FlinkJobConfig config;

  ArticleFileSource(FlinkJobConfig config) {
    this.config = config;
  }

  @Override
  public Boundedness getBoundedness() {
    return Boundedness.BOUNDED;
  }

  @Override
  public SourceReader<Tuple2<String, String>, FileSplit> createReader(SourceReaderContext context) {
    return new Reader(context);
  }

  @Override
  public SplitEnumerator<FileSplit, Collection<FileSplit>> createEnumerator(SplitEnumeratorContext<FileSplit> c) {
    List<FileSplit> splits = new ArrayList<>();
    for (int i = 0; i < config.sources().size(); i++) {
      splits.add(new FileSplit(i, config.sources().get(i), 0, config.published(), config.fields()));
    }
    return new IteratorSourceEnumerator<>(c, splits);
  }

  @Override
  public SplitEnumerator<FileSplit, Collection<FileSplit>> restoreEnumerator(SplitEnumeratorContext<FileSplit> c,
      Collection<FileSplit> remaining) {
    return new IteratorSourceEnumerator<>(c, remaining);
  }

  @Override
  public SimpleVersionedSerializer<FileSplit> getSplitSerializer() {
    return new FileSplit.Serializer();
  }

  @Override
  public SimpleVersionedSerializer<Collection<FileSplit>> getEnumeratorCheckpointSerializer() {
    return new FileSplit.ListSerializer();
  }

  @Override
  public TypeInformation<Tuple2<String, String>> getProducedType() {
    return TYPE;
  }

  /** Flink's iterator reader, which also stops the reading thread of its current split on close. */
  private static final class Reader extends IteratorSourceReader<Tuple2<String, String>, ItemIterator, FileSplit> {
    Reader(SourceReaderContext context) {
      super(context);
    }

    @Override
    public void close() throws Exception {
      if (iterator != null) {
        iterator.close();
      }
      super.close();
    }
  }
}
