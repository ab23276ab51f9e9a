package org.raqib.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Held while a store opens a data directory: migrating a brand-new SQLite database and
 * switching it to WAL take locks that SQLite does not wait for, so two processes opening a
 * new directory at once would fail with SQLITE_BUSY. A file lock orders processes; the JVM
 * lock orders threads of one process (a file lock is held per process).
 */
final class OpeningLock implements AutoCloseable {
    private static final ReentrantLock IN_PROCESS = new ReentrantLock();

    private final FileChannel channel;
    private final FileLock lock;

    private OpeningLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static OpeningLock of(Path dataDir) throws IOException {
        IN_PROCESS.lock();
        FileChannel channel = null;
        try {
            channel = FileChannel.open(dataDir.resolve("raqib.db.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            return new OpeningLock(channel, channel.lock());
        } catch (IOException | RuntimeException e) {
            if (channel != null) channel.close();
            IN_PROCESS.unlock();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
            channel.close();
        } finally {
            IN_PROCESS.unlock();
        }
    }
}
