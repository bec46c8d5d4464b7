package org.annals.flink;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.flink.api.connector.source.lib.util.IteratorSourceSplit;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.core.io.SimpleVersionedSerializer;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;

/**
 * One source argument (a file or a directory) to read, and how many of its items were already
 * emitted before the last checkpoint (they are read again and passed over after a restore, so
 * the restored job emits each item once). Immutable.
 *
 * @param index position of the argument on the command line (the split id)
 * @param path the file or directory
 * @param emitted items already emitted
 * @param published publication date for inputs without one, or null
 * @param fields JSON/CSV field names as ATTR=NAME
 */
record FileSplit(int index, String path, long emitted, LocalDate published, List<String> fields)
    implements IteratorSourceSplit<Tuple2<String, String>, ItemIterator> {

  @Override
  public String splitId() {
    return Integer.toString(index);
  }

  @Override
  public ItemIterator getIterator() {
    return new ItemIterator(this);
  }

  @Override
  public IteratorSourceSplit<Tuple2<String, String>, ItemIterator> getUpdatedSplitForIterator(ItemIterator it) {
    return new FileSplit(index, path, emitted + it.consumed(), published, fields);
  }

  /** Serialises a split and the enumerator's remaining splits. */
  static final class Serializer implements SimpleVersionedSerializer<FileSplit> {
    @Override
    public int getVersion() {
      return 1;
    }

    @Override
    public byte[] serialize(FileSplit s) throws IOException {
      DataOutputSerializer out = new DataOutputSerializer(256);
      write(s, out);
      return out.getCopyOfBuffer();
    }

    @Override
    public FileSplit deserialize(int version, byte[] bytes) throws IOException {
      return read(new DataInputDeserializer(bytes));
    }

    static void write(FileSplit s, DataOutputSerializer out) throws IOException {
      out.writeInt(s.index());
      out.writeUTF(s.path());
      out.writeLong(s.emitted());
      out.writeUTF(s.published() == null ? "" : s.published().toString());
      out.writeInt(s.fields().size());
      for (String f : s.fields()) {
        out.writeUTF(f);
      }
    }

    static FileSplit read(DataInputDeserializer in) throws IOException {
      int index = in.readInt();
      String path = in.readUTF();
      long emitted = in.readLong();
      String published = in.readUTF();
      int n = in.readInt();
      List<String> fields = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        fields.add(in.readUTF());
      }
      return new FileSplit(index, path, emitted, published.isEmpty() ? null : LocalDate.parse(published), fields);
    }
  }

  /** The enumerator's checkpoint: the splits not yet handed out. */
  static final class ListSerializer implements SimpleVersionedSerializer<Collection<FileSplit>> {
    @Override
    public int getVersion() {
      return 1;
    }

    @Override
    public byte[] serialize(Collection<FileSplit> splits) throws IOException {
      DataOutputSerializer out = new DataOutputSerializer(256);
      out.writeInt(splits.size());
      for (FileSplit s : splits) {
        Serializer.write(s, out);
      }
      return out.getCopyOfBuffer();
    }

    @Override
    public Collection<FileSplit> deserialize(int version, byte[] bytes) throws IOException {
      DataInputDeserializer in = new DataInputDeserializer(bytes);
      int n = in.readInt();
      List<FileSplit> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(Serializer.read(in));
      }
      return out;
    }
  }
}
