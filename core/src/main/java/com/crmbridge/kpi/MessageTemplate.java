package com.crmbridge.kpi;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link java.text.MessageFormat} pattern of plain {@code {n}} arguments, parsed once and filled by
 * concatenation. MessageFormat builds a StringBuffer, field positions and format lookups per call; at a
 * hundred thousand alerts per run that was a large share of the engine's allocation. The quoting rules are
 * MessageFormat's: {@code ''} is an apostrophe, text between single quotes is literal. A pattern with a
 * format type ({@code {0,number}}) is refused: the bundle holds pre-formatted texts only.
 */
final class MessageTemplate {
    /** {@code literals[k]} comes before {@code arguments[k]}; the last literal ends the message. */
    private final String[] literals;

    private final int[] arguments;
    private final int literalLength;

    private MessageTemplate(String[] literals, int[] arguments) {
        this.literals = literals;
        this.arguments = arguments;
        int length = 0;
        for (String literal : literals) {
            length += literal.length();
        }
        this.literalLength = length;
    }

    /** @throws IllegalArgumentException when the pattern is malformed or has a format type */
    static MessageTemplate parse(String pattern) {
        List<String> literals = new ArrayList<>();
        List<Integer> arguments = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                    literal.append('\'');
                    i += 2;
                    continue;
                }
                quoted = !quoted;
                i++;
                continue;
            }
            if (c == '{' && !quoted) {
                int close = pattern.indexOf('}', i);
                if (close < 0) {
                    throw new IllegalArgumentException("Unmatched braces in the pattern: " + pattern);
                }
                String index = pattern.substring(i + 1, close).trim();
                if (index.isEmpty() || !index.chars().allMatch(Character::isDigit) || index.length() > 5) {
                    throw new IllegalArgumentException(
                            "Only plain {n} arguments are supported, not {" + index + "}, in: " + pattern);
                }
                literals.add(literal.toString());
                literal.setLength(0);
                arguments.add(Integer.parseInt(index));
                i = close + 1;
                continue;
            }
            literal.append(c);
            i++;
        }
        literals.add(literal.toString());
        int[] indexes = new int[arguments.size()];
        for (int k = 0; k < indexes.length; k++) {
            indexes[k] = arguments.get(k);
        }
        return new MessageTemplate(literals.toArray(new String[0]), indexes);
    }

    /** The pattern filled with the texts; an argument beyond them stays {@code {n}}, as in MessageFormat. */
    String format(String... texts) {
        int length = literalLength;
        for (int argument : arguments) {
            length += argument < texts.length ? texts[argument].length() : 4;
        }
        StringBuilder message = new StringBuilder(length);
        for (int k = 0; k < arguments.length; k++) {
            message.append(literals[k]);
            int argument = arguments[k];
            if (argument < texts.length) {
                message.append(texts[argument]);
            } else {
                message.append('{').append(argument).append('}');
            }
        }
        return message.append(literals[arguments.length]).toString();
    }
}
