package org.raqib.rules;

/** A rule file that cannot be read as written: the message is "file:line: problem". */
public final class RuleFileException extends IllegalStateException {
    public RuleFileException(String message) { super(message); }
}
