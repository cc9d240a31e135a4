// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

import {PocoStore} from "./PocoStore.sol";
import {Signatures} from "./libraries/Signatures.sol";
import {IPocoCallback} from "./interfaces/IRegistries.sol";
import {
    Deal,
    Task,
    TaskStatus,
    Contribution,
    ContributionStatus,
    ContributeItem,
    ContributeAndFinalizeItem,
    RevealItem,
    FinalizeItem,
    ClaimItem
} from "./libraries/PocoTypes.sol";

/// @title Poco task module
/// @notice Proof-of-Contribution for the tasks of a deal: contribute (commit), reveal (the
/// first reveal, with the scheduler's permit, opens the reveal phase on a result group that
/// reached consensus), finalize with rewards, penalties and reputation, claim, and the trust-1
/// fast path contributeAndFinalize. Runs only through the hub's delegatecall, on the hub's
/// storage.
///
/// Consensus does not close a task: contributions are taken until the reveals open, so the
/// scheduler can have a result checked by another worker that the first one cannot see
/// coming. Rewards of replicated deals vest for VESTING_PERIOD; a contribution proven wrong
/// (a result other than the one finalized, or outside the reference group at a claim) loses
/// its stake, the worker's vesting rewards and its whole score.
///
/// Every operation takes the deal as calldata and checks it against the hash stored at
/// match time. Finalize and claim take the task's contributors (from `TaskContribute`
/// events) as calldata too, in ascending address order, which proves them distinct: the list
/// is the task's when it is as long as the task's contributor count and every address on it
/// has a contribution. What each contributed comes from storage (the tag of its result).
/// Batch variants handle many tasks of one deal in one transaction and settle the
/// deal-level payments (requester, app, dataset, pool) once per batch.
contract PocoTasks is PocoStore {
    /// @dev Amounts accumulated over a call (one task or a batch) and applied once at its
    /// end, so a batch writes each account once and emits one event per account and kind.
    struct Settlement {
        uint256 payerSeize; // prices of finalized tasks, taken from the payer's lock
        uint256 payerRefund; // prices of claimed tasks, unlocked back to the payer
        uint256 appReward;
        uint256 datasetReward;
        uint256 poolStakeUnlock; // pool stakes of finalized tasks
        uint256 poolStakeSeize; // pool stakes of claimed tasks, sent to the kitty
        uint256 schedulerReward; // the scheduler's share plus kitty bonuses
        uint256 callerReward; // fast path: the caller's rewards
        uint256 kittyFill; // claim: rounding dust of the losers' stakes shared among the rest
        bool vest; // workers' rewards vest (replicated deals)
        bool kittyEmpty; // the kitty was found empty: it stays so until _settle fills it
        WorkerTally[] workers; // finalize and claim: per-contributor amounts
        uint256 workerCount;
        // Fast path: the deal's hash slot as the call holds it, with the started bits of the
        // tasks below DEAL_SLOT_TASKS it completed; stored back before any external call.
        uint256 dealSlot;
    }

    /// @dev One contributor's amounts within a settlement.
    struct WorkerTally {
        address worker;
        uint256 unlock;
        uint256 reward;
        uint256 seize;
        uint256 oldScore; // score before the call's first change, if `scored`
        bool scored;
    }

    /// @dev Contributors tallied per call; beyond this, a contributor is paid directly.
    uint256 private constant TALLY_CAPACITY = 16;

    address private immutable _self = address(this);

    modifier onlyDelegated() {
        if (address(this) == _self) revert PocoDirectCall();
        _;
    }

    // ───────────────────────────── contribute ─────────────────────────────

    /// @notice Commits the caller's result for one task: `resultHash` = keccak256(taskid,
    /// digest) and `resultSeal` = keccak256(worker, taskid, digest). Needs the scheduler's
    /// authorization and locks the deal's worker stake. The first contribution starts the task.
    function contribute(Deal calldata deal, ContributeItem calldata item) external onlyDelegated {
        _verifyDeal(deal);
        bytes32 taskid = _contribute(deal, item, _weight(_layout().scores[msg.sender]));
        _lock(msg.sender, deal.workerStake, taskid);
    }

    /// @notice contribute for several tasks of one deal; the stakes are locked together.
    function contributeBatch(Deal calldata deal, ContributeItem[] calldata items) external onlyDelegated {
        _verifyDeal(deal);
        // A contribution does not change scores, so the caller's weight holds for the batch.
        uint256 weight = _weight(_layout().scores[msg.sender]);
        for (uint256 i; i < items.length; ++i) {
            _contribute(deal, items[i], weight);
        }
        _lock(msg.sender, deal.workerStake * items.length, deal.id);
    }

    /// @dev `weight` is the caller's weight (from its score), read once per call.
    function _contribute(Deal calldata deal, ContributeItem calldata item, uint256 weight)
        private
        returns (bytes32 taskid)
    {
        taskid = _taskid(deal, item.idx);
        Layout storage l = _layout();
        Task storage t = l.tasks[taskid];
        bytes14 tag = _resultTag(item.resultHash);
        uint256 status = t.status;
        uint256 total;
        bytes14 first;
        bool split;
        if (status == uint8(TaskStatus.UNSET)) {
            // On a trust-1 deal the fast path may have completed the task (see _started).
            if (deal.trust == 1 && !_setStarted(l, deal.id, item.idx)) {
                revert PocoTaskWrongStatus(taskid, TaskStatus.COMPLETED);
            }
            (total, first) = (1, tag);
            t.status = uint8(TaskStatus.ACTIVE);
            t.resultTag = tag;
            emit TaskStarted(taskid, deal.id, item.idx);
        } else if (status == uint8(TaskStatus.ACTIVE)) {
            (total, first, split) = (t.totalWeight, t.resultTag, t.split);
        } else {
            revert PocoTaskWrongStatus(taskid, TaskStatus(status));
        }
        _before(taskid, deal.startTime + CONTRIBUTION_DEADLINE_RATIO * deal.workClockTimeRef);
        mapping(address => Contribution) storage cs = l.contributions[taskid];
        if (cs[msg.sender].status != uint8(ContributionStatus.UNSET)) {
            revert PocoAlreadyContributed(taskid, msg.sender);
        }
        _checkAuthorization(deal, taskid, item.enclave, item.authorizationSign);
        _checkEnclave(deal, taskid, item.enclave, item.resultHash, item.resultSeal, item.enclaveSign);

        cs[msg.sender] =
            Contribution(uint8(ContributionStatus.CONTRIBUTED), uint8(weight), tag, bytes16(item.resultSeal));

        // Credibility: a group's weight is the product of its members' weights; the total
        // is 1 plus every group's weight. Whether a group reached consensus is checked when
        // the reveals open, not here.
        uint256 oldWeight;
        uint256 newWeight;
        if (!split && tag == first) {
            // The task's only group so far: weight total − 1, members contributors.
            oldWeight = total - 1;
            newWeight = oldWeight == 0 ? weight : oldWeight * weight;
        } else {
            mapping(bytes14 => uint256) storage gs = l.groups[taskid];
            if (!split) {
                // A second result: the first group moves to the group table.
                gs[first] = (uint256(t.contributors) << 128) | (total - 1);
                t.split = true;
            }
            uint256 g = gs[tag];
            oldWeight = uint128(g);
            newWeight = oldWeight == 0 ? weight : oldWeight * weight;
            gs[tag] = (((g >> 128) + 1) << 128) | newWeight;
        }
        total = total - oldWeight + newWeight;
        if (total > MAX_TOTAL_WEIGHT) revert PocoWeightOverflow(taskid);
        t.contributors += 1;
        t.totalWeight = uint56(total);
        emit TaskContribute(taskid, msg.sender, item.resultHash, weight);
    }

    // ───────────────────────────── reveal ─────────────────────────────

    /// @notice Reveals the digest behind the caller's contribution, once consensus is reached.
    function reveal(Deal calldata deal, RevealItem calldata item) external onlyDelegated {
        _verifyDeal(deal);
        _reveal(deal, item);
    }

    /// @notice reveal for several tasks of one deal.
    function revealBatch(Deal calldata deal, RevealItem[] calldata items) external onlyDelegated {
        _verifyDeal(deal);
        for (uint256 i; i < items.length; ++i) {
            _reveal(deal, items[i]);
        }
    }

    function _reveal(Deal calldata deal, RevealItem calldata item) private {
        bytes32 taskid = _taskid(deal, item.idx);
        Layout storage l = _layout();
        Task storage t = l.tasks[taskid];
        bytes32 resultHash = _hash2(taskid, item.resultDigest);
        bytes14 tag = _resultTag(resultHash);
        uint256 status = t.status;
        if (status == uint8(TaskStatus.ACTIVE)) {
            _openReveals(deal, l, t, taskid, resultHash, tag, item.permit);
        } else if (status != uint8(TaskStatus.REVEALING)) {
            revert PocoTaskWrongStatus(taskid, _status(l, deal, item.idx, status));
        }
        _before(taskid, t.revealDeadline);
        Contribution storage c = l.contributions[taskid][msg.sender];
        if (c.status != uint8(ContributionStatus.CONTRIBUTED)) {
            revert PocoCannotReveal(taskid, msg.sender, ContributionStatus(c.status));
        }
        // The revealed digest must be the consensus, the caller's own contribution too (a
        // worker that voted another result cannot reveal the consensus as a winner), and
        // the seal it committed must be this digest's.
        if (
            tag != t.resultTag || c.resultTag != tag
                || bytes16(keccak256(abi.encodePacked(msg.sender, taskid, item.resultDigest))) != c.seal
        ) revert PocoRevealMismatch(taskid, msg.sender);
        c.status = uint8(ContributionStatus.PROVED);
        emit TaskReveal(taskid, msg.sender, item.resultDigest);
    }

    /// @dev The first reveal of an ACTIVE task: with the scheduler's permit, and if the
    /// revealed result's group reached consensus (`group × trust > total × (trust − 1)`), the
    /// task becomes REVEALING on that group: no more contributions, and its members have until
    /// the reveal deadline to reveal. The task's result tag becomes the consensus's.
    function _openReveals(
        Deal calldata deal,
        Layout storage l,
        Task storage t,
        bytes32 taskid,
        bytes32 resultHash,
        bytes14 tag,
        bytes calldata permit
    ) private {
        _before(taskid, deal.startTime + FINAL_DEADLINE_RATIO * deal.workClockTimeRef);
        bytes32 message = _hash2(REVEAL_PERMIT, taskid);
        if (!Signatures.isValidPersonal(deal.workerpoolOwner, message, permit)) {
            revert PocoInvalidRevealPermit(taskid, deal.workerpoolOwner);
        }
        uint256 total = t.totalWeight;
        uint256 weight;
        uint256 members;
        if (t.split) {
            uint256 g = l.groups[taskid][tag];
            (weight, members) = (uint128(g), g >> 128);
        } else if (tag == t.resultTag) {
            // The task's only group.
            (weight, members) = (total - 1, t.contributors);
        }
        uint256 trust = deal.trust;
        if (weight * trust <= total * (trust - 1)) revert PocoNoConsensus(taskid, weight, total);
        uint256 revealDeadline = block.timestamp + REVEAL_DEADLINE_RATIO * deal.workClockTimeRef;
        t.status = uint8(TaskStatus.REVEALING);
        t.winners = uint16(members);
        t.revealDeadline = uint40(revealDeadline);
        t.resultTag = tag;
        emit TaskConsensus(taskid, resultHash, revealDeadline);
    }

    // ───────────────────────────── finalize ─────────────────────────────

    /// @notice Completes a task once every winner revealed (or at least one did and the
    /// reveal deadline passed): pays the app and dataset owners, shares the pool reward and
    /// the losers' stakes and forfeited rewards among the winners by log2 of their weights,
    /// gives the scheduler its share and a kitty bonus, updates reputations. Scheduler only.
    function finalize(Deal calldata deal, FinalizeItem calldata item) external onlyDelegated {
        _verifyDeal(deal);
        _onlyScheduler(deal);
        Settlement memory s = _settlement(deal);
        bytes32 taskid = _finalize(deal, item, s);
        _settle(deal, s, taskid);
        _callback(deal, taskid, item.resultsCallback);
    }

    /// @notice finalize for several tasks of one deal.
    function finalizeBatch(Deal calldata deal, FinalizeItem[] calldata items) external onlyDelegated {
        _verifyDeal(deal);
        _onlyScheduler(deal);
        Settlement memory s = _settlement(deal);
        bytes32[] memory taskids = new bytes32[](items.length);
        for (uint256 i; i < items.length; ++i) {
            taskids[i] = _finalize(deal, items[i], s);
        }
        _settle(deal, s, deal.id);
        for (uint256 i; i < items.length; ++i) {
            _callback(deal, taskids[i], items[i].resultsCallback);
        }
    }

    function _finalize(Deal calldata deal, FinalizeItem calldata item, Settlement memory s)
        private
        returns (bytes32 taskid)
    {
        taskid = _taskid(deal, item.idx);
        Layout storage l = _layout();
        Task storage t = l.tasks[taskid];
        if (t.status != uint8(TaskStatus.REVEALING)) {
            revert PocoTaskWrongStatus(taskid, _status(l, deal, item.idx, t.status));
        }
        _before(taskid, deal.startTime + FINAL_DEADLINE_RATIO * deal.workClockTimeRef);
        if (_resultTag(_hash2(taskid, item.resultDigest)) != t.resultTag) {
            revert PocoResultDigestMismatch(taskid, item.resultDigest);
        }
        _checkCallbackData(deal, taskid, item.resultDigest, item.resultsCallback);
        (uint256 reveals, uint256 logSum) = _checkReveals(deal, l, taskid, t, item.contributors);
        t.status = uint8(TaskStatus.COMPLETED);
        // The win is confirmed when another worker confirmed the result (trust above 1).
        bool confirmed = deal.trust > 1 && reveals > 1;
        _distribute(deal, taskid, item.contributors, confirmed, logSum, s);
        emit TaskFinalize(taskid, deal.id, item.idx, item.resultDigest, item.results);
    }

    /// @dev Checks that `contributors` is the task's contributor list (`t` holds the count):
    /// as long, strictly ascending (so no address twice) and every address a contributor.
    /// Returns the revealed winners (PROVED: members of the consensus group, see _reveal),
    /// the sum of log2 of their weights and the product of their weights.
    function _scanContributors(Layout storage l, bytes32 taskid, uint256 count, address[] calldata contributors)
        private
        view
        returns (uint256 reveals, uint256 logSum, uint256 revealed)
    {
        if (contributors.length != count) revert PocoContributorsMismatch(taskid);
        mapping(address => Contribution) storage cs = l.contributions[taskid];
        revealed = 1;
        address previous;
        for (uint256 i; i < contributors.length; ++i) {
            address worker = contributors[i];
            Contribution storage c = cs[worker];
            uint256 status = c.status;
            if (worker <= previous || status == uint8(ContributionStatus.UNSET)) {
                revert PocoContributorsMismatch(taskid);
            }
            if (status == uint8(ContributionStatus.PROVED)) {
                uint256 weight = c.weight;
                ++reveals;
                logSum += Math.log2(weight);
                revealed *= weight;
            }
            previous = worker;
        }
    }

    /// @dev Checks the contributor list (_scanContributors) and that finalize may proceed:
    /// every winner revealed; or at least one did and the reveal deadline passed; or the
    /// revealed ones decide the task alone (_revealedDecide). Returns the revealed winners
    /// and the sum of log2 of their weights.
    function _checkReveals(
        Deal calldata deal,
        Layout storage l,
        bytes32 taskid,
        Task storage t,
        address[] calldata contributors
    ) private view returns (uint256 reveals, uint256 logSum) {
        uint256 revealed;
        (reveals, logSum, revealed) = _scanContributors(l, taskid, t.contributors, contributors);
        if (
            reveals == 0
                || (
                    reveals < t.winners && block.timestamp < t.revealDeadline
                        && !_revealedDecide(deal, l, taskid, t, revealed)
                )
        ) revert PocoRevealsPending(taskid, reveals, t.winners, t.revealDeadline);
    }

    /// @dev Whether the winners who revealed decide the task without the silent ones, so it
    /// can be finalized before the reveal deadline: REVEAL_GRACE_DIVISOR-th of the category's
    /// reference time has passed since the reveals opened, and the revealed votes alone
    /// satisfy the consensus rule, as if the silent winners had never voted:
    /// `revealed × trust > (total − group + revealed) × (trust − 1)`, where `revealed` is the
    /// product of the revealed winners' weights (at most the group's, below 2^56).
    function _revealedDecide(Deal calldata deal, Layout storage l, bytes32 taskid, Task storage t, uint256 revealed)
        private
        view
        returns (bool)
    {
        uint256 opened = t.revealDeadline - REVEAL_DEADLINE_RATIO * deal.workClockTimeRef;
        if (block.timestamp < opened + deal.workClockTimeRef / REVEAL_GRACE_DIVISOR) return false;
        uint256 group = t.split ? uint128(l.groups[taskid][t.resultTag]) : t.totalWeight - 1;
        uint256 trust = deal.trust;
        return revealed * trust > (t.totalWeight - group + revealed) * (trust - 1);
    }

    /// @dev Losers lose their stake to the pot (see `_penalize`). Winners get their stake back
    /// and share the pot by log2 of their weights; each gains a score point when `confirmed`:
    /// at least two winners revealed (a result confirmed by another worker) on a deal of trust
    /// above 1.
    function _distribute(
        Deal calldata deal,
        bytes32 taskid,
        address[] calldata contributors,
        bool confirmed,
        uint256 logSum,
        Settlement memory s
    ) private {
        Layout storage l = _layout();
        uint256 stake = deal.workerStake;
        uint256 pot = deal.workerpoolPrice + _penalize(l, stake, taskid, contributors, s);
        uint256 workersPot = (pot * (100 - deal.schedulerRewardRatio)) / 100;
        uint256 paid;
        for (uint256 i; i < contributors.length; ++i) {
            address worker = contributors[i];
            Contribution storage c = l.contributions[taskid][worker];
            if (c.status != uint8(ContributionStatus.PROVED)) continue;
            uint256 reward = (workersPot * Math.log2(c.weight)) / logSum;
            paid += reward;
            _tallyWorker(s, worker, stake, reward, 0, taskid);
            if (confirmed) _setScore(l, s, worker, taskid, SCORE_CONFIRMED);
        }
        _accountTask(deal, s);
        s.schedulerReward += pot - paid + _drainKitty(l, s, taskid);
    }

    /// @dev Finalize's losers: every contribution not PROVED is REJECTED and loses its stake;
    /// a wrong result (not the task's consensus) also the worker's vesting rewards and score,
    /// an unrevealed consensus vote a third of the score. Returns what was taken, for the pot.
    function _penalize(
        Layout storage l,
        uint256 stake,
        bytes32 taskid,
        address[] calldata contributors,
        Settlement memory s
    ) private returns (uint256 taken) {
        for (uint256 i; i < contributors.length; ++i) {
            address worker = contributors[i];
            Contribution storage c = l.contributions[taskid][worker];
            if (c.status == uint8(ContributionStatus.PROVED)) continue;
            taken += stake;
            _tallyWorker(s, worker, 0, 0, stake, taskid);
            c.status = uint8(ContributionStatus.REJECTED);
            emit ContributionRejected(taskid, worker);
            if (c.resultTag == l.tasks[taskid].resultTag) {
                _setScore(l, s, worker, taskid, SCORE_UNREVEALED);
            } else {
                taken += _forfeit(worker, taskid);
                _setScore(l, s, worker, taskid, SCORE_WRONG);
            }
        }
    }

    // ───────────────────────── contributeAndFinalize ─────────────────────────

    /// @notice Trust-1 fast path: contributes and finalizes a task in one call. The caller
    /// (the worker) gets the workers' share of the pool price; no stake is locked, no score
    /// changes. With a TEE tag, an enclave signature is required.
    function contributeAndFinalize(Deal calldata deal, ContributeAndFinalizeItem calldata item)
        external
        onlyDelegated
    {
        Settlement memory s;
        uint256 slot = _verifyDeal(deal);
        s.dealSlot = slot;
        bytes32 taskid = _contributeAndFinalize(deal, item, s, _weight(_layout().scores[msg.sender]));
        _storeDealSlot(deal, s, slot);
        _settle(deal, s, taskid);
        _callback(deal, taskid, item.resultsCallback);
    }

    /// @notice contributeAndFinalize for several tasks of one deal.
    function contributeAndFinalizeBatch(Deal calldata deal, ContributeAndFinalizeItem[] calldata items)
        external
        onlyDelegated
    {
        Settlement memory s;
        uint256 slot = _verifyDeal(deal);
        s.dealSlot = slot;
        // The fast path changes no score, so the caller's weight holds for the batch.
        uint256 weight = _weight(_layout().scores[msg.sender]);
        // Task ids are kept for the callbacks only.
        bool callback = deal.callback != address(0);
        bytes32[] memory taskids = new bytes32[](callback ? items.length : 0);
        for (uint256 i; i < items.length; ++i) {
            bytes32 taskid = _contributeAndFinalize(deal, items[i], s, weight);
            if (callback) taskids[i] = taskid;
        }
        _storeDealSlot(deal, s, slot);
        _settle(deal, s, deal.id);
        if (!callback) return;
        for (uint256 i; i < items.length; ++i) {
            _callback(deal, taskids[i], items[i].resultsCallback);
        }
    }

    /// @dev `weight` is the caller's weight (from its score), read once per call; it is
    /// reported in TaskContribute.
    function _contributeAndFinalize(
        Deal calldata deal,
        ContributeAndFinalizeItem calldata item,
        Settlement memory s,
        uint256 weight
    ) private returns (bytes32 taskid) {
        taskid = _taskid(deal, item.idx);
        if (deal.trust != 1) revert PocoTrustNotOne(taskid, deal.trust);
        Layout storage l = _layout();
        // The task's started bit, not its slot: every way out of UNSET sets it on a trust-1
        // deal, and the fast path stores nothing else (see _started). Tasks below
        // DEAL_SLOT_TASKS have theirs in s.dealSlot, which the caller stores.
        bool fresh;
        if (item.idx < DEAL_SLOT_TASKS) {
            uint256 bit = 1 << item.idx;
            fresh = s.dealSlot & bit == 0;
            s.dealSlot |= bit;
        } else {
            fresh = _setStarted(l, deal.id, item.idx);
        }
        if (!fresh) {
            // Set already: the task left UNSET by a contribution or a claim (its stored
            // status says which), or the fast path completed it (stored UNSET).
            uint256 stored = l.tasks[taskid].status;
            revert PocoTaskWrongStatus(
                taskid, stored == uint8(TaskStatus.UNSET) ? TaskStatus.COMPLETED : TaskStatus(stored)
            );
        }
        _before(taskid, deal.startTime + CONTRIBUTION_DEADLINE_RATIO * deal.workClockTimeRef);
        _checkAuthorization(deal, taskid, item.enclave, item.authorizationSign);
        bytes32 resultHash = _hash2(taskid, item.resultDigest);
        if (item.enclave != address(0) || deal.tag & TAG_TEE != 0) {
            bytes32 seal = keccak256(abi.encodePacked(msg.sender, taskid, item.resultDigest));
            _checkEnclave(deal, taskid, item.enclave, resultHash, seal, item.enclaveSign);
        }
        _checkCallbackData(deal, taskid, item.resultDigest, item.resultsCallback);

        // Completed: the started bit, set above, is the whole record (the `task` view reads it
        // as COMPLETED with one contributor and one winner).
        emit TaskContribute(taskid, msg.sender, resultHash, weight);

        uint256 workersPot = (deal.workerpoolPrice * (100 - deal.schedulerRewardRatio)) / 100;
        s.callerReward += workersPot;
        _accountTask(deal, s);
        s.schedulerReward += deal.workerpoolPrice - workersPot + _drainKitty(l, s, taskid);
        emit TaskFinalize(taskid, deal.id, item.idx, item.resultDigest, item.results);
    }

    // ───────────────────────────── claim ─────────────────────────────

    /// @notice After the final deadline, anyone can fail an unfinished task: the payer is
    /// refunded and the pool's stake goes to the kitty. The contributors outside the reference
    /// group — the consensus group of a REVEALING task, else the one heaviest group (none on a
    /// tie) — are proven wrong: they lose their stake, vesting rewards and score to the
    /// reference group's members, who get their stakes back. Without a reference group every
    /// stake is unlocked.
    function claim(Deal calldata deal, ClaimItem calldata item) external onlyDelegated {
        _verifyDeal(deal);
        Settlement memory s = _settlement(deal);
        bytes32 taskid = _claim(deal, item, s);
        _settle(deal, s, taskid);
    }

    /// @notice claim for several tasks of one deal.
    function claimBatch(Deal calldata deal, ClaimItem[] calldata items) external onlyDelegated {
        _verifyDeal(deal);
        Settlement memory s = _settlement(deal);
        for (uint256 i; i < items.length; ++i) {
            _claim(deal, items[i], s);
        }
        _settle(deal, s, deal.id);
    }

    function _claim(Deal calldata deal, ClaimItem calldata item, Settlement memory s) private returns (bytes32 taskid) {
        taskid = _taskid(deal, item.idx);
        Layout storage l = _layout();
        Task storage t = l.tasks[taskid];
        uint256 status = t.status;
        // On a trust-1 deal a task claimed while UNSET sets its started bit, so the fast path
        // cannot complete it afterwards; a bit set already means the fast path completed it.
        if (status == uint8(TaskStatus.UNSET) && deal.trust == 1 && !_setStarted(l, deal.id, item.idx)) {
            status = uint8(TaskStatus.COMPLETED);
        }
        if (status == uint8(TaskStatus.COMPLETED) || status == uint8(TaskStatus.FAILED)) {
            revert PocoTaskWrongStatus(taskid, TaskStatus(status));
        }
        uint256 finalDeadline = deal.startTime + FINAL_DEADLINE_RATIO * deal.workClockTimeRef;
        if (block.timestamp < finalDeadline) revert PocoDeadlineNotReached(taskid, finalDeadline, block.timestamp);
        address[] calldata contributors = item.contributors;
        _scanContributors(l, taskid, t.contributors, contributors);
        (bool hasRef, bytes14 ref) = _referenceGroup(l, taskid, t, contributors);
        t.status = uint8(TaskStatus.FAILED);
        mapping(address => Contribution) storage cs = l.contributions[taskid];
        uint256 stake = deal.workerStake;
        uint256 pot;
        for (uint256 i; i < contributors.length; ++i) {
            address worker = contributors[i];
            Contribution storage c = cs[worker];
            if (hasRef && c.resultTag != ref) {
                pot += stake + _forfeit(worker, taskid);
                _tallyWorker(s, worker, 0, 0, stake, taskid);
                c.status = uint8(ContributionStatus.REJECTED);
                emit ContributionRejected(taskid, worker);
                _setScore(l, s, worker, taskid, SCORE_WRONG);
            } else {
                _tallyWorker(s, worker, stake, 0, 0, taskid);
            }
        }
        if (pot != 0) _shareSeized(taskid, contributors, ref, pot, s);
        s.payerRefund += deal.appPrice + deal.datasetPrice + deal.workerpoolPrice;
        s.poolStakeSeize += (deal.workerpoolPrice * POOL_STAKE_RATIO) / 100;
        emit TaskClaimed(taskid, deal.id, item.idx);
    }

    /// @dev Shares what a claim seized among the reference group's members (result `ref`)
    /// by log2 of their weights; the rounding dust goes to the kitty.
    function _shareSeized(bytes32 taskid, address[] calldata contributors, bytes14 ref, uint256 pot, Settlement memory s)
        private
    {
        mapping(address => Contribution) storage cs = _layout().contributions[taskid];
        uint256 logSum;
        for (uint256 i; i < contributors.length; ++i) {
            Contribution storage c = cs[contributors[i]];
            if (c.resultTag == ref) logSum += Math.log2(c.weight);
        }
        uint256 paid;
        for (uint256 i; i < contributors.length; ++i) {
            Contribution storage c = cs[contributors[i]];
            if (c.resultTag != ref) continue;
            uint256 reward = (pot * Math.log2(c.weight)) / logSum;
            paid += reward;
            _tallyWorker(s, contributors[i], 0, reward, 0, taskid);
        }
        s.kittyFill += pot - paid;
    }

    /// @dev The group a claim judges the other contributions by: the consensus group when
    /// there is one (REVEALING), else the strictly heaviest group; none on a tie or without
    /// contributions.
    function _referenceGroup(Layout storage l, bytes32 taskid, Task storage t, address[] calldata contributors)
        private
        view
        returns (bool found, bytes14 ref)
    {
        // The consensus once the reveals opened; else, while one result only, its group.
        if (t.winners != 0 || (t.contributors != 0 && !t.split)) return (true, t.resultTag);
        mapping(address => Contribution) storage cs = l.contributions[taskid];
        mapping(bytes14 => uint256) storage gs = l.groups[taskid];
        uint256 best;
        bool tie;
        for (uint256 i; i < contributors.length; ++i) {
            bytes14 tag = cs[contributors[i]].resultTag;
            if (found && tag == ref) continue;
            uint256 weight = uint128(gs[tag]);
            if (!found || weight > best) {
                (found, ref, best, tie) = (true, tag, weight, false);
            } else if (weight == best) {
                tie = true;
            }
        }
        if (tie) return (false, bytes14(0));
    }

    // ───────────────────────────── helpers ─────────────────────────────

    /// @dev The deal must be the one matched: the top 192 bits of its hash are the stored ones
    /// (the low 64 bits of the slot are started bits).
    /// Returns the slot (the hash and the started bits of tasks 0 to 63).
    function _verifyDeal(Deal calldata deal) private view returns (uint256 slot) {
        slot = uint256(_layout().dealHashes[deal.id]);
        if ((slot ^ uint256(keccak256(abi.encode(deal)))) & DEAL_HASH_MASK != 0) revert PocoUnknownDeal(deal.id);
    }

    /// @dev Fast path: stores the deal's hash slot, read as `verified`, with the started bits
    /// the call set (before any external call, so a callback cannot complete a task again).
    function _storeDealSlot(Deal calldata deal, Settlement memory s, uint256 verified) private {
        if (s.dealSlot != verified) _layout().dealHashes[deal.id] = bytes32(s.dealSlot);
    }

    /// @dev A task's status from its stored one: a task of a trust-1 deal stored UNSET with
    /// its started bit set was completed by the fast path.
    function _status(Layout storage l, Deal calldata deal, uint256 idx, uint256 stored)
        private
        view
        returns (TaskStatus)
    {
        if (stored == uint8(TaskStatus.UNSET) && deal.trust == 1 && _started(l, deal.id, idx)) {
            return TaskStatus.COMPLETED;
        }
        return TaskStatus(stored);
    }

    function _taskid(Deal calldata deal, uint256 idx) private pure returns (bytes32) {
        if (idx < deal.botFirst || idx - deal.botFirst >= deal.botSize) {
            revert PocoTaskIndexOutOfRange(idx, deal.botFirst, deal.botSize);
        }
        return _hash2(deal.id, bytes32(idx));
    }

    function _onlyScheduler(Deal calldata deal) private view {
        if (msg.sender != deal.workerpoolOwner) revert PocoNotScheduler(msg.sender, deal.workerpoolOwner);
    }

    function _before(bytes32 taskid, uint256 deadline) private view {
        if (block.timestamp >= deadline) revert PocoDeadlinePassed(taskid, deadline, block.timestamp);
    }

    /// @dev A worker's weight: max(score / 3, 3) − 1, at least 2 and at most MAX_WEIGHT.
    function _weight(uint256 workerScore) private pure returns (uint256) {
        uint256 w = workerScore / 3;
        if (w < 3) return 2;
        return w - 1 > MAX_WEIGHT ? MAX_WEIGHT : w - 1;
    }

    function _checkAuthorization(Deal calldata deal, bytes32 taskid, address enclave, bytes calldata sig)
        private
        view
    {
        bytes32 h = keccak256(abi.encodePacked(msg.sender, taskid, enclave));
        if (!Signatures.isValidPersonal(deal.workerpoolOwner, h, sig)) {
            revert PocoInvalidAuthorization(taskid, msg.sender, deal.workerpoolOwner);
        }
    }

    function _checkEnclave(
        Deal calldata deal,
        bytes32 taskid,
        address enclave,
        bytes32 resultHash,
        bytes32 resultSeal,
        bytes calldata sig
    ) private view {
        if (enclave == address(0)) {
            if (deal.tag & TAG_TEE != 0) revert PocoEnclaveRequired(taskid, deal.tag);
            return;
        }
        if (!Signatures.isValidPersonal(enclave, keccak256(abi.encodePacked(resultHash, resultSeal)), sig)) {
            revert PocoInvalidEnclaveSignature(taskid, enclave);
        }
    }

    function _checkCallbackData(Deal calldata deal, bytes32 taskid, bytes32 digest, bytes calldata data) private pure {
        if (deal.callback != address(0) && keccak256(data) != digest) revert PocoCallbackDataMismatch(taskid, digest);
    }

    /// @dev Score changes: a confirmed win +1, an unrevealed consensus vote ×2/3, a wrong
    /// result back to 0.
    uint256 private constant SCORE_CONFIRMED = 0;
    uint256 private constant SCORE_UNREVEALED = 1;
    uint256 private constant SCORE_WRONG = 2;

    /// @dev Updates the score at once (later tasks of a batch see it); the ScoreChanged event
    /// comes once per worker and call, from the settlement, unless the tally is full.
    function _setScore(Layout storage l, Settlement memory s, address worker, bytes32 taskid, uint256 change) private {
        uint256 old = l.scores[worker];
        uint256 next = change == SCORE_CONFIRMED ? old + 1 : change == SCORE_UNREVEALED ? (old * 2) / 3 : 0;
        if (next == old) return;
        l.scores[worker] = next;
        (bool found, uint256 i) = _findWorker(s, worker);
        if (!found) {
            emit ScoreChanged(worker, taskid, old, next);
            return;
        }
        WorkerTally memory w = s.workers[i];
        if (!w.scored) {
            w.scored = true;
            w.oldScore = old;
        }
    }

    function _settlement(Deal calldata deal) private pure returns (Settlement memory s) {
        s.workers = new WorkerTally[](TALLY_CAPACITY);
        s.vest = deal.trust > 1;
    }

    /// @dev The worker's tally entry, created if there is room.
    function _findWorker(Settlement memory s, address worker) private pure returns (bool found, uint256 i) {
        uint256 n = s.workerCount;
        for (; i < n; ++i) {
            if (s.workers[i].worker == worker) return (true, i);
        }
        if (n == s.workers.length) return (false, 0);
        s.workers[n].worker = worker;
        s.workerCount = n + 1;
        return (true, n);
    }

    /// @dev Adds amounts to a contributor's tally, or applies them at once if the tally is full.
    function _tallyWorker(
        Settlement memory s,
        address worker,
        uint256 unlock,
        uint256 reward,
        uint256 seize,
        bytes32 taskid
    ) private {
        (bool found, uint256 i) = _findWorker(s, worker);
        if (!found) {
            _seize(worker, seize, taskid);
            _unlock(worker, unlock, taskid);
            _payWorker(s, worker, reward, taskid);
            return;
        }
        WorkerTally memory w = s.workers[i];
        w.unlock += unlock;
        w.reward += reward;
        w.seize += seize;
    }

    /// @dev The kitty bonus for finalizing one task: 10% of the kitty, at least KITTY_MIN,
    /// at most what it holds. Within one call the kitty only shrinks (fills wait for
    /// _settle), so once found empty it is not read again.
    function _drainKitty(Layout storage l, Settlement memory s, bytes32 taskid) private returns (uint256 bonus) {
        if (s.kittyEmpty) return 0;
        Account storage k = l.accounts[KITTY];
        uint256 kitty = k.locked;
        if (kitty == 0) {
            s.kittyEmpty = true;
            return 0;
        }
        bonus = Math.min(kitty, Math.max((kitty * KITTY_RATIO) / 100, KITTY_MIN));
        k.locked = uint128(kitty - bonus);
        emit KittyDrain(bonus, taskid);
    }

    /// @dev Adds one completed task's deal-level payments to the settlement.
    function _accountTask(Deal calldata deal, Settlement memory s) private pure {
        s.payerSeize += deal.appPrice + deal.datasetPrice + deal.workerpoolPrice;
        s.appReward += deal.appPrice;
        s.datasetReward += deal.datasetPrice;
        s.poolStakeUnlock += (deal.workerpoolPrice * POOL_STAKE_RATIO) / 100;
    }

    function _settle(Deal calldata deal, Settlement memory s, bytes32 ref) private {
        _seize(deal.sponsor, s.payerSeize, ref);
        _unlock(deal.sponsor, s.payerRefund, ref);
        _reward(deal.appOwner, s.appReward, ref);
        _reward(deal.datasetOwner, s.datasetReward, ref);
        _unlockAndReward(deal.workerpoolOwner, s.poolStakeUnlock, s.schedulerReward, ref);
        _reward(msg.sender, s.callerReward, ref);
        Layout storage l = _layout();
        for (uint256 i; i < s.workerCount; ++i) {
            WorkerTally memory w = s.workers[i];
            _seize(w.worker, w.seize, ref);
            _unlock(w.worker, w.unlock, ref);
            _payWorker(s, w.worker, w.reward, ref);
            if (w.scored) {
                uint256 score = l.scores[w.worker];
                if (score != w.oldScore) emit ScoreChanged(w.worker, ref, w.oldScore, score);
            }
        }
        _seize(deal.workerpoolOwner, s.poolStakeSeize, ref);
        uint256 fill = s.poolStakeSeize + s.kittyFill;
        if (fill != 0) {
            Account storage k = l.accounts[KITTY];
            k.locked = uint128(k.locked + fill);
            emit KittyFill(fill, ref);
        }
    }

    /// @dev A worker's reward: vesting on a replicated deal, free otherwise.
    function _payWorker(Settlement memory s, address worker, uint256 amount, bytes32 ref) private {
        if (s.vest) {
            _vest(worker, amount, ref);
        } else {
            _reward(worker, amount, ref);
        }
    }

    /// @dev Calls the deal's callback contract with a fixed gas budget; its failure does not
    /// undo the finalization. Refuses to run with less gas than the budget needs, so a caller
    /// cannot starve the callback on purpose.
    function _callback(Deal calldata deal, bytes32 taskid, bytes calldata data) private {
        address target = deal.callback;
        if (target == address(0)) return;
        uint256 needed = (CALLBACK_GAS * 64) / 63 + 10_000;
        if (gasleft() < needed) revert PocoCallbackGasTooLow(gasleft(), needed);
        (bool ok,) = target.call{gas: CALLBACK_GAS}(abi.encodeCall(IPocoCallback.receiveResult, (taskid, data)));
        emit ResultCallback(taskid, target, ok);
    }
}
