package org.raqib.pipeline;

/** Where long work stands, for a terminal's progress bar, a server's log or nothing. */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total, String detail) { }

        @Override
        public void finish(long done, long total, String detail) { }
    };

    /** {@code total} 0 when unknown. */
    void update(long done, long total, String detail);

    void finish(long done, long total, String detail);
}
