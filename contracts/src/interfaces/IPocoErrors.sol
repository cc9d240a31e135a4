// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {OrderKind, TaskStatus, ContributionStatus} from "../libraries/PocoTypes.sol";

/// @title Errors of the Poco hub
/// @notice Every failure of the protocol reverts with one of these, carrying the values that
/// explain it, so clients can tell the user what was wrong and how to fix it.
interface IPocoErrors {
    // ───────────── accounts ─────────────

    /// @notice An amount of zero was given where tokens must move.
    error PocoZeroAmount();
    /// @notice `account` has `free` tokens free but the operation needs `needed`.
    error PocoInsufficientFreeBalance(address account, uint256 free, uint256 needed);
    /// @notice A balance would exceed what the accounts can hold (2^128 − 1).
    error PocoBalanceOverflow(address account, uint256 amount);
    /// @notice `receiveApproval` was called for another token than the hub's.
    error PocoWrongToken(address token, address expected);
    /// @notice Only the hub's token may call `receiveApproval`.
    error PocoNotToken(address caller, address token);
    /// @notice The zero address cannot receive tokens or be an account.
    error PocoZeroAddress();

    // ───────────── categories ─────────────

    /// @notice No category has this id; ids go from 0 to `count − 1`.
    error PocoUnknownCategory(uint256 category, uint256 count);
    /// @notice A category's reference time must be at least one second.
    error PocoInvalidWorkClockTimeRef(uint256 workClockTimeRef);

    // ───────────── orders ─────────────

    /// @notice Only the owner of the order's asset (or the requester) may presign or cancel it.
    error PocoNotOrderOwner(OrderKind kind, address caller, address owner);
    /// @notice The order is neither signed by `signer` nor presigned.
    error PocoInvalidSignature(OrderKind kind, bytes32 orderHash, address signer);
    /// @notice The order's asset is not registered in its registry.
    error PocoAssetNotRegistered(OrderKind kind, address asset);
    /// @notice An order has no remaining volume (fully consumed or cancelled).
    error PocoOrderConsumed(OrderKind kind, bytes32 orderHash, uint256 volume);

    // ───────────── matchOrders ─────────────

    /// @notice The request's category differs from the workerpool order's.
    error PocoCategoryMismatch(uint256 requestCategory, uint256 workerpoolCategory);
    /// @notice The request asks for more trust than the pool offers.
    error PocoTrustTooHigh(uint256 requestTrust, uint256 workerpoolTrust);
    /// @notice A request's trust cannot exceed `max` (far beyond any useful level).
    error PocoTrustOutOfRange(uint256 trust, uint256 max);
    /// @notice An order's price is above the request's maximum price for it.
    error PocoPriceTooHigh(OrderKind kind, uint256 maxPrice, uint256 price);
    /// @notice The pool does not offer every tag bit the app, dataset and request ask for.
    error PocoTagNotOffered(bytes32 required, bytes32 offered);
    /// @notice A request or dataset asks for a TEE but the app order does not declare one.
    error PocoTeeRequiresTeeApp(bytes32 required, bytes32 appTag);
    /// @notice The request names another app or dataset than the order given.
    error PocoRequestMismatch(OrderKind kind, address requested, address offered);
    /// @notice `order`'s restriction on the `party` excludes `actual` (`allowed` ≠ 0).
    error PocoRestricted(OrderKind order, OrderKind party, address allowed, address actual);

    // ───────────── tasks ─────────────

    /// @notice The deal passed does not match the deal stored under its id (or none exists).
    error PocoUnknownDeal(bytes32 dealid);
    /// @notice The task index is outside the deal's bag `[first, first + size)`.
    error PocoTaskIndexOutOfRange(uint256 idx, uint256 first, uint256 size);
    /// @notice The task is in `status`, which does not allow this operation.
    error PocoTaskWrongStatus(bytes32 taskid, TaskStatus status);
    /// @notice The operation had to happen before `deadline` and it is `time`.
    error PocoDeadlinePassed(bytes32 taskid, uint256 deadline, uint256 time);
    /// @notice The operation may only happen after `deadline` and it is `time`.
    error PocoDeadlineNotReached(bytes32 taskid, uint256 deadline, uint256 time);
    /// @notice The worker already contributed to this task.
    error PocoAlreadyContributed(bytes32 taskid, address worker);
    /// @notice The authorization is not signed by the deal's scheduler (workerpool owner).
    error PocoInvalidAuthorization(bytes32 taskid, address worker, address scheduler);
    /// @notice The task's tag asks for a TEE and no enclave signed the result.
    error PocoEnclaveRequired(bytes32 taskid, bytes32 tag);
    /// @notice The enclave signature does not recover to `enclave`.
    error PocoInvalidEnclaveSignature(bytes32 taskid, address enclave);
    /// @notice The caller's contribution is in `status` and cannot be revealed.
    error PocoCannotReveal(bytes32 taskid, address worker, ContributionStatus status);
    /// @notice The revealed digest matches neither the consensus nor the worker's seal.
    error PocoRevealMismatch(bytes32 taskid, address worker);
    /// @notice Only the deal's scheduler (workerpool owner) may do this.
    error PocoNotScheduler(address caller, address scheduler);
    /// @notice Finalize needs every winner's reveal; or one reveal and a passed deadline; or,
    /// a fifth of the reference time after the reveals opened, revealed winners that decide
    /// the task without the silent ones.
    error PocoRevealsPending(bytes32 taskid, uint256 reveals, uint256 winners, uint256 revealDeadline);
    /// @notice The first reveal of a task needs the scheduler's permit (see REVEAL_PERMIT).
    error PocoInvalidRevealPermit(bytes32 taskid, address scheduler);
    /// @notice The revealed result's group has not reached consensus:
    /// `groupWeight × trust ≤ totalWeight × (trust − 1)`.
    error PocoNoConsensus(bytes32 taskid, uint256 groupWeight, uint256 totalWeight);
    /// @notice The contributor list is not the task's contributors in ascending address order:
    /// too short or too long, out of order or with an address twice, or with an address that
    /// did not contribute.
    error PocoContributorsMismatch(bytes32 taskid);
    /// @notice The digest given to finalize is not the consensus value.
    error PocoResultDigestMismatch(bytes32 taskid, bytes32 resultDigest);
    /// @notice `resultsCallback` must hash to the result digest when the deal has a callback.
    error PocoCallbackDataMismatch(bytes32 taskid, bytes32 resultDigest);
    /// @notice contributeAndFinalize is only for deals of trust 1.
    error PocoTrustNotOne(bytes32 taskid, uint256 trust);
    /// @notice Not enough gas left to give the callback its full budget.
    error PocoCallbackGasTooLow(uint256 gasLeft, uint256 needed);
    /// @notice A task's total weight went beyond 2^56 − 1: more than 15 contributors of the
    /// highest weight (13) in one group, or 55 fresh ones (weight 2).
    error PocoWeightOverflow(bytes32 taskid);
    /// @notice The task module only runs through the hub's delegatecall.
    error PocoDirectCall();
}
