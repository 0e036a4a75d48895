package com.pointsdesk.bench.driver;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import java.util.Map;

/** JSON helpers over plain maps. */
final class Json {

  static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Json() {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> parse(String text) {
    try {
      return MAPPER.readValue(text, Map.class);
    } catch (Exception e) {
      throw new IllegalStateException("Not JSON: " + abbreviate(text), e);
    }
  }

  /** A JSON array (e.g. /engine-rest's task list). */
  @SuppressWarnings("unchecked")
  static List<Object> parseList(String text) {
    try {
      return MAPPER.readValue(text, List.class);
    } catch (Exception e) {
      throw new IllegalStateException("Not a JSON array: " + abbreviate(text), e);
    }
  }

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The number at a dotted path ("statements.intake"), 0 when absent. */
  @SuppressWarnings("unchecked")
  static long num(Map<String, Object> map, String path) {
    Object v = get(map, path);
    return v instanceof Number n ? n.longValue() : 0;
  }

  @SuppressWarnings("unchecked")
  static Object get(Map<String, Object> map, String path) {
    Object v = map;
    for (String part : path.split("\\.")) {
      if (!(v instanceof Map<?, ?> m)) {
        return null;
      }
      v = ((Map<String, Object>) m).get(part);
    }
    return v;
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Map<String, Object> map, String key) {
    return (List<Object>) map.get(key);
  }

  static String abbreviate(String s) {
    return s == null ? "null" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }
}
