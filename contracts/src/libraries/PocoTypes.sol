// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

/// @title Poco protocol types
/// @notice Orders, deals, categories and task state shared by every Poco contract.
/// The four order structs are the EIP-712 messages; their field order is the order of
/// the type strings in `docs/conventions.md` and must never change.

/// @notice An app owner's offer to let its app run `volume` times at `appprice` each.
struct AppOrder {
    address app;
    uint256 appprice;
    uint256 volume;
    bytes32 tag;
    address datasetrestrict;
    address workerpoolrestrict;
    address requesterrestrict;
    bytes32 salt;
}

/// @notice A dataset owner's offer to let its dataset be used `volume` times.
struct DatasetOrder {
    address dataset;
    uint256 datasetprice;
    uint256 volume;
    bytes32 tag;
    address apprestrict;
    address workerpoolrestrict;
    address requesterrestrict;
    bytes32 salt;
}

/// @notice A pool owner's offer of `volume` tasks of one category at one trust level.
struct WorkerpoolOrder {
    address workerpool;
    uint256 workerpoolprice;
    uint256 volume;
    bytes32 tag;
    uint256 category;
    uint256 trust;
    address apprestrict;
    address datasetrestrict;
    address requesterrestrict;
    bytes32 salt;
}

/// @notice A requester's demand: which app (and dataset, pool) at which maximum prices.
struct RequestOrder {
    address app;
    uint256 appmaxprice;
    address dataset;
    uint256 datasetmaxprice;
    address workerpool;
    uint256 workerpoolmaxprice;
    address requester;
    uint256 volume;
    bytes32 tag;
    uint256 category;
    uint256 trust;
    address beneficiary;
    address callback;
    string params;
    bytes32 salt;
}

/// @notice Everything a deal fixed at match time. Only the top 192 bits of
/// `keccak256(abi.encode(deal))` are stored on chain; the full struct is emitted in `OrdersMatched` and passed back as calldata
/// by every task operation, which saves a dozen storage slots per deal.
struct Deal {
    bytes32 id; // keccak256(requestOrderHash, requestConsumedBefore)
    address app;
    address appOwner;
    uint256 appPrice;
    address dataset;
    address datasetOwner;
    uint256 datasetPrice;
    address workerpool;
    address workerpoolOwner;
    uint256 workerpoolPrice;
    uint256 trust;
    uint256 category;
    uint256 workClockTimeRef;
    bytes32 tag;
    address requester;
    address beneficiary;
    address callback;
    address sponsor; // who pays: the requester, or whoever called sponsorMatchOrders
    uint256 startTime;
    uint256 botFirst;
    uint256 botSize;
    uint256 workerStake;
    uint256 schedulerRewardRatio;
}

/// @notice A category of work: tasks are priced per task, and their deadlines derive from
/// `workClockTimeRef`, the time a task takes on the reference machine, in seconds.
struct Category {
    string name;
    string description;
    uint256 workClockTimeRef;
}

/// @notice Life of a task: UNSET → ACTIVE (first contribution) → REVEALING (the first reveal,
/// with the scheduler's permit, on a result group that reached consensus) → COMPLETED
/// (finalized), or FAILED (claimed after the final deadline). An ACTIVE task keeps taking
/// contributions after a group reaches consensus, so the scheduler can check a result with
/// another worker before anyone reveals.
enum TaskStatus {
    UNSET,
    ACTIVE,
    REVEALING,
    COMPLETED,
    FAILED
}

/// @notice Life of one worker's contribution to a task.
enum ContributionStatus {
    UNSET,
    CONTRIBUTED,
    PROVED,
    REJECTED
}

/// @notice Kind of an order, used in presign and cancel events.
enum OrderKind {
    APP,
    DATASET,
    WORKERPOOL,
    REQUEST
}

/// @notice Stored state of a task (one slot). A task the trust-1 fast path completes has no
/// stored state: one bit per task records it (see the hub's `task(dealid, idx)` view).
/// How many winners revealed is not stored: finalize counts the PROVED contributions of the
/// contributor list it is given. Results are known by their tags (see the hub's `contribution`).
/// While every contribution has the same result, its group is the task itself: weight
/// `totalWeight − 1`, members `contributors`, result `resultTag`; the hub's group table is
/// written only once a second result comes (`split`). The consensus is the result whose tag
/// the task holds once the reveals open (`winners` above 0), announced by `TaskConsensus`.
struct Task {
    uint8 status; // TaskStatus
    uint16 contributors; // contributions received
    uint16 winners; // contributions in the consensus group (0 until the reveals open)
    uint40 revealDeadline; // set when the reveals open
    bool split; // the contributions have several results: every group is in the group table
    uint56 totalWeight; // 1 + sum of every group's weight (0 before the first contribution)
    bytes14 resultTag; // tag of the first result; from the first reveal on, of the consensus
}

/// @notice Stored state of one contribution (one storage slot).
struct Contribution {
    uint8 status; // ContributionStatus
    uint8 weight; // the worker's weight when it contributed (2 to MAX_WEIGHT)
    bytes14 resultTag; // top 112 bits of keccak256(resultHash)
    bytes16 seal; // first 16 bytes of keccak256(worker, taskid, resultDigest)
}

/// @notice One task's contribution inside a batch.
struct ContributeItem {
    uint256 idx;
    bytes32 resultHash;
    bytes32 resultSeal;
    address enclave;
    bytes enclaveSign;
    bytes authorizationSign;
}

/// @notice One task's result inside a contributeAndFinalize batch (trust 1 fast path).
struct ContributeAndFinalizeItem {
    uint256 idx;
    bytes32 resultDigest;
    bytes results;
    bytes resultsCallback;
    address enclave;
    bytes enclaveSign;
    bytes authorizationSign;
}

/// @notice One task inside a finalize batch.
struct FinalizeItem {
    uint256 idx;
    address[] contributors; // every contributor of the task, in ascending address order
    bytes32 resultDigest;
    bytes results;
    bytes resultsCallback;
}

/// @notice One task's reveal inside a batch. `permit` is the scheduler's EIP-191 signature of
/// keccak256(abi.encodePacked(REVEAL_PERMIT, taskid)); it is needed only by the first reveal
/// of a task, which opens its reveal phase, and ignored afterwards (may be empty).
struct RevealItem {
    uint256 idx;
    bytes32 resultDigest;
    bytes permit;
}

/// @notice A worker's rewards from replicated deals that are still at risk: two buckets, each
/// locked until its release time. A proven-wrong contribution forfeits both. New rewards go
/// to `newer` and push its release time to now + VESTING_PERIOD; once `older` is released,
/// `newer` takes its place. So every reward stays at risk for at least VESTING_PERIOD and is
/// released within twice that.
struct Vesting {
    uint88 older;
    uint40 olderRelease;
    uint88 newer;
    uint40 newerRelease;
}

/// @notice One task inside a claim batch.
struct ClaimItem {
    uint256 idx;
    address[] contributors; // every contributor of the task, in ascending address order
}
