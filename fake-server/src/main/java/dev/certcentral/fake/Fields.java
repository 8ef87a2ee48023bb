package dev.certcentral.fake;

import java.util.function.Consumer;

/**
 * The fields of one of this package's immutable, builder-shaped values ({@link Fault}, {@link
 * OrderSpec}): each change copies them, so a value never changes once made and a new field is a new
 * method, never a new constructor argument.
 *
 * @param <F> the value's own fields
 */
abstract class Fields<F extends Fields<F>> implements Cloneable {

  /** A copy with {@code change} applied; these fields stay as they are. */
  @SuppressWarnings("unchecked")
  final F changed(Consumer<F> change) {
    F copy;
    try {
      copy = (F) clone();
    } catch (CloneNotSupportedException e) {
      throw new AssertionError("Fields are Cloneable", e);
    }
    change.accept(copy);
    return copy;
  }
}
