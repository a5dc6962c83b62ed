package app.commerceadvisor.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a request body as JSON and accepts only what means one thing: well-formed UTF-8 (no overlong
 * forms, no encoded surrogates, nothing above U+10FFFF), one JSON value and nothing after it, every
 * field of an object once, and text that is valid Unicode (no {@code \ud800} escape without its pair).
 * What it refuses is reported in the words of the API, never in the parser's.
 */
public final class StrictJson {

    /** Deeper than any request of this API needs; deeper bodies are refused before they cost anything. */
    public static final int MAX_DEPTH = 16;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH + 1)
                    .maxNumberLength(64)
                    .build())
            .build();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A parser's explanation is passed on only when it names no Java type or internal setting. */
    private static final Pattern PLAIN_REASON = Pattern.compile("[\\p{L}\\p{N} ,;:'()\\-]+");

    private StrictJson() {
    }

    /**
     * Names each field of {@code object} that is not among {@code known} as unknown, listing the known ones
     * in alphabetical order.
     */
    public static void unknownFields(JsonNode object, Set<String> known, List<FieldProblem> errors) {
        String listed = known.stream().sorted().collect(Collectors.joining(", "));
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                errors.add(new FieldProblem(name, m -> m.unknownField(listed)));
            }
        }
    }

    /** The fields of a JSON object in the order they were sent, e.g. answers keyed by question id. */
    public static Map<String, JsonNode> fields(JsonNode object) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        object.fields().forEachRemaining(entry -> fields.put(entry.getKey(), entry.getValue()));
        return fields;
    }

    /**
     * @throws InvalidInputException naming field {@code body} (or the field given twice, or the text that
     *                               is not valid Unicode) when the body is not strictly one JSON value
     */
    public static JsonNode parse(byte[] body) {
        String text = decodeUtf8(body);
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new InvalidInputException("body", ProblemMessages::bodyEmpty);
            }
            JsonNode value = read(parser, first, "", 0);
            JsonToken after = nextTokenOrNull(parser);
            if (after != null) {
                ProblemText at = at(parser.currentTokenLocation());
                throw new InvalidInputException("body", m -> m.moreAfterJson(at.in(m)));
            }
            return value;
        } catch (StreamConstraintsException e) {
            ProblemText at = at(e.getLocation());
            throw new InvalidInputException("body", m -> m.numberTooLong(at.in(m)));
        } catch (JsonParseException e) {
            ProblemText at = at(e.getLocation());
            String reason = reason(e);
            throw new InvalidInputException("body", m -> m.notWellFormedJson(at.in(m), reason));
        } catch (IOException e) {
            throw new InvalidInputException("body", ProblemMessages::notReadableJson);
        }
    }

    private static JsonToken nextTokenOrNull(JsonParser parser) throws IOException {
        try {
            return parser.nextToken();
        } catch (JsonParseException e) {
            ProblemText at = at(e.getLocation());
            throw new InvalidInputException("body", m -> m.moreAfterJson(at.in(m)));
        }
    }

    private static JsonNode read(JsonParser parser, JsonToken token, String path, int depth) throws IOException {
        return switch (token) {
            case START_OBJECT -> object(parser, path, depth + 1);
            case START_ARRAY -> array(parser, path, depth + 1);
            case VALUE_STRING -> NODES.textNode(unicode(parser.getText(), field(path)));
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> NODES.numberNode(parser.getIntValue());
                case LONG -> NODES.numberNode(parser.getLongValue());
                default -> NODES.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> {
                ProblemText at = at(parser.currentTokenLocation());
                throw new InvalidInputException("body", m -> m.notWellFormedJson(at.in(m), ""));
            }
        };
    }

    private static ObjectNode object(JsonParser parser, String path, int depth) throws IOException {
        tooDeep(path, depth);
        ObjectNode object = NODES.objectNode();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            String name = unicode(parser.currentName(), field(path));
            String child = path.isEmpty() ? name : path + "." + name;
            if (object.has(name)) {
                throw new InvalidInputException(child, ProblemMessages::givenTwice);
            }
            object.set(name, read(parser, parser.nextToken(), child, depth));
        }
        return object;
    }

    private static ArrayNode array(JsonParser parser, String path, int depth) throws IOException {
        tooDeep(path, depth);
        ArrayNode array = NODES.arrayNode();
        int index = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            array.add(read(parser, token, path + "[" + index++ + "]", depth));
        }
        return array;
    }

    private static void tooDeep(String path, int depth) {
        if (depth > MAX_DEPTH) {
            throw new InvalidInputException(field(path), m -> m.nestedTooDeep(MAX_DEPTH));
        }
    }

    /** Refuses text holding half of a surrogate pair, which no character encoding can store. */
    private static String unicode(String text, String field) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                String escape = String.format("\\u%04x", (int) c);
                throw new InvalidInputException(field, m -> m.halfSurrogate(escape));
            }
        }
        return text;
    }

    private static String decodeUtf8(byte[] body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate(body.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            long position = in.position() + 1L;
            throw new InvalidInputException("body", m -> m.notUtf8(position));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static String field(String path) {
        return path.isEmpty() ? "body" : path;
    }

    /** Where in the body, to append to a message: " at line 1, column 7", or nothing when unknown. */
    static ProblemText at(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return m -> "";
        }
        int line = location.getLineNr();
        int column = location.getColumnNr();
        return m -> m.position(line, column);
    }

    private static String reason(JsonParseException e) {
        String message = e.getOriginalMessage();
        if (message == null) {
            return "";
        }
        String firstClause = message.lines().findFirst().orElse("").split(":")[0].strip();
        return PLAIN_REASON.matcher(firstClause).matches() ? firstClause : "";
    }
}
