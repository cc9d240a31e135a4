-- The explorer's index. Portable SQL (SQLite today, PostgreSQL later): BIGINT numbers,
-- TEXT hex (lowercase, 0x-prefixed) and TEXT decimal amounts (NUMERIC(78,0) in PostgreSQL),
-- no AUTOINCREMENT, ON CONFLICT instead of INSERT OR ....
--
-- Every row of every table but cursor carries the block it comes from and never changes:
-- rolling back a reorganisation is DELETE ... WHERE block > ancestor on each table, and
-- what changes over time (a task's status, a worker's score, an asset's owner) is read
-- from the latest row or event.

-- The last block whose events are all stored, with its hash (one row).
CREATE TABLE cursor (
    id       INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    chain_id TEXT    NOT NULL,
    hub      TEXT    NOT NULL,
    block    BIGINT  NOT NULL,
    hash     TEXT    NOT NULL
);

-- Hashes of indexed blocks: every block holding an event and the last block of every
-- indexed range. A reorganisation is found by comparing them with the chain's.
CREATE TABLE blocks (
    number BIGINT NOT NULL PRIMARY KEY,
    hash   TEXT   NOT NULL,
    time   BIGINT NOT NULL
);

-- Every event of the hub and the registries, decoded. The columns hold what pages search
-- by; data is the whole event as JSON.
CREATE TABLE events (
    block     BIGINT  NOT NULL,
    log_index INTEGER NOT NULL,
    tx_hash   TEXT    NOT NULL,
    time      BIGINT  NOT NULL,
    name      TEXT    NOT NULL,
    task_id   TEXT,          -- the task it concerns
    deal_id   TEXT,          -- the deal it concerns
    account   TEXT,          -- the owner, worker or asset it is about
    other     TEXT,          -- a second address (from, to, callback, new owner)
    amount    TEXT,          -- decimal amount in token units
    hash      TEXT,          -- result hash, digest, consensus value, order hash, ref
    detail    TEXT,          -- results pointer, names, scores as text
    data      TEXT    NOT NULL,
    PRIMARY KEY (block, log_index)
);
CREATE INDEX events_task ON events (task_id, block, log_index);
CREATE INDEX events_deal ON events (deal_id);
CREATE INDEX events_account ON events (account, block);
CREATE INDEX events_other ON events (other);
CREATE INDEX events_tx ON events (tx_hash);
CREATE INDEX events_name ON events (name, time);

-- Deals, from OrdersMatched.
CREATE TABLE deals (
    id                     TEXT    NOT NULL PRIMARY KEY,
    block                  BIGINT  NOT NULL,
    log_index              INTEGER NOT NULL,
    tx_hash                TEXT    NOT NULL,
    time                   BIGINT  NOT NULL,
    app                    TEXT    NOT NULL,
    app_owner              TEXT    NOT NULL,
    app_price              TEXT    NOT NULL,
    dataset                TEXT    NOT NULL,
    dataset_owner          TEXT    NOT NULL,
    dataset_price          TEXT    NOT NULL,
    workerpool             TEXT    NOT NULL,
    workerpool_owner       TEXT    NOT NULL,
    workerpool_price       TEXT    NOT NULL,
    trust                  BIGINT  NOT NULL,
    category               BIGINT  NOT NULL,
    tag                    TEXT    NOT NULL,
    requester              TEXT    NOT NULL,
    beneficiary            TEXT    NOT NULL,
    callback               TEXT    NOT NULL,
    sponsor                TEXT    NOT NULL,
    start_time             BIGINT  NOT NULL,
    bot_first              BIGINT  NOT NULL,
    bot_size               BIGINT  NOT NULL,
    worker_stake           TEXT    NOT NULL,
    scheduler_reward_ratio BIGINT  NOT NULL,
    params                 TEXT    NOT NULL,
    order_app              TEXT    NOT NULL,
    order_dataset          TEXT    NOT NULL,
    order_workerpool       TEXT    NOT NULL,
    order_request          TEXT    NOT NULL,
    cost                   TEXT    NOT NULL
);
CREATE INDEX deals_block ON deals (block);
CREATE INDEX deals_requester ON deals (requester);
CREATE INDEX deals_sponsor ON deals (sponsor);
CREATE INDEX deals_workerpool ON deals (workerpool);
CREATE INDEX deals_app ON deals (app);
CREATE INDEX deals_dataset ON deals (dataset);

-- The bag of every deal: one row per task, written with the deal.
CREATE TABLE tasks (
    id      TEXT   NOT NULL PRIMARY KEY,
    deal_id TEXT   NOT NULL,
    idx     BIGINT NOT NULL,
    block   BIGINT NOT NULL
);
CREATE INDEX tasks_deal ON tasks (deal_id, idx);

-- Contributions, from TaskContribute (their status comes from TaskReveal,
-- ContributionRejected and TaskFinalize events).
CREATE TABLE contributions (
    task_id     TEXT    NOT NULL,
    worker      TEXT    NOT NULL,
    result_hash TEXT    NOT NULL,
    weight      BIGINT  NOT NULL,
    block       BIGINT  NOT NULL,
    log_index   INTEGER NOT NULL,
    tx_hash     TEXT    NOT NULL,
    time        BIGINT  NOT NULL,
    PRIMARY KEY (task_id, worker)
);
CREATE INDEX contributions_worker ON contributions (worker, block);
CREATE INDEX contributions_time ON contributions (time);

-- Score changes (ScoreChanged): a worker's score is its latest new_score, else 0.
CREATE TABLE scores (
    block     BIGINT  NOT NULL,
    log_index INTEGER NOT NULL,
    worker    TEXT    NOT NULL,
    ref       TEXT    NOT NULL,
    old_score BIGINT  NOT NULL,
    new_score BIGINT  NOT NULL,
    time      BIGINT  NOT NULL,
    PRIMARY KEY (block, log_index)
);
CREATE INDEX scores_worker ON scores (worker, block, log_index);

-- Apps, datasets and workerpools, from their registries' creation events.
CREATE TABLE assets (
    address     TEXT   NOT NULL PRIMARY KEY,
    kind        TEXT   NOT NULL, -- app, dataset, workerpool
    name        TEXT   NOT NULL, -- name, or a workerpool's description
    app_type    TEXT   NOT NULL,
    multiaddr   TEXT   NOT NULL,
    checksum    TEXT   NOT NULL,
    mrenclave   TEXT   NOT NULL,
    block       BIGINT NOT NULL,
    tx_hash     TEXT   NOT NULL,
    time        BIGINT NOT NULL
);
CREATE INDEX assets_kind ON assets (kind, block);
CREATE INDEX assets_name ON assets (name);

-- Asset ownership (ERC-721 Transfer): the owner is the latest row's.
CREATE TABLE asset_owners (
    block     BIGINT  NOT NULL,
    log_index INTEGER NOT NULL,
    asset     TEXT    NOT NULL,
    owner     TEXT    NOT NULL,
    PRIMARY KEY (block, log_index)
);
CREATE INDEX asset_owners_asset ON asset_owners (asset, block, log_index);
CREATE INDEX asset_owners_owner ON asset_owners (owner);

-- Workerpool policies (WorkerpoolPolicyUpdated); without a row, the defaults 30 and 1.
CREATE TABLE pool_policies (
    block                  BIGINT  NOT NULL,
    log_index              INTEGER NOT NULL,
    workerpool             TEXT    NOT NULL,
    worker_stake_ratio     BIGINT  NOT NULL,
    scheduler_reward_ratio BIGINT  NOT NULL,
    PRIMARY KEY (block, log_index)
);
CREATE INDEX pool_policies_pool ON pool_policies (workerpool, block, log_index);

-- Categories (CategoryCreated).
CREATE TABLE categories (
    id                  BIGINT NOT NULL PRIMARY KEY,
    name                TEXT   NOT NULL,
    description         TEXT   NOT NULL,
    work_clock_time_ref BIGINT NOT NULL,
    block               BIGINT NOT NULL
);
