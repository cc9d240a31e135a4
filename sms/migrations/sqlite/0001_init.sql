-- Secrets, encrypted at rest under a master key version (AES-256-GCM; the additional
-- data binds each ciphertext to its kind, owner and name).
CREATE TABLE secrets (
    kind        TEXT    NOT NULL,
    owner       TEXT    NOT NULL, -- lowercase 0x address: dataset, app, requester or beneficiary
    name        TEXT    NOT NULL, -- requester secrets only, else ''
    ciphertext  BLOB    NOT NULL,
    nonce       BLOB    NOT NULL,
    key_version INTEGER NOT NULL,
    updated_at  BIGINT  NOT NULL, -- unix seconds
    PRIMARY KEY (kind, owner, name)
);
CREATE INDEX secrets_key_version ON secrets (key_version);

-- Challenges: single use, expiring, issued to an address; purpose says what used it.
CREATE TABLE challenges (
    challenge  TEXT   NOT NULL PRIMARY KEY, -- 0x + 64 hex
    address    TEXT   NOT NULL,
    expires_at BIGINT NOT NULL, -- unix milliseconds
    used_at    BIGINT,          -- unix milliseconds, NULL while unused
    purpose    TEXT   NOT NULL DEFAULT ''
);
CREATE INDEX challenges_address ON challenges (address, used_at, expires_at);
CREATE INDEX challenges_expires ON challenges (expires_at);

-- Nonces used by sessions: kept after their challenges are pruned, so a session request
-- can never be replayed.
CREATE TABLE session_nonces (
    nonce   TEXT   NOT NULL PRIMARY KEY,
    task    TEXT   NOT NULL,
    worker  TEXT   NOT NULL,
    used_at BIGINT NOT NULL
);
