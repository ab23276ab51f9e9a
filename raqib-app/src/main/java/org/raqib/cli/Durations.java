package org.raqib.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** A duration as people write it on a command line: 90s, 30m, 2h, 1d, 250ms, 0 (or ISO-8601, PT30M). */
final class Durations implements CommandLine.ITypeConverter<Duration> {
    @Override
    public Duration convert(String v) {
        String s = v.strip().toLowerCase(java.util.Locale.ROOT);
        try {
            if (s.equals("0")) return Duration.ZERO;
            if (s.startsWith("pt") || s.startsWith("p")) return Duration.parse(s.toUpperCase(java.util.Locale.ROOT));
            if (s.endsWith("ms")) return Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2)));
            long n = Long.parseLong(s.substring(0, s.length() - 1));
            return switch (s.charAt(s.length() - 1)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                case 'd' -> Duration.ofDays(n);
                default -> throw new NumberFormatException();
            };
        } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw new CommandLine.TypeConversionException("'" + v + "' is not a duration (e.g. 90s, 30m, 2h, 1d, 250ms)");
        }
    }
}
