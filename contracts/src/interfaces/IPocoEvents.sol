// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {Deal, OrderKind} from "../libraries/PocoTypes.sol";

/// @title Events of the Poco hub
/// @notice Every state change of the protocol emits one of these. Balance events use `ref`
/// for the deal or task that caused them (zero for deposits and withdrawals).
/// Balance semantics: Lock moves free → locked; Unlock moves locked → free; Seize takes from
/// locked; Reward adds to free; Vest adds to locked (a reward that vests); Release moves
/// vested rewards locked → free. Tokens taken by a Seize arrive through Rewards, Vests or the
/// kitty.
interface IPocoEvents {
    /// @notice `amount` tokens from `from` credited to `owner`'s free balance.
    event Deposit(address indexed owner, address indexed from, uint256 amount);
    /// @notice `amount` tokens taken from `owner`'s free balance and sent to `to`.
    event Withdraw(address indexed owner, address indexed to, uint256 amount);
    event Lock(address indexed owner, uint256 amount, bytes32 indexed ref);
    event Unlock(address indexed owner, uint256 amount, bytes32 indexed ref);
    event Seize(address indexed owner, uint256 amount, bytes32 indexed ref);
    event Reward(address indexed owner, uint256 amount, bytes32 indexed ref);
    /// @notice A worker's reward of `amount` was added to its locked balance; it vests, with
    /// the worker's other rewards of the last VESTING_PERIOD, at `releaseTime`.
    event Vest(address indexed worker, uint256 amount, uint256 releaseTime, bytes32 indexed ref);
    /// @notice `amount` of the worker's vested rewards moved from locked to free.
    event Release(address indexed worker, uint256 amount);
    /// @notice A worker proven wrong by `ref` lost `amount` of rewards still vesting (the
    /// matching Seize is emitted too).
    event VestingForfeited(address indexed worker, uint256 amount, bytes32 indexed ref);
    /// @notice Pool stakes of failed tasks (of `ref`, a task or a deal) went to the kitty.
    event KittyFill(uint256 amount, bytes32 indexed ref);
    /// @notice The kitty paid `amount` to the scheduler that finalized `taskid`.
    event KittyDrain(uint256 amount, bytes32 indexed taskid);

    event CategoryCreated(uint256 indexed id, string name, string description, uint256 workClockTimeRef);

    event OrderPresigned(OrderKind indexed kind, bytes32 indexed orderHash, address indexed owner);
    event OrderCancelled(OrderKind indexed kind, bytes32 indexed orderHash, address indexed owner);

    /// @notice A deal of `deal.botSize` tasks was made; `orderHashes` are the app, dataset,
    /// workerpool and request order hashes, each of whose consumed volume grew by botSize.
    event OrdersMatched(
        bytes32 indexed dealid,
        address indexed workerpool,
        address indexed requester,
        bytes32[4] orderHashes,
        Deal deal,
        string params
    );

    /// @notice The task received its first contribution and became ACTIVE.
    event TaskStarted(bytes32 indexed taskid, bytes32 indexed dealid, uint256 idx);
    event TaskContribute(bytes32 indexed taskid, address indexed worker, bytes32 resultHash, uint256 weight);
    /// @notice The first reveal (with the scheduler's permit) opened the reveal phase on the
    /// group of `consensusValue`, which has reached consensus; the task is REVEALING.
    event TaskConsensus(bytes32 indexed taskid, bytes32 consensusValue, uint256 revealDeadline);
    event TaskReveal(bytes32 indexed taskid, address indexed worker, bytes32 resultDigest);
    /// @notice The worker's contribution lost: another result won, or it was not revealed.
    event ContributionRejected(bytes32 indexed taskid, address indexed worker);
    /// @notice The task is COMPLETED with `resultDigest`; `results` points to the stored result.
    event TaskFinalize(bytes32 indexed taskid, bytes32 indexed dealid, uint256 idx, bytes32 resultDigest, bytes results);
    /// @notice The task FAILED: claimed after its final deadline, the payer refunded.
    event TaskClaimed(bytes32 indexed taskid, bytes32 indexed dealid, uint256 idx);
    /// @notice A worker's reputation changed because of `ref` (a task, or a deal for a batch).
    event ScoreChanged(address indexed worker, bytes32 indexed ref, uint256 oldScore, uint256 newScore);
    event ResultCallback(bytes32 indexed taskid, address indexed callback, bool success);
}
