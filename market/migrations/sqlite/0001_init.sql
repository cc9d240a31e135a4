-- The order book. Addresses and hashes are 0x-prefixed lowercase hex; prices are 78-digit
-- zero-padded decimals (text order is numeric order); times are unix milliseconds.
CREATE TABLE orders (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    hash       TEXT    NOT NULL UNIQUE,
    kind       INTEGER NOT NULL,
    status     TEXT    NOT NULL,
    reason     TEXT    NOT NULL DEFAULT '',
    signer     TEXT    NOT NULL,
    asset      TEXT    NOT NULL,
    app        TEXT    NOT NULL,
    dataset    TEXT    NOT NULL,
    workerpool TEXT    NOT NULL,
    requester  TEXT    NOT NULL,
    category   INTEGER NOT NULL,
    trust      INTEGER NOT NULL,
    tag        TEXT    NOT NULL,
    tag_bits   INTEGER NOT NULL,
    tag_high   INTEGER NOT NULL,
    price      TEXT    NOT NULL,
    sort_key   TEXT    NOT NULL,
    volume     INTEGER NOT NULL,
    remaining  INTEGER NOT NULL,
    published  INTEGER NOT NULL,
    updated    INTEGER NOT NULL,
    body       TEXT    NOT NULL
);
CREATE INDEX orders_book       ON orders (kind, status, sort_key, seq);
CREATE INDEX orders_app        ON orders (kind, status, app, sort_key, seq);
CREATE INDEX orders_dataset    ON orders (kind, status, dataset, sort_key, seq);
CREATE INDEX orders_workerpool ON orders (kind, status, workerpool, sort_key, seq);
CREATE INDEX orders_requester  ON orders (kind, status, requester, sort_key, seq);
CREATE INDEX orders_category   ON orders (kind, status, category, sort_key, seq);
CREATE INDEX orders_signer     ON orders (signer, kind, status);
CREATE INDEX orders_asset      ON orders (asset, status);

CREATE TABLE deals (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    id         TEXT    NOT NULL UNIQUE,
    block      INTEGER NOT NULL,
    app        TEXT    NOT NULL,
    dataset    TEXT    NOT NULL,
    workerpool TEXT    NOT NULL,
    requester  TEXT    NOT NULL,
    body       TEXT    NOT NULL
);
CREATE INDEX deals_app        ON deals (app, seq);
CREATE INDEX deals_dataset    ON deals (dataset, seq);
CREATE INDEX deals_workerpool ON deals (workerpool, seq);
CREATE INDEX deals_requester  ON deals (requester, seq);

CREATE TABLE meta (
    key   TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
);
