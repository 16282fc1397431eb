package org.saphan.alerts.cap;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.saphan.schema.alert.AlertStatus;
import org.saphan.schema.alert.Category;
import org.saphan.schema.alert.Certainty;
import org.saphan.schema.alert.MessageType;
import org.saphan.schema.alert.ResponseType;
import org.saphan.schema.alert.Scope;
import org.saphan.schema.alert.Severity;
import org.saphan.schema.alert.Urgency;
import org.saphan.schema.common.GeoCircle;

/**
 * The one place where CAP 1.2's spellings meet our Avro enums, plus CAP's dateTime, circle and
 * polygon value formats. Used by the CAP XML import/export and by the alert validator, so a JSON
 * draft and a CAP document accept exactly the same values.
 *
 * <p>Parsing is exact and case-sensitive, as in the CAP 1.2 XSD: {@code "actual"} is not a status.
 * Every {@code parse...} method returns {@link Optional#empty()} for {@code null} or anything CAP
 * does not allow; the {@code allowed...} lists are the CAP spellings, in XSD order, for error
 * messages.
 *
 * <p>The {@code capText} methods are exhaustive switches without a default on purpose: when a
 * schema change adds an enum symbol, this class stops compiling until someone decides its CAP
 * spelling, instead of an alert failing at run time.
 */
public final class CapVocabulary {

  private static final Spellings<AlertStatus> STATUSES = new Spellings<>(AlertStatus.values(), CapVocabulary::capText);
  private static final Spellings<MessageType> MESSAGE_TYPES = new Spellings<>(MessageType.values(), CapVocabulary::capText);
  private static final Spellings<Scope> SCOPES = new Spellings<>(Scope.values(), CapVocabulary::capText);
  private static final Spellings<Category> CATEGORIES = new Spellings<>(Category.values(), CapVocabulary::capText);
  private static final Spellings<ResponseType> RESPONSE_TYPES = new Spellings<>(ResponseType.values(), CapVocabulary::capText);
  private static final Spellings<Urgency> URGENCIES = new Spellings<>(Urgency.values(), CapVocabulary::capText);
  private static final Spellings<Severity> SEVERITIES = new Spellings<>(Severity.values(), CapVocabulary::capText);
  private static final Spellings<Certainty> CERTAINTIES = new Spellings<>(Certainty.values(), CapVocabulary::capText);

