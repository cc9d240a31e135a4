-- Samples of the market's live order book (issue 17): per category, the open workerpool
-- offers, the tasks they still offer and the cheapest price, at most one a minute. They
-- come from the market service, not the chain: they carry no block, are not rolled back
-- by reorganisations, and an index rebuilt from the chain starts without them.
CREATE TABLE book_samples (
    category BIGINT NOT NULL,
    time     BIGINT NOT NULL, -- unix seconds, a multiple of 60
    offers   BIGINT NOT NULL, -- open workerpool orders
    tasks    BIGINT NOT NULL, -- tasks they still offer
    cheapest TEXT   NOT NULL, -- cheapest price per task, token units ('' without an offer)
    PRIMARY KEY (category, time)
);
