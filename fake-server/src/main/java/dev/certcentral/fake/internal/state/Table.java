package dev.certcentral.fake.internal.state;

import java.util.function.Supplier;

/**
 * A resource's own per-account state, such as wave 2's issued certificates: declared once as a
 * constant in the resource's package, made in each account on first use, forgotten with the account
 * on reset. Orders, requests and validations, which several resources share, are the account's own.
 *
 * @param <T> the table's type, mutable and thread-safe, changed only inside {@link Account#write}
 */
public final class Table<T> {

  private final String name;
  private final Class<T> type;
  private final Supplier<? extends T> factory;

  private Table(String name, Class<T> type, Supplier<? extends T> factory) {
    this.name = name;
    this.type = type;
    this.factory = factory;
  }

  /** A table of this type, made by {@code factory}; compared by identity, named for messages. */
  public static <T> Table<T> of(String name, Class<T> type, Supplier<? extends T> factory) {
    return new Table<>(name, type, factory);
  }

  Class<T> type() {
    return type;
  }

  T create() {
    return factory.get();
  }

  @Override
  public String toString() {
    return "Table{" + name + "}";
  }
}
