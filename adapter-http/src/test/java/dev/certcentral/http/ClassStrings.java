package dev.certcentral.http;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The string literals of a class file: the {@code CONSTANT_String} entries of its constant pool
 * (JVMS 4.4). A {@code static final String} of another class that a class reads is copied here by
 * javac, so this sees every code constant a class uses, wherever it was declared.
 */
final class ClassStrings {

  private ClassStrings() {}

  /** The string literals of the class file read from {@code in}. */
  static Set<String> of(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(in);
    if (data.readInt() != 0xCAFEBABE) {
      throw new IOException("not a class file");
    }
    data.readUnsignedShort(); // minor version
    data.readUnsignedShort(); // major version
    int count = data.readUnsignedShort();
    Map<Integer, String> utf8 = new HashMap<>();
    Set<Integer> stringRefs = new HashSet<>();
    for (int index = 1; index < count; index++) {
      int tag = data.readUnsignedByte();
      switch (tag) {
        case 1 -> utf8.put(index, data.readUTF());
        case 8 -> stringRefs.add(data.readUnsignedShort());
        case 7, 16, 19, 20 -> data.skipBytes(2);
        case 15 -> data.skipBytes(3);
        case 3, 4, 9, 10, 11, 12, 17, 18 -> data.skipBytes(4);
        case 5, 6 -> {
          data.skipBytes(8);
          index++; // a long or a double takes two entries
        }
        default -> throw new IOException("unknown constant pool tag " + tag);
      }
    }
    Set<String> strings = new HashSet<>();
    for (int ref : stringRefs) {
      strings.add(utf8.get(ref));
    }
    return strings;
  }
}
