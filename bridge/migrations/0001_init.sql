-- 0001: the validator daemon's first schema (`poco bridge`, bridge/store.go).
-- Hashes and addresses are lowercase 0x-hex TEXT; amounts and nonces are decimal TEXT;
-- times are UTC unix seconds, 0 meaning none.

-- The next source block to read, per direction ("deposit": main → side, "withdraw":
-- side → main) and source contract.
CREATE TABLE cursors (
	direction  TEXT    NOT NULL,
	source     TEXT    NOT NULL,
	next_block INTEGER NOT NULL,
	PRIMARY KEY (direction, source)
);

-- Transfers read from a source chain at the confirmation depth. digest is the EIP-712
-- digest for the destination contract: written BEFORE this validator signs, it is the one
-- digest this validator will ever sign for (direction, nonce).
CREATE TABLE transfers (
	direction       TEXT    NOT NULL,
	nonce           TEXT    NOT NULL,
	source_chain_id TEXT    NOT NULL,
	source_id       TEXT    NOT NULL,
	sender          TEXT    NOT NULL,
	recipient       TEXT    NOT NULL,
	amount          TEXT    NOT NULL,
	to_hub          INTEGER NOT NULL CHECK (to_hub IN (0, 1)),
	block           INTEGER NOT NULL,
	block_hash      TEXT    NOT NULL,
	tx_hash         TEXT    NOT NULL,
	log_index       INTEGER NOT NULL,
	digest          TEXT    NOT NULL,
	executed        INTEGER NOT NULL DEFAULT 0 CHECK (executed IN (0, 1)),
	execute_tx      TEXT    NOT NULL DEFAULT '',
	seen_at         INTEGER NOT NULL,
	executed_at     INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (direction, nonce)
);
CREATE INDEX transfers_pending ON transfers (executed, direction);
CREATE INDEX transfers_tx ON transfers (tx_hash);

-- Signatures of a transfer's digest: this validator's own and those collected from its
-- peers, each checked to recover to signer.
CREATE TABLE signatures (
	direction TEXT    NOT NULL,
	nonce     TEXT    NOT NULL,
	signer    TEXT    NOT NULL,
	signature TEXT    NOT NULL,
	own       INTEGER NOT NULL DEFAULT 0 CHECK (own IN (0, 1)),
	added_at  INTEGER NOT NULL,
	PRIMARY KEY (direction, nonce, signer),
	FOREIGN KEY (direction, nonce) REFERENCES transfers (direction, nonce)
);
