package dev.certcentral.fake;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/**
 * The standalone jar's {@code --dcv-policy}, one word per {@link DcvPolicy} factory: {@code
 * instant}, {@code never}, {@code delay:PT30S} ({@link DcvPolicy#after}) or {@code
 * random_delay:PT1M..PT2H[:SEED]} ({@link DcvPolicy#afterRandomDelay}), delays in ISO 8601 as the
 * control API takes them.
 */
final class DcvPolicyOption implements CommandLine.ITypeConverter<DcvPolicy> {

  /** What the option's help and its refusals show. */
  static final String FORMS = "instant, never, delay:PT30S or random_delay:PT1M..PT2H[:SEED]";

  @Override
  public DcvPolicy convert(String value) {
    String[] parts = value.trim().split(":", 3);
    DcvPolicy.Kind kind =
        DcvPolicy.Kind.fromValue(parts[0])
            .orElseThrow(() -> refused(value, "unknown kind '" + parts[0] + "'"));
    try {
      return switch (kind) {
        case INSTANT -> alone(DcvPolicy.instant(), parts, value);
        case NEVER -> alone(DcvPolicy.never(), parts, value);
        case DELAY -> {
          if (parts.length != 2) {
            throw refused(value, "a delay takes one duration");
          }
          yield DcvPolicy.after(Duration.parse(parts[1]));
        }
        case RANDOM_DELAY -> {
          String[] range = parts.length < 2 ? new String[0] : parts[1].split("\\.\\.", -1);
          if (range.length != 2) {
            throw refused(value, "a random delay takes MIN..MAX");
          }
          DcvPolicy policy =
              DcvPolicy.afterRandomDelay(Duration.parse(range[0]), Duration.parse(range[1]));
          yield parts.length == 3 ? policy.seed(Long.parseLong(parts[2])) : policy;
        }
      };
    } catch (DateTimeParseException e) {
      throw refused(value, "not an ISO 8601 duration: " + e.getParsedString());
    } catch (IllegalArgumentException e) {
      // Also a seed that is not a number: NumberFormatException is one.
      throw refused(value, e.getMessage());
    }
  }

  private static DcvPolicy alone(DcvPolicy policy, String[] parts, String value) {
    if (parts.length != 1) {
      throw refused(value, policy.kind().value() + " takes nothing after it");
    }
    return policy;
  }

  private static CommandLine.TypeConversionException refused(String value, String why) {
    return new CommandLine.TypeConversionException(
        "'" + value + "' is not a DCV policy (" + why + "); give " + FORMS);
  }
}
