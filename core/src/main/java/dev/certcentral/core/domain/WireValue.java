package dev.certcentral.core.domain;

/** An enum constant that stands for one string value in CertCentral's JSON. */
public interface WireValue {

  /** The exact string CertCentral uses for this constant. */
  String value();

  /**
   * Finds the constant for a raw value; never throws, so a value DigiCert adds later maps to {@code
   * unknown} instead of breaking the caller.
   */
  static <E extends Enum<E> & WireValue> E fromValue(Class<E> type, String raw, E unknown) {
    if (raw != null) {
      for (E constant : type.getEnumConstants()) {
        if (constant != unknown && constant.value().equalsIgnoreCase(raw)) {
          return constant;
        }
      }
    }
    return unknown;
  }
}
