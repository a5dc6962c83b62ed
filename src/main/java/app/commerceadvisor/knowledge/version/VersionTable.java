package app.commerceadvisor.knowledge.version;

import app.commerceadvisor.knowledge.ContentFiles;
import app.commerceadvisor.knowledge.KnowledgeBase;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SQL of the tables {@code knowledge_base_version}, {@code knowledge_base_file} and
 * {@code knowledge_base_file_content} (migration V5). Each method works in the caller's transaction.
 */
final class VersionTable {

    private VersionTable() {
    }

    /**
     * Keeps a version that became active at {@code at}: all of it when it is new; only the time when it is
     * kept already. Answers whether it was new.
     */
    static boolean keep(Connection connection, KnowledgeBase version, Instant at) throws SQLException {
        try (PreparedStatement touch = connection.prepareStatement(
                "update knowledge_base_version set last_activated_at = ? where hash = ?")) {
            touch.setObject(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            touch.setString(2, version.version());
            if (touch.executeUpdate() > 0) {
                return false;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into knowledge_base_version "
                + "(hash, first_activated_at, last_activated_at, rule_count, question_count, pitfall_count) "
                + "values (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, version.version());
            insert.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            insert.setObject(3, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            insert.setInt(4, version.rules().ruleCount());
            insert.setInt(5, version.questionnaire().questions().size());
            insert.setInt(6, version.pitfalls().all().size());
            insert.executeUpdate();
        }
        try (PreparedStatement known = connection.prepareStatement(
                     "select 1 from knowledge_base_file_content where sha256 = ?");
             PreparedStatement content = connection.prepareStatement(
                     "insert into knowledge_base_file_content (sha256, content) values (?, ?)");
             PreparedStatement file = connection.prepareStatement(
                     "insert into knowledge_base_file (hash, path, sha256) values (?, ?, ?)")) {
            for (Map.Entry<String, byte[]> entry : version.content().files().entrySet()) {
                String sha256 = sha256(entry.getValue());
                known.setString(1, sha256);
                boolean kept;
                try (ResultSet row = known.executeQuery()) {
                    kept = row.next();
                }
                if (!kept) {
                    content.setString(1, sha256);
                    content.setBytes(2, entry.getValue());
                    content.executeUpdate();
                }
                file.setString(1, version.version());
                file.setString(2, entry.getKey());
                file.setString(3, sha256);
                file.addBatch();
            }
            file.executeBatch();
        }
        return true;
    }

    /** Every version kept, the one active most recently first. */
    static List<StoredVersion> all(Connection connection) throws SQLException {
        return list(connection, Integer.MAX_VALUE);
    }

    /** The versions kept, the one active most recently first, at most {@code limit}. */
    static List<StoredVersion> list(Connection connection, int limit) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select hash, first_activated_at, "
                + "last_activated_at, rule_count, question_count, pitfall_count from knowledge_base_version "
                + "order by last_activated_at desc, first_activated_at desc, hash")) {
            select.setMaxRows(limit);
            List<StoredVersion> versions = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    versions.add(new StoredVersion(row.getString(1),
                            row.getObject(2, OffsetDateTime.class).toInstant(),
                            row.getObject(3, OffsetDateTime.class).toInstant(),
                            row.getInt(4), row.getInt(5), row.getInt(6), false));
                }
            }
            return versions;
        }
    }

    /** The files of a version kept, empty when it is not kept. */
    static Optional<ContentFiles> files(Connection connection, String version) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select f.path, c.content "
                + "from knowledge_base_file f join knowledge_base_file_content c on c.sha256 = f.sha256 "
                + "where f.hash = ?")) {
            select.setString(1, version);
            Map<String, byte[]> files = new LinkedHashMap<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    files.put(row.getString(1), row.getBytes(2));
                }
            }
            return files.isEmpty() ? Optional.empty() : Optional.of(ContentFiles.of(files));
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
