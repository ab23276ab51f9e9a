-- Sources watched by `raqib watch`, and what the watcher knows of each: the validators for a
-- conditional request, when it last succeeded or failed and why, how many polls in a row
-- failed (a failing source is polled less often) and when it is next due. All of it is here,
-- not in memory, so a watcher killed at any point starts again where it stood.
CREATE TABLE sources (
    id                BIGINT PRIMARY KEY,
    url               TEXT NOT NULL UNIQUE,
    name              TEXT,
    country           TEXT,
    kind              TEXT NOT NULL,
    enabled           INTEGER NOT NULL DEFAULT 1,
    interval_seconds  BIGINT NOT NULL,
    added_at          TEXT NOT NULL,
    etag              TEXT,
    last_modified     TEXT,
    last_success      TEXT,
    last_error        TEXT,
    last_error_at     TEXT,
    failures          INTEGER NOT NULL DEFAULT 0,
    next_poll         TEXT NOT NULL
);

-- Every article link a source led to, by canonical URL (tracking parameters and fragment
-- dropped), so that an article is fetched once whichever feeds list it. state: pending (to
-- fetch), fetched (archived as doc_sha), failed (tried `attempts` times; tried again while
-- attempts are few), refused (robots.txt, a redirect out of http(s), a body over the limit:
-- never tried again). published_at is the report's publication time and published_from
-- where it came from: the page (article:published_time, json-ld, time), the feed or
-- sitemap that listed it, or the capture time when nothing said.
CREATE TABLE watched_articles (
    url             TEXT PRIMARY KEY,
    source_id       BIGINT NOT NULL,
    first_seen      TEXT NOT NULL,
    listed_date     TEXT,
    state           TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    error           TEXT,
    doc_sha         VARCHAR(64),
    fetched_at      TEXT,
    published_at    TEXT,
    published_from  TEXT
);
CREATE INDEX watched_articles_source ON watched_articles (source_id);
CREATE INDEX watched_articles_state ON watched_articles (state);
