package org.saphan.audit.fuzz;

import static org.saphan.audit.fuzz.Expected.ANSWER;
import static org.saphan.audit.fuzz.Expected.REFUSAL;

import com.ibm.icu.text.Transliterator;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.saphan.audit.fuzz.WriteExample.BodyUse;
import org.saphan.audit.fuzz.WriteExample.Slot;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The changes the fuzzer makes to a valid request, as jqwik arbitraries, in two classes: those that
 * break a rule and must be refused ({@link Expected#REFUSAL}) — malformed JSON, wrong types, missing
 * required fields, unknown fields, huge strings, invalid scripts, made-up vocabulary, malformed
 * dates, illegal identifiers, ids that name nothing — and those that may leave the request valid
 * ({@link Expected#ANSWER}) — an optional field left out, a text in any script or in Zawgyi, a
 * number sent as a string. Each change says what it did, so that a shrunk counterexample reads as
 * the request that broke the node.
 */
public final class Mutations {

  static final String MALFORMED_JSON = "malformed JSON";
  static final String INVALID_UTF_8 = "invalid UTF-8";
  static final String WRONG_CONTENT_TYPE = "wrong Content-Type";
  static final String UNKNOWN_FIELD = "unknown field";
  static final String WRONG_TYPE = "wrong type";
  static final String MISSING_REQUIRED = "missing required field";
  static final String MADE_UP_VOCABULARY = "made-up enum value";
  static final String MALFORMED_DATE = "malformed date";
  static final String ILLEGAL_IDENTIFIER = "illegal identifier";
  static final String HUGE_STRING = "huge string";
  static final String INVALID_SCRIPT = "invalid script";
  static final String MALFORMED_LANGUAGE = "malformed language tag";
  static final String NUMBER_OUT_OF_RANGE = "number out of range";
  static final String PATH_ID = "path id naming nothing or with illegal characters";
  static final String OPTIONAL_LEFT_OUT = "optional field left out or null";
  static final String SCALAR_AS_ANOTHER = "scalar sent as another scalar";
  static final String ANY_TEXT = "text in any script, Zawgyi, another language";
  static final String ANY_LANGUAGE = "well-formed language tag";
  static final String ANY_STRING = "any string";
  static final String ANY_NUMBER = "any number";
  static final String SAME_JSON_WRITTEN_OTHERWISE = "the same JSON written otherwise";

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Texts as the centres write them: Thai, Burmese, Lao, English, mixed. */
  private static final List<String> TEXTS = List.of(
      "สะพานมิตรภาพไทย–เมียนมาร์ แม่สาย–ท่าขี้เหล็ก",
      "လူကုန်ကူးမှု ကွန်ရက်၏ အစိတ်အပိုင်းဖြစ်သော နယ်စပ် တရားမဝင် ဝင်ရောက်မှု",
      "ການລັກລອບເຂົ້າເມືອງຕາມຊາຍແດນທີ່ເປັນສ່ວນໜຶ່ງຂອງຂະບວນການຄ້າມະນຸດ",
      "Illegal border crossing linked to human trafficking",
      "Mae Sai แม่สาย – Tachileik တာချီလိတ် – Houayxay ຫ້ວຍຊາຍ",
      "🚨 ด่วน 🚨 24 ชั่วโมง",
      "Tachile\u0301ik (not in NFC)");
  private static final Transliterator UNICODE_TO_ZAWGYI = Transliterator.getInstance("my-Zawgyi");
  private static final List<String> TRAILING = List.of(" x", "}", "]", ",", " {}", " null", " {\"extra\": 1}", "garbage", " //");
  private static final List<String> NOT_JSON = List.of("<alert/>", "a=1&b=2", "{'language': 'th'}", "{language: th}",
      "/* a note */ {}", "{\"text\": NaN}", "undefined", "text only", "\u0000");
  private static final List<String> MALFORMED_DATE_TIMES = List.of("2019-09-24 09:00", "24/09/2019 09:00", "2019-13-01T09:00:00+07:00",
      "2019-09-24T25:00:00+07:00", "2019-09-24T09:00:00+25:00", "2019-09-24T09:00:00", "2019-02-30T09:00:00+07:00", "yesterday",
      "20190924T090000+0700", "09:00");
  private static final List<String> MALFORMED_DATES = List.of("2019-02-30", "2019-11-31", "30/11/2019", "2019-1-5", "tomorrow", "20191130",
      "2019-11-30T00:00:00+07:00", "2019/11/30");
  private static final List<String> MALFORMED_LANGUAGES = List.of("not a tag!", "th_TH", "en--US", "1234", "#th", "thai language", "-",
      "x-", "th-");
  private static final List<String> WELL_FORMED_LANGUAGES = List.of("th", "my", "lo", "en", "fr", "xx", "zh-Hant-TW", "th-TH-u-nu-thai",
      "EN", "my-MM");
  private static final List<String> IDENTIFIER_BREAKERS = List.of(" ", ",", "<", "&");
  private static final List<String> PATH_BREAKERS = List.of(" ", "<", "&", ",", "/", "%", ";", "\\", "\u0000", "\n", "..", "ก", "?", "#");

  private Mutations() {}

  /** Requests of every example that has mutations of this class, each example equally often. */
  public static Arbitrary<FuzzRequest> requests(List<WriteExample> examples, Expected expected) {
    Map<WriteExample, List<Arbitrary<Mutation>>> byExample = new LinkedHashMap<>();
    for (WriteExample example : examples) {
      List<Arbitrary<Mutation>> mutations = expected == REFUSAL ? breaking(example) : doubtful(example);
      if (!mutations.isEmpty()) {
        byExample.put(example, mutations);
      }
    }
    return Arbitraries.of(List.copyOf(byExample.keySet()))
        .flatMap(example -> Arbitraries.oneOf(byExample.get(example)).map(mutation -> new FuzzRequest(example, mutation)));
  }

  // ---- changes that must be refused ------------------------------------------------------------

  static List<Arbitrary<Mutation>> breaking(WriteExample example) {
    List<Arbitrary<Mutation>> all = new ArrayList<>();
    if (!example.variables().isEmpty()) {
      all.add(pathIds(example));
    }
    if (example.bodyUse() == BodyUse.NONE) {
      return all;
    }
    all.add(malformedJson(example));
    all.add(Arbitraries.of("text/plain", "application/x-www-form-urlencoded", "application/octet-stream", "multipart/form-data; boundary=x",
        "application/xml", "none").map(type -> refusal(WRONG_CONTENT_TYPE, type).withContentType(type.equals("none") ? null : type)));
    add(all, example, s -> s.kind() == FieldKind.OBJECT, Mutations::unknownField);
    add(all, example, s -> !s.pointer().isEmpty(), Mutations::wrongType);
    add(all, example, Slot::required, Mutations::missing);
    add(all, example, s -> s.kind() == FieldKind.VOCABULARY, s -> Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10)
        .map(word -> set(refusal(MADE_UP_VOCABULARY, s.pointer() + " = made-up-" + word), s, NODES.stringNode("made-up-" + word))));
    add(all, example, s -> s.kind() == FieldKind.DATE_TIME, s -> Arbitraries.of(MALFORMED_DATE_TIMES)
        .map(date -> set(refusal(MALFORMED_DATE, s.pointer() + " = \"" + date + "\""), s, NODES.stringNode(date))));
    add(all, example, s -> s.kind() == FieldKind.DATE, s -> Arbitraries.of(MALFORMED_DATES)
        .map(date -> set(refusal(MALFORMED_DATE, s.pointer() + " = \"" + date + "\""), s, NODES.stringNode(date))));
    add(all, example, s -> s.kind() == FieldKind.IDENTIFIER, Mutations::illegalIdentifier);
    add(all, example, s -> s.kind().isString(), Mutations::huge);
    add(all, example, s -> s.kind() == FieldKind.ARRAY && s.value().size() > 0 && s.value().get(0).isString(), Mutations::manyLongStrings);
    add(all, example, s -> s.kind().isString(), Mutations::invalidUtf8);
    add(all, example, s -> s.kind() == FieldKind.TEXT || s.kind() == FieldKind.STRING, Mutations::badCharacter);
    add(all, example, s -> s.kind() == FieldKind.LANGUAGE, s -> Arbitraries.of(MALFORMED_LANGUAGES)
        .map(tag -> set(refusal(MALFORMED_LANGUAGE, s.pointer() + " = \"" + tag + "\""), s, NODES.stringNode(tag))));
    add(all, example, s -> s.kind() == FieldKind.MAP, s -> Arbitraries.of(MALFORMED_LANGUAGES).map(tag -> refusal(MALFORMED_LANGUAGE,
        s.pointer() + " gets the key \"" + tag + "\"").withTree(root -> {
          ((ObjectNode) root.at(s.pointer())).put(tag, "ด่าน");
          return root;
        })));
    add(all, example, s -> s.kind() == FieldKind.NUMBER, Mutations::outOfRange);
    return all;
  }

  private static Arbitrary<Mutation> pathIds(WriteExample example) {
    Arbitrary<String> name = Arbitraries.of(List.copyOf(example.variables().keySet()));
    Arbitrary<Mutation> unknown = Combinators.combine(name, Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8))
        .as((variable, word) -> refusal(PATH_ID, "{" + variable + "} = FUZZ-NO-SUCH-" + word).withVariable(variable, "FUZZ-NO-SUCH-" + word));
    Arbitrary<Mutation> illegal = Combinators.combine(name, Arbitraries.of(PATH_BREAKERS), Arbitraries.integers().between(0, 40))
        .as((variable, breaker, at) -> {
          String given = example.variables(REFUSAL).get(variable);
          String value = breaker.equals("..") ? ".." : given.substring(0, Math.min(at, given.length())) + breaker
              + given.substring(Math.min(at, given.length()));
          return refusal(PATH_ID, "{" + variable + "} = " + quoted(value)).withVariable(variable, value);
        });
    return Arbitraries.oneOf(unknown, illegal);
  }

  private static Arbitrary<Mutation> malformedJson(WriteExample example) {
    int length = JSON.writeValueAsBytes(example.freshBody()).length;
    List<Arbitrary<Mutation>> ways = new ArrayList<>(List.of(
        Arbitraries.integers().between(1, length - 1).map(cut -> refusal(MALFORMED_JSON, "cut after " + cut + " bytes")
            .withBytes(body -> Arrays.copyOf(body, Math.min(cut, body.length - 1)))),
        Arbitraries.integers().between(0, 200).map(n -> refusal(MALFORMED_JSON, "structural bracket " + n + " dropped")
            .withBytes(body -> withoutBracket(body, n))),
        Arbitraries.of(TRAILING).map(garbage -> refusal(MALFORMED_JSON, "followed by " + quoted(garbage))
            .withBytes(body -> concat(body, garbage.getBytes(StandardCharsets.UTF_8)))),
        Arbitraries.of(NOT_JSON).map(text -> refusal(MALFORMED_JSON, "not JSON: " + quoted(text)).withBody(utf8(text))),
        Arbitraries.of("[]", "42", "\"alert\"", "true", "[body]").map(root -> refusal(MALFORMED_JSON, "the body is " + root + ", not an object")
            .withBytes(body -> root.equals("[body]") ? concat(concat(utf8("["), body), utf8("]")) : utf8(root)))));
    if (example.bodyUse() == BodyUse.REQUIRED) {
      ways.add(Arbitraries.of("", "null").map(body -> refusal(MALFORMED_JSON, "the body is " + (body.isEmpty() ? "empty" : "null"))
          .withBody(utf8(body))));
    }
    return Arbitraries.oneOf(ways);
  }

  private static Arbitrary<Mutation> unknownField(Slot object) {
    return Combinators.combine(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8),
        Arbitraries.of(NODES.stringNode("x"), NODES.numberNode(1), NODES.nullNode(), NODES.objectNode(), NODES.booleanNode(true)))
        .as((name, value) -> refusal(UNKNOWN_FIELD, (object.pointer().isEmpty() ? "the body" : object.pointer()) + " gets unknownField" + name)
            .withTree(root -> {
              ((ObjectNode) root.at(object.pointer())).set("unknownField" + name, value.deepCopy());
              return root;
            }));
  }

  /** A value of another shape: an object or array where a scalar belongs, a scalar where an object or array does, 2,000 nested arrays. */
  private static Arbitrary<Mutation> wrongType(Slot slot) {
    List<JsonNode> others = new ArrayList<>();
    if (slot.kind() != FieldKind.OBJECT && slot.kind() != FieldKind.MAP) {
      others.add(NODES.objectNode());
      others.add(NODES.objectNode().put("a", "b"));
    }
    if (slot.kind() != FieldKind.ARRAY) {
      others.add(NODES.arrayNode());
      others.add(NODES.arrayNode().add("x"));
    }
    if (slot.kind().isContainer()) {
      others.addAll(List.of(NODES.stringNode("x"), NODES.numberNode(7), NODES.booleanNode(true)));
    } else if (slot.kind() == FieldKind.NUMBER) {
      others.addAll(List.of(NODES.stringNode("abc"), NODES.stringNode("12abc")));
    } else if (slot.kind() == FieldKind.BOOLEAN) {
      others.add(NODES.stringNode("maybe"));
    }
    Arbitrary<Mutation> shapes = Arbitraries.of(others).map(value -> set(refusal(WRONG_TYPE, slot.pointer() + " = " + value), slot, value));
    Arbitrary<Mutation> nested = Arbitraries.just(set(refusal(WRONG_TYPE, slot.pointer() + " = 2,000 nested arrays"), slot,
        NODES.stringNode(Mutation.RAW)).withBytes(body -> replaceQuotedRaw(body, utf8("[".repeat(2000) + "]".repeat(2000)))));
    return Arbitraries.oneOf(shapes, nested);
  }

  private static Arbitrary<Mutation> missing(Slot slot) {
    List<Mutation> ways = new ArrayList<>(List.of(
        refusal(MISSING_REQUIRED, slot.pointer() + " left out").withTree(root -> JsonEdits.remove(root, slot.pointer())),
        set(refusal(MISSING_REQUIRED, slot.pointer() + " = null"), slot, NODES.nullNode())));
    if (slot.kind().isString()) {
      ways.add(set(refusal(MISSING_REQUIRED, slot.pointer() + " = \"\""), slot, NODES.stringNode("")));
      ways.add(set(refusal(MISSING_REQUIRED, slot.pointer() + " = blank"), slot, NODES.stringNode(" \t ")));
    }
    return Arbitraries.of(ways);
  }

  private static Arbitrary<Mutation> illegalIdentifier(Slot slot) {
    Arbitrary<Mutation> withBreaker = Combinators.combine(Arbitraries.of(IDENTIFIER_BREAKERS), Arbitraries.integers().between(0, 40))
        .as((breaker, at) -> refusal(ILLEGAL_IDENTIFIER, quoted(breaker) + " put into " + slot.pointer() + " at " + at).withTree(root -> {
          String given = root.at(slot.pointer()).asString();
          int i = Math.min(at, given.length());
          return JsonEdits.replace(root, slot.pointer(), NODES.stringNode(given.substring(0, i) + breaker + given.substring(i)));
        }));
    Arbitrary<Mutation> tooLong = Arbitraries.just(refusal(ILLEGAL_IDENTIFIER, slot.pointer() + " 300 characters longer").withTree(root ->
        JsonEdits.replace(root, slot.pointer(), NODES.stringNode(root.at(slot.pointer()).asString() + "A".repeat(300)))));
    return Arbitraries.oneOf(withBreaker, tooLong);
  }

  /** 100,000 to 900,000 characters: under the node's 1 MiB body limit in Latin letters, over it in Thai or Burmese (then 413). */
  private static Arbitrary<Mutation> huge(Slot slot) {
    return Combinators.combine(Arbitraries.integers().between(100_000, 900_000), Arbitraries.of("x", "ab ", "ก", "က"))
        .as((length, unit) -> set(refusal(HUGE_STRING, slot.pointer() + " = " + length + " characters of " + quoted(unit)), slot,
            NODES.stringNode(unit.repeat(length / unit.length()))));
  }

  /** Strings each under the limit of a string, together over the limit of an event (512 KiB), yet under the 1 MiB of a body. */
  private static Arbitrary<Mutation> manyLongStrings(Slot slot) {
    return Arbitraries.integers().between(60, 100).map(count -> {
      var strings = NODES.arrayNode();
      for (int i = 0; i < count; i++) {
        strings.add("x".repeat(9_000));
      }
      return set(refusal(HUGE_STRING, slot.pointer() + " = " + count + " strings of 9,000 characters"), slot, strings);
    });
  }

  private static Arbitrary<Mutation> invalidUtf8(Slot slot) {
    return Arbitraries.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0x80},
            new byte[] {(byte) 0xE0, (byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80})
        .map(raw -> set(refusal(INVALID_UTF_8, "bytes " + hex(raw) + " in " + slot.pointer()), slot, NODES.stringNode("ab" + Mutation.RAW + "cd"))
            .withRaw(raw));
  }

  /** An unpaired surrogate (escaped, as a client's JSON library sends it) or a control character other than tab and line breaks. */
  private static Arbitrary<Mutation> badCharacter(Slot slot) {
    Arbitrary<Mutation> surrogate = Combinators.combine(Arbitraries.of("\\ud800", "\\udbff", "\\udc00", "\\udfff"),
            Arbitraries.integers().between(0, 40))
        .as((escape, at) -> insert(refusal(INVALID_SCRIPT, "unpaired surrogate " + escape + " in " + slot.pointer() + " at " + at), slot, at,
            Mutation.RAW).withRaw(escape.getBytes(StandardCharsets.US_ASCII)));
    Arbitrary<Mutation> control = Combinators.combine(Arbitraries.chars().range('\u0000', '\u009F')
            .filter(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r'), Arbitraries.integers().between(0, 40))
        .as((c, at) -> insert(refusal(INVALID_SCRIPT, String.format("control character U+%04X in %s at %d", (int) c, slot.pointer(), at)), slot,
            at, String.valueOf(c)));
    return Arbitraries.oneOf(surrogate, control);
  }

  private static Arbitrary<Mutation> outOfRange(Slot slot) {
    List<JsonNode> values = new ArrayList<>(List.of(NODES.numberNode(new BigInteger("99999999999999999999"))));
    if (slot.min() > Long.MIN_VALUE) {
      values.add(NODES.numberNode(slot.min() - 1));
    }
    if (slot.max() < Long.MAX_VALUE) {
      values.add(NODES.numberNode(slot.max() + 1));
    }
    return Arbitraries.of(values).map(value -> set(refusal(NUMBER_OUT_OF_RANGE, slot.pointer() + " = " + value + " (allowed "
        + slot.min() + " to " + slot.max() + ")"), slot, value));
  }

  // ---- changes that may leave the request valid -------------------------------------------------

  static List<Arbitrary<Mutation>> doubtful(WriteExample example) {
    List<Arbitrary<Mutation>> all = new ArrayList<>();
    if (example.bodyUse() == BodyUse.NONE) {
      return all;
    }
    add(all, example, s -> !s.required() && !s.pointer().isEmpty(), s -> Arbitraries.of(
        answer(OPTIONAL_LEFT_OUT, s.pointer() + " left out").withTree(root -> JsonEdits.remove(root, s.pointer())),
        set(answer(OPTIONAL_LEFT_OUT, s.pointer() + " = null"), s, NODES.nullNode())));
    add(all, example, s -> !s.kind().isContainer(), Mutations::scalarAsAnother);
    add(all, example, s -> s.kind() == FieldKind.TEXT, s -> texts().map(text -> set(answer(ANY_TEXT, s.pointer() + " = " + quoted(text)), s,
        NODES.stringNode(text))));
    add(all, example, s -> s.kind() == FieldKind.LANGUAGE, s -> Arbitraries.of(WELL_FORMED_LANGUAGES)
        .map(tag -> set(answer(ANY_LANGUAGE, s.pointer() + " = \"" + tag + "\""), s, NODES.stringNode(tag))));
    add(all, example, s -> s.kind() == FieldKind.STRING || s.kind() == FieldKind.IDENTIFIER, s -> Arbitraries.strings()
        .withCharRange(' ', '\uD7FF').withChars('\t', '\n').ofMaxLength(60)
        .filter(Mutations::isValidUnicode).map(text -> set(answer(ANY_STRING, s.pointer() + " = " + quoted(text)), s, NODES.stringNode(text))));
    add(all, example, s -> s.kind() == FieldKind.NUMBER, s -> Arbitraries.longs().between(Math.max(s.min(), -5), Math.min(s.max(), 1000))
        .map(n -> set(answer(ANY_NUMBER, s.pointer() + " = " + n), s, NODES.numberNode(n))));
    all.add(Arbitraries.of("pretty-printed", "every non-ASCII character escaped", "a member given twice").map(Mutations::writtenOtherwise));
    return all;
  }

  private static Arbitrary<Mutation> scalarAsAnother(Slot slot) {
    String text = slot.value().isString() ? slot.value().asString() : slot.value().toString();
    List<JsonNode> others = new ArrayList<>(List.of(NODES.booleanNode(true), NODES.numberNode(1.5)));
    others.add(slot.value().isString() ? NODES.numberNode(42) : NODES.stringNode(text));
    if (slot.kind() == FieldKind.BOOLEAN) {
      others.add(NODES.numberNode(1));
    }
    return Arbitraries.of(others).map(value -> set(answer(SCALAR_AS_ANOTHER, slot.pointer() + " = " + value), slot, value));
  }

  /** The centres' texts, in Zawgyi, in another script than their field's language says, random letters of the four scripts and emoji. */
  private static Arbitrary<String> texts() {
    Arbitrary<String> written = Arbitraries.of(TEXTS);
    Arbitrary<String> zawgyi = written.map(UNICODE_TO_ZAWGYI::transliterate);
    Arbitrary<String> decomposed = written.map(text -> Normalizer.normalize(text, Normalizer.Form.NFD));
    Arbitrary<String> letters = Arbitraries.strings().withCharRange('\u0E00', '\u0EFF').withCharRange('\u1000', '\u109F')
        .withCharRange('a', 'z').withChars(' ', '\n').ofMinLength(1).ofMaxLength(200);
    Arbitrary<String> emoji = Arbitraries.strings().withCharRange('a', 'z').ofMaxLength(10).map(word -> word + " \uD83D\uDEA8 \uD83C\uDDF9\uD83C\uDDED");
    return Arbitraries.oneOf(written, zawgyi, decomposed, letters, emoji);
  }

  private static Mutation writtenOtherwise(String how) {
    Mutation mutation = answer(SAME_JSON_WRITTEN_OTHERWISE, how);
    return switch (how) {
      case "pretty-printed" -> mutation.withBytes(body -> JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(JSON.readTree(body)));
      case "every non-ASCII character escaped" -> mutation.withBytes(Mutations::escapeNonAscii);
      default -> mutation.withBytes(body -> {
        JsonNode tree = JSON.readTree(body);
        String first = tree.propertyNames().iterator().next();
        return concat(utf8("{\"" + first + "\": " + tree.get(first) + ", "), Arrays.copyOfRange(body, 1, body.length));
      });
    };
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private static void add(List<Arbitrary<Mutation>> all, WriteExample example, Predicate<Slot> which, Function<Slot, Arbitrary<Mutation>> how) {
    List<Slot> slots = example.slots().stream().filter(which).toList();
    if (!slots.isEmpty()) {
      all.add(Arbitraries.of(slots).flatMap(how));
    }
  }

  private static Mutation refusal(String kind, String description) {
    return Mutation.of(REFUSAL, kind, description);
  }

  private static Mutation answer(String kind, String description) {
    return Mutation.of(ANSWER, kind, description);
  }

  private static Mutation set(Mutation mutation, Slot slot, JsonNode value) {
    return mutation.withTree(root -> JsonEdits.replace(root, slot.pointer(), value.deepCopy()));
  }

  /** {@code inserted} put into the string at the slot, at {@code at} or at its end. */
  private static Mutation insert(Mutation mutation, Slot slot, int at, String inserted) {
    return mutation.withTree(root -> {
      JsonNode given = root.at(slot.pointer());
      String text = given.isString() ? given.asString() : "";
      int i = Math.min(at, text.length());
      return JsonEdits.replace(root, slot.pointer(), NODES.stringNode(text.substring(0, i) + inserted + text.substring(i)));
    });
  }

  /** The body without its {@code n}-th bracket outside strings (counting round): brackets no longer balance. */
  static byte[] withoutBracket(byte[] body, int n) {
    List<Integer> brackets = new ArrayList<>();
    boolean inString = false;
    for (int i = 0; i < body.length; i++) {
      byte b = body[i];
      if (inString) {
        if (b == '\\') {
          i++;
        } else if (b == '"') {
          inString = false;
        }
      } else if (b == '"') {
        inString = true;
      } else if (b == '{' || b == '}' || b == '[' || b == ']') {
        brackets.add(i);
      }
    }
    int drop = brackets.get(n % brackets.size());
    byte[] out = new byte[body.length - 1];
    System.arraycopy(body, 0, out, 0, drop);
    System.arraycopy(body, drop + 1, out, drop, body.length - drop - 1);
    return out;
  }

  private static byte[] replaceQuotedRaw(byte[] body, byte[] value) {
    String text = new String(body, StandardCharsets.UTF_8);
    return utf8(text.replace("\"" + Mutation.RAW + "\"", new String(value, StandardCharsets.UTF_8)));
  }

  private static byte[] escapeNonAscii(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    StringBuilder escaped = new StringBuilder();
    for (char c : text.toCharArray()) {
      escaped.append(c < 0x80 ? String.valueOf(c) : String.format("\\u%04x", (int) c));
    }
    return utf8(escaped.toString());
  }

  private static boolean isValidUnicode(String text) {
    return text.codePoints().noneMatch(c -> Character.getType(c) == Character.SURROGATE || Character.isISOControl(c) && c != '\t'
        && c != '\n' && c != '\r');
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String hex(byte[] bytes) {
    StringBuilder hex = new StringBuilder();
    for (byte b : bytes) {
      hex.append(String.format("%02X ", b & 0xFF));
    }
    return hex.toString().trim();
  }

  /** A value as it reads in a report: quoted, control characters and long runs shown for what they are. */
  static String quoted(String value) {
    StringBuilder shown = new StringBuilder("\"");
    String cut = value.length() > 80 ? value.substring(0, 80) : value;
    for (char c : cut.toCharArray()) {
      shown.append(Character.isISOControl(c) || Character.isSurrogate(c) ? String.format("\\u%04X", (int) c) : String.valueOf(c));
    }
    return shown.append(value.length() > 80 ? "…\" (" + value.length() + " characters)" : "\"").toString();
  }
}
