package io.ferret.cli.serve;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads configuration with {@code ${NAME}} in string values replaced by the environment variable NAME, so that
 * secrets stay out of the file. A value is substituted when it is read: sections that other modules own may use
 * variables this process does not have.
 *
 * <p>It also remembers where each key was and where the last object that ended began: Jackson reports an
 * unknown key, and a record that refuses its values, once the whole object is read, and the error should point
 * at the key or at the object's start.
 */
final class EnvironmentSubstitution extends JsonParserDelegate {
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

  private final Map<String, String> environment;
  private final Deque<JsonLocation> openObjects = new ArrayDeque<>();
  private final Map<String, JsonLocation> keys = new HashMap<>();
  private JsonLocation lastObjectStart;
  private String substituted;

  EnvironmentSubstitution(JsonParser parser, Map<String, String> environment) {
    super(parser);
    this.environment = environment;
  }

  /** Where the key at this JSON pointer (such as {@code /kafka/flush/max_rows}) was read; null if it was not. */
  JsonLocation keyLocation(String pointer) {
    return keys.get(pointer);
  }

  /** Where the most recently ended object began; null before any ended. */
  JsonLocation lastObjectStart() {
    return lastObjectStart;
  }

  @Override
  public JsonToken nextToken() throws IOException {
    JsonToken token = delegate.nextToken();
    substituted = null;
    if (token == JsonToken.START_OBJECT) {
      openObjects.push(delegate.currentTokenLocation());
    } else if (token == JsonToken.END_OBJECT && !openObjects.isEmpty()) {
      lastObjectStart = openObjects.pop();
    } else if (token == JsonToken.FIELD_NAME) {
      keys.put(delegate.getParsingContext().pathAsPointer().toString(), delegate.currentTokenLocation());
    }
    return token;
  }

  // The delegate's shortcuts would read past this parser's nextToken(); route them through it.

  @Override
  public JsonToken nextValue() throws IOException {
    JsonToken token = nextToken();
    return token == JsonToken.FIELD_NAME ? nextToken() : token;
  }

  @Override
  public String nextFieldName() throws IOException {
    return nextToken() == JsonToken.FIELD_NAME ? currentName() : null;
  }

  @Override
  public boolean nextFieldName(SerializableString name) throws IOException {
    return nextToken() == JsonToken.FIELD_NAME && name.getValue().equals(currentName());
  }

  @Override
  public String nextTextValue() throws IOException {
    return nextToken() == JsonToken.VALUE_STRING ? getText() : null;
  }

  @Override
  public int nextIntValue(int defaultValue) throws IOException {
    return nextToken() == JsonToken.VALUE_NUMBER_INT ? getIntValue() : defaultValue;
  }

  @Override
  public long nextLongValue(long defaultValue) throws IOException {
    return nextToken() == JsonToken.VALUE_NUMBER_INT ? getLongValue() : defaultValue;
  }

  @Override
  public Boolean nextBooleanValue() throws IOException {
    JsonToken token = nextToken();
    return token == JsonToken.VALUE_TRUE ? Boolean.TRUE : token == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
  }

  @Override
  public JsonParser skipChildren() throws IOException {
    if (!currentToken().isStructStart()) {
      return this;
    }
    int open = 1;
    while (open > 0) {
      JsonToken token = nextToken();
      if (token == null) {
        return this;
      }
      open += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
    }
    return this;
  }

  @Override
  public String getText() throws IOException {
    if (currentToken() != JsonToken.VALUE_STRING) {
      return delegate.getText();
    }
    if (substituted == null) {
      substituted = substitute(delegate.getText());
    }
    return substituted;
  }

  @Override
  public String getValueAsString() throws IOException {
    return currentToken() == JsonToken.VALUE_STRING ? getText() : delegate.getValueAsString();
  }

  @Override
  public String getValueAsString(String defaultValue) throws IOException {
    return currentToken() == JsonToken.VALUE_STRING ? getText() : delegate.getValueAsString(defaultValue);
  }

  @Override
  public char[] getTextCharacters() throws IOException {
    return currentToken() == JsonToken.VALUE_STRING ? getText().toCharArray() : delegate.getTextCharacters();
  }

  @Override
  public int getTextLength() throws IOException {
    return currentToken() == JsonToken.VALUE_STRING ? getText().length() : delegate.getTextLength();
  }

  @Override
  public int getTextOffset() throws IOException {
    return currentToken() == JsonToken.VALUE_STRING ? 0 : delegate.getTextOffset();
  }

  private String substitute(String text) throws JsonParseException {
    Matcher matcher = VARIABLE.matcher(text);
    StringBuilder result = new StringBuilder();
    while (matcher.find()) {
      String value = environment.get(matcher.group(1));
      if (value == null) {
        throw new JsonParseException(this, "environment variable " + matcher.group(1) + " is not set");
      }
      matcher.appendReplacement(result, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(result);
    return result.toString();
  }
}
