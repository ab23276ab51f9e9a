package org.raqib.store;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Accounts, their sessions and their API tokens. Roles are stored by their code and password
 * hashes as given: what a role allows and how a password is hashed is decided by
 * {@code org.raqib.accounts}. Session ids and tokens arrive here already hashed.
 */
public final class Users {
    private final Database db;

    Users(Database db) { this.db = db; }

    public record User(String name, String role, String passwordHash, boolean disabled, Instant created) {}

    /** A signed-in session: whose it is, the CSRF token its forms carry, and when it ends. */
    public record Session(String user, String csrfToken, Instant expires) {}

    public void add(String name, String role, String passwordHash, String actor) {
        db.inTransaction(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM users WHERE name = ?")) {
                q.setString(1, name);
                if (q.executeQuery().next()) throw new IllegalArgumentException("the user '" + name + "' exists already");
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO users (name, role, password_hash, disabled, created_at) VALUES (?,?,?,0,?)")) {
                p.setString(1, name);
                p.setString(2, role);
                p.setString(3, passwordHash);
                p.setString(4, Database.now());
                p.executeUpdate();
            }
            AuditLog.append(c, actor, "user-add", "user:" + name, "{\"after\":{\"role\":\"" + role + "\"}}");
            return null;
        });
    }

    public Optional<User> find(String name) {
        List<User> out = new ArrayList<>();
        db.query("SELECT name, role, password_hash, disabled, created_at FROM users WHERE name = ?",
                ps -> ps.setString(1, name), rs -> out.add(user(rs)));
        return out.stream().findFirst();
    }

    public List<User> list() {
        List<User> out = new ArrayList<>();
        db.query("SELECT name, role, password_hash, disabled, created_at FROM users ORDER BY name", ps -> { },
                rs -> out.add(user(rs)));
        return out;
    }

    public long count() { return db.count("SELECT COUNT(*) FROM users"); }

    /** Changes a role; audited with what it was. */
    public void setRole(String name, String role, String actor) {
        change(name, actor, "user-role", "role", role);
    }

    /** Disables an account and ends its sessions and tokens at once. */
    public void disable(String name, String actor) {
        change(name, actor, "user-disable", "disabled", "1");
    }

    private void change(String name, String actor, String action, String column, String value) {
        db.inTransaction(c -> {
            User before = null;
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT name, role, password_hash, disabled, created_at FROM users WHERE name = ?")) {
                q.setString(1, name);
                var rs = q.executeQuery();
                if (rs.next()) before = user(rs);
            }
            if (before == null) throw new IllegalArgumentException("no user '" + name + "'");
            boolean role = column.equals("role");
            try (PreparedStatement p = c.prepareStatement(role
                    ? "UPDATE users SET role = ? WHERE name = ?" : "UPDATE users SET disabled = 1 WHERE name = ?")) {
                int k = 1;
                if (role) p.setString(k++, value);
                p.setString(k, name);
                p.executeUpdate();
            }
            if (!role) {
                for (String table : List.of("sessions", "api_tokens")) {
                    try (PreparedStatement p = c.prepareStatement("DELETE FROM " + table + " WHERE user_name = ?")) {
                        p.setString(1, name);
                        p.executeUpdate();
                    }
                }
            }
            String was = role ? before.role() : before.disabled() ? "1" : "0";
            AuditLog.append(c, actor, action, "user:" + name,
                    "{\"before\":{\"" + column + "\":\"" + was + "\"},\"after\":{\"" + column + "\":\"" + value + "\"}}");
            return null;
        });
    }

    // Sessions: rows keyed by the SHA-256 of the id in the cookie.

    public void startSession(String idHash, String user, String csrfToken, Instant expires) {
        db.inTransaction(c -> {
            try (PreparedStatement d = c.prepareStatement("DELETE FROM sessions WHERE expires_at < ?");
                 PreparedStatement p = c.prepareStatement(
                         "INSERT INTO sessions (id_hash, user_name, csrf_token, created_at, expires_at) VALUES (?,?,?,?,?)")) {
                d.setString(1, Database.now());
                d.executeUpdate();
                p.setString(1, idHash);
                p.setString(2, user);
                p.setString(3, csrfToken);
                p.setString(4, Database.now());
                p.setString(5, expires.toString());
                p.executeUpdate();
            }
            return null;
        });
    }

    /** The live session of an id hash, if it has not ended or expired and its user is enabled. */
    public Optional<Session> session(String idHash) {
        List<Session> out = new ArrayList<>();
        db.query("SELECT s.user_name, s.csrf_token, s.expires_at FROM sessions s JOIN users u ON u.name = s.user_name "
                + "WHERE s.id_hash = ? AND u.disabled = 0", ps -> ps.setString(1, idHash),
                rs -> out.add(new Session(rs.getString(1), rs.getString(2), Instant.parse(rs.getString(3)))));
        return out.stream().filter(s -> s.expires().isAfter(Instant.now())).findFirst();
    }

    public void endSession(String idHash) {
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM sessions WHERE id_hash = ?")) {
                p.setString(1, idHash);
                p.executeUpdate();
            }
            return null;
        });
    }

    // API tokens, keyed by their SHA-256.

    public void addToken(String tokenHash, String user, String label, String actor) {
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO api_tokens (token_hash, user_name, label, created_at) VALUES (?,?,?,?)")) {
                p.setString(1, tokenHash);
                p.setString(2, user);
                p.setString(3, label);
                p.setString(4, Database.now());
                p.executeUpdate();
            }
            AuditLog.append(c, actor, "token-add", "user:" + user, "{\"after\":{\"label\":" + jsonString(label) + "}}");
            return null;
        });
    }

    /** The enabled user a token belongs to. */
    public Optional<User> byToken(String tokenHash) {
        List<User> out = new ArrayList<>();
        db.query("SELECT u.name, u.role, u.password_hash, u.disabled, u.created_at FROM api_tokens t "
                + "JOIN users u ON u.name = t.user_name WHERE t.token_hash = ? AND u.disabled = 0",
                ps -> ps.setString(1, tokenHash), rs -> out.add(user(rs)));
        return out.stream().findFirst();
    }

    private static User user(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new User(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4) != 0, Instant.parse(rs.getString(5)));
    }

    static String jsonString(String s) {
        if (s == null) return "null";
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(s);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
