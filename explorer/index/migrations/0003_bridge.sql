-- Token bridge transfers (issue 15). bridge_events holds the side bridge's TransferOut
-- (side → main: a burn) and TransferIn (main → side: a lock executed) events of the chain
-- the explorer follows; like every other table they carry their block and are rolled
-- back with it. bridge_main holds what is read from the main chain's vault, when it is
-- configured: its TransferOut (main → side: a lock) and TransferIn (side → main: a
-- withdrawal executed) events, and withdrawals seen executed through executed(nonce)
-- before their event was read (block 0, tx_hash ''). Those rows come from another chain:
-- they carry no block of the followed one, are upserted by nonce, and bridge_main_cursor
-- is the last main-chain block read.
CREATE TABLE bridge_events (
    block     BIGINT  NOT NULL,
    log_index INTEGER NOT NULL,
    tx_hash   TEXT    NOT NULL,
    time      BIGINT  NOT NULL,
    bridge    TEXT    NOT NULL, -- the side bridge
    name      TEXT    NOT NULL, -- TransferOut or TransferIn
    nonce     BIGINT  NOT NULL, -- the source bridge's counter
    from_addr TEXT    NOT NULL, -- who burned ('' for TransferIn)
    recipient TEXT    NOT NULL,
    amount    TEXT    NOT NULL, -- token units
    to_hub    INTEGER NOT NULL, -- 1: into the side hub's account
    source_id TEXT    NOT NULL, -- TransferIn's sourceId, else keccak256(tx ‖ log index)
    PRIMARY KEY (block, log_index)
);
CREATE INDEX bridge_events_nonce ON bridge_events (bridge, name, nonce);
CREATE INDEX bridge_events_from ON bridge_events (from_addr);
CREATE INDEX bridge_events_recipient ON bridge_events (recipient);

CREATE TABLE bridge_main (
    vault     TEXT    NOT NULL,
    name      TEXT    NOT NULL, -- TransferOut or TransferIn
    nonce     BIGINT  NOT NULL,
    block     BIGINT  NOT NULL, -- of the main chain; 0: known from executed(nonce) only
    log_index INTEGER NOT NULL,
    tx_hash   TEXT    NOT NULL,
    time      BIGINT  NOT NULL,
    from_addr TEXT    NOT NULL,
    recipient TEXT    NOT NULL,
    amount    TEXT    NOT NULL,
    to_hub    INTEGER NOT NULL,
    source_id TEXT    NOT NULL,
    PRIMARY KEY (vault, name, nonce)
);
CREATE INDEX bridge_main_from ON bridge_main (from_addr);
CREATE INDEX bridge_main_recipient ON bridge_main (recipient);

CREATE TABLE bridge_main_cursor (
    vault    TEXT   NOT NULL PRIMARY KEY,
    chain_id TEXT   NOT NULL,
    block    BIGINT NOT NULL
);

-- The side bridges whose events are indexed from the start block: an index made before
-- the bridge was configured reads the blocks it already holds again for them, once.
CREATE TABLE bridge_indexed (
    bridge TEXT NOT NULL PRIMARY KEY
);
