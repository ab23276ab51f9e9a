package org.raqib.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Password hashing with Argon2id (memory-hard, BouncyCastle), in the PHC string format
 * ({@code $argon2id$v=19$m=...,t=...,p=...$salt$hash}) so that stronger parameters can be
 * chosen later without invalidating the hashes already stored.
 */
public final class Passwords {
    /** OWASP's recommended minimum for Argon2id: 19 MiB, 2 passes, 1 lane. */
    private static final int MEMORY_KIB = 19 * 1024, ITERATIONS = 2, PARALLELISM = 1, SALT = 16, LENGTH = 32;
    /** Long enough to resist guessing offline, short enough to type. */
    public static final int MIN_LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    private Passwords() {}

    /** Why a password cannot be used, or null when it can. */
    public static String weakness(char[] password) {
        if (password == null || password.length < MIN_LENGTH) return "a password needs at least " + MIN_LENGTH + " characters";
        return null;
    }

    public static String hash(char[] password) {
        byte[] salt = new byte[SALT];
        RANDOM.nextBytes(salt);
        byte[] out = derive(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, LENGTH);
        return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "$"
                + B64.encodeToString(salt) + "$" + B64.encodeToString(out);
    }

    /** Whether the password matches the stored hash (false for any hash it cannot read). */
    public static boolean verify(char[] password, String stored) {
        try {
            String[] parts = stored.split("\\$");
            if (parts.length != 6 || !parts[1].equals("argon2id")) return false;
            int m = 0, t = 0, p = 0;
            for (String kv : parts[3].split(",")) {
                int v = Integer.parseInt(kv.substring(2));
                switch (kv.charAt(0)) {
                    case 'm' -> m = v;
                    case 't' -> t = v;
                    case 'p' -> p = v;
                    default -> { return false; }
                }
            }
            byte[] salt = B64D.decode(parts[4]), expected = B64D.decode(parts[5]);
            return MessageDigest.isEqual(expected, derive(password, salt, m, t, p, expected.length));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** A hash to verify against when the account does not exist, so that the answer takes as long. */
    static final String DUMMY = hash("not-a-real-password".toCharArray());

    private static byte[] derive(char[] password, byte[] salt, int memoryKib, int iterations, int parallelism, int length) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13).withSalt(salt)
                .withMemoryAsKB(memoryKib).withIterations(iterations).withParallelism(parallelism).build();
        Argon2BytesGenerator g = new Argon2BytesGenerator();
        g.init(params);
        byte[] out = new byte[length];
        g.generateBytes(toBytes(password), out);
        return out;
    }

    private static byte[] toBytes(char[] password) {
        return new String(password).getBytes(StandardCharsets.UTF_8);
    }
}