  /**
   * The XSD's pattern {@code \d\d\d\d-\d\d-\d\dT\d\d:\d\d:\d\d[-,+]\d\d:\d\d} on top of xs:dateTime.
   * The XSD's {@code [-,+]} also lets a comma through the pattern, but xs:dateTime itself refuses
   * it, so only {@code +} and {@code -} are offsets. No {@code Z}, no fractional seconds.
   */
  private static final Pattern DATE_TIME =
      Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})([+-])(\\d{2}):(\\d{2})");
  /** xs:dateTime allows time zone offsets up to 14:00 either way; java.time would accept 18:00. */
  private static final int MAX_OFFSET_MINUTES = 14 * 60;
  private static final DateTimeFormatter LOCAL_DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

  /** A plain decimal: no exponent, no NaN or Infinity, which {@link Double#parseDouble} would accept. */
  private static final String DECIMAL = "[-+]?\\d+(?:\\.\\d+)?";
  private static final Pattern POINT = Pattern.compile("(" + DECIMAL + "),(" + DECIMAL + ")");
  private static final Pattern CIRCLE = Pattern.compile("(" + DECIMAL + "),(" + DECIMAL + ")\\s+(" + DECIMAL + ")");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private CapVocabulary() {}

  // --- status -------------------------------------------------------------------------------

  public static Optional<AlertStatus> parseStatus(String capText) {
    return STATUSES.parse(capText);
  }

  public static String capText(AlertStatus status) {
    return switch (Objects.requireNonNull(status, "status")) {
      case ACTUAL -> "Actual";
      case EXERCISE -> "Exercise";
      case SYSTEM -> "System";
      case TEST -> "Test";
      case DRAFT -> "Draft";
    };
  }

  public static List<String> allowedStatuses() {
    return STATUSES.allowed();
  }

  // --- msgType ------------------------------------------------------------------------------

  public static Optional<MessageType> parseMsgType(String capText) {
    return MESSAGE_TYPES.parse(capText);
  }

  public static String capText(MessageType msgType) {
    return switch (Objects.requireNonNull(msgType, "msgType")) {
      case ALERT -> "Alert";
      case UPDATE -> "Update";
      case CANCEL -> "Cancel";
      case ACK -> "Ack";
      case ERROR -> "Error";
    };
  }

  public static List<String> allowedMsgTypes() {
    return MESSAGE_TYPES.allowed();
  }

  // --- scope --------------------------------------------------------------------------------

  public static Optional<Scope> parseScope(String capText) {
    return SCOPES.parse(capText);
  }

  public static String capText(Scope scope) {
    return switch (Objects.requireNonNull(scope, "scope")) {
      case PUBLIC -> "Public";
      case RESTRICTED -> "Restricted";
      case PRIVATE -> "Private";
    };
  }

  public static List<String> allowedScopes() {
    return SCOPES.allowed();
  }

  // --- category -----------------------------------------------------------------------------

  public static Optional<Category> parseCategory(String capText) {
    return CATEGORIES.parse(capText);
  }

  public static String capText(Category category) {
    return switch (Objects.requireNonNull(category, "category")) {
      case GEO -> "Geo";
      case MET -> "Met";
      case SAFETY -> "Safety";
      case SECURITY -> "Security";
      case RESCUE -> "Rescue";
      case FIRE -> "Fire";
      case HEALTH -> "Health";
      case ENV -> "Env";
      case TRANSPORT -> "Transport";
      case INFRA -> "Infra";
      case CBRNE -> "CBRNE";
      case OTHER -> "Other";
    };
  }

  public static List<String> allowedCategories() {
    return CATEGORIES.allowed();
  }

  // --- responseType -------------------------------------------------------------------------

  public static Optional<ResponseType> parseResponseType(String capText) {
    return RESPONSE_TYPES.parse(capText);
  }

  public static String capText(ResponseType responseType) {
    return switch (Objects.requireNonNull(responseType, "responseType")) {
      case SHELTER -> "Shelter";
      case EVACUATE -> "Evacuate";
      case PREPARE -> "Prepare";
      case EXECUTE -> "Execute";
      case AVOID -> "Avoid";
      case MONITOR -> "Monitor";
      case ASSESS -> "Assess";
      case ALL_CLEAR -> "AllClear";
      case NONE -> "None";
    };
  }

  public static List<String> allowedResponseTypes() {
    return RESPONSE_TYPES.allowed();
  }

  // --- urgency, severity, certainty -----------------------------------------------------------

  public static Optional<Urgency> parseUrgency(String capText) {
    return URGENCIES.parse(capText);
  }

  public static String capText(Urgency urgency) {
    return switch (Objects.requireNonNull(urgency, "urgency")) {
      case IMMEDIATE -> "Immediate";
      case EXPECTED -> "Expected";
      case FUTURE -> "Future";
      case PAST -> "Past";
      case UNKNOWN -> "Unknown";
    };
  }

  public static List<String> allowedUrgencies() {
    return URGENCIES.allowed();
  }

  public static Optional<Severity> parseSeverity(String capText) {
    return SEVERITIES.parse(capText);
  }

  public static String capText(Severity severity) {
    return switch (Objects.requireNonNull(severity, "severity")) {
      case EXTREME -> "Extreme";
      case SEVERE -> "Severe";
      case MODERATE -> "Moderate";
      case MINOR -> "Minor";
      case UNKNOWN -> "Unknown";
    };
  }

  public static List<String> allowedSeverities() {
    return SEVERITIES.allowed();
  }

  public static Optional<Certainty> parseCertainty(String capText) {
    return CERTAINTIES.parse(capText);
  }

  public static String capText(Certainty certainty) {
    return switch (Objects.requireNonNull(certainty, "certainty")) {
      case OBSERVED -> "Observed";
      case LIKELY -> "Likely";
      case POSSIBLE -> "Possible";
      case UNLIKELY -> "Unlikely";
      case UNKNOWN -> "Unknown";
    };
  }

  public static List<String> allowedCertainties() {
    return CERTAINTIES.allowed();
  }

  // --- dateTime -----------------------------------------------------------------------------

  /**
   * A CAP dateTime such as {@code 2019-09-24T09:00:00+07:00} or {@code 2019-09-24T08:30:00+06:30}:
   * accepts exactly what the CAP 1.2 XSD accepts. Rejected: {@code Z} (CAP writes UTC as
   * {@code -00:00}), fractional seconds, a missing offset, offsets beyond ±14:00, year 0000 and
   * impossible dates such as 2019-02-29. Like xs:dateTime, {@code 24:00:00} is accepted and means
   * midnight at the start of the next day. No surrounding whitespace: callers reading XML trim first,
   * as the XSD's whitespace collapsing does.
   */
  public static Optional<OffsetDateTime> parseDateTime(String capText) {
    if (capText == null) {
      return Optional.empty();
    }
    Matcher m = DATE_TIME.matcher(capText);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      int year = Integer.parseInt(m.group(1));
      int hour = Integer.parseInt(m.group(4));
      int minute = Integer.parseInt(m.group(5));
      int second = Integer.parseInt(m.group(6));
      int offsetHours = Integer.parseInt(m.group(8));
      int offsetMinutes = Integer.parseInt(m.group(9));
      if (year == 0 || offsetMinutes > 59 || offsetHours * 60 + offsetMinutes > MAX_OFFSET_MINUTES) {
        return Optional.empty();
      }
      LocalDate date = LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      boolean endOfDay = hour == 24 && minute == 0 && second == 0;
      LocalDateTime local = endOfDay ? date.plusDays(1).atStartOfDay() : date.atTime(LocalTime.of(hour, minute, second));
      int sign = m.group(7).equals("-") ? -1 : 1;
      ZoneOffset offset = ZoneOffset.ofHoursMinutes(sign * offsetHours, sign * offsetMinutes);
      return Optional.of(OffsetDateTime.of(local, offset));
    } catch (DateTimeException outOfRange) {
      return Optional.empty();
    }
  }

  /**
   * {@code instant} as a CAP dateTime at {@code offsetMinutes} from UTC (+420 for Asia/Bangkok, +390
   * for Asia/Yangon). Fractional seconds are dropped: CAP cannot carry them. UTC is written
   * {@code -00:00}, as CAP 1.2 §3.3.2 requires.
   *
   * @throws IllegalArgumentException if the offset is beyond ±14:00, which xs:dateTime cannot carry
   */
  public static String formatDateTime(Instant instant, int offsetMinutes) {
    Objects.requireNonNull(instant, "instant");
    if (Math.abs(offsetMinutes) > MAX_OFFSET_MINUTES) {
      throw new IllegalArgumentException("UTC offset of " + offsetMinutes + " minutes is beyond ±14:00, which a CAP dateTime cannot carry");
    }
    ZoneOffset offset = ZoneOffset.ofTotalSeconds(offsetMinutes * 60);
    String local = LOCAL_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(offset));
    int abs = Math.abs(offsetMinutes);
    String sign = offsetMinutes > 0 ? "+" : "-";
    return local + String.format("%s%02d:%02d", sign, abs / 60, abs % 60);
  }

  // --- circle and polygon -------------------------------------------------------------------

  /**
   * A CAP circle {@code "lat,lon radius"}: WGS 84 centre, a space, the radius in kilometres
   * ({@code "20.4499,99.8839 2"}). Latitude −90..90, longitude −180..180, radius ≥ 0.
   */
  public static Optional<GeoCircle> parseCircle(String capText) {
    if (capText == null) {
      return Optional.empty();
    }
    Matcher m = CIRCLE.matcher(capText.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    double latitude = Double.parseDouble(m.group(1));
    double longitude = Double.parseDouble(m.group(2));
    double radiusKm = Double.parseDouble(m.group(3));
    if (!isLatitude(latitude) || !isLongitude(longitude) || radiusKm < 0) {
      return Optional.empty();
    }
    return Optional.of(new GeoCircle(latitude, longitude, radiusKm));
  }

  /** {@code circle} as CAP writes it, in plain decimals ({@code "20.4499,99.8839 2"}, never {@code 1.0E-4}). */
  public static String circleText(GeoCircle circle) {
    Objects.requireNonNull(circle, "circle");
    return decimal(circle.getLatitude()) + "," + decimal(circle.getLongitude()) + " " + decimal(circle.getRadiusKm());
  }

  /**
   * Whether {@code capText} is a CAP polygon: at least four whitespace-separated {@code lat,lon}
   * pairs in range, the first equal to the last (compared as numbers, so {@code 20,99} closes
   * {@code 20.0,99.0}).
   */
  public static boolean isValidPolygon(String capText) {
    if (capText == null || capText.isBlank()) {
      return false;
    }
    String[] pairs = WHITESPACE.split(capText.strip());
    if (pairs.length < 4) {
      return false;
    }
    double[][] points = new double[pairs.length][];
    for (int i = 0; i < pairs.length; i++) {
      Matcher m = POINT.matcher(pairs[i]);
      if (!m.matches()) {
        return false;
      }
      double latitude = Double.parseDouble(m.group(1));
      double longitude = Double.parseDouble(m.group(2));
      if (!isLatitude(latitude) || !isLongitude(longitude)) {
        return false;
      }
      points[i] = new double[] {latitude, longitude};
    }
    double[] first = points[0];
    double[] last = points[points.length - 1];
    return first[0] == last[0] && first[1] == last[1];
  }

  private static boolean isLatitude(double value) {
    return value >= -90 && value <= 90;
  }

  private static boolean isLongitude(double value) {
    return value >= -180 && value <= 180;
  }

  private static String decimal(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("a CAP coordinate or radius must be a finite number, got " + value);
    }
    String plain = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    return plain.equals("-0") ? "0" : plain;
  }

  /** Both directions of one enum's CAP spelling, derived from its {@code capText} switch. */
  private static final class Spellings<E extends Enum<E>> {
    private final Map<String, E> byCapText = new LinkedHashMap<>();

    Spellings(E[] values, Function<E, String> capText) {
      for (E value : values) {
        byCapText.put(capText.apply(value), value);
      }
    }

    Optional<E> parse(String capText) {
      return capText == null ? Optional.empty() : Optional.ofNullable(byCapText.get(capText));
    }

    List<String> allowed() {
      return List.copyOf(byCapText.keySet());
    }
  }
}
