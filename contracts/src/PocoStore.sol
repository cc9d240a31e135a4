// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {Category, Task, Contribution} from "./libraries/PocoTypes.sol";
import {IPocoErrors} from "./interfaces/IPocoErrors.sol";
import {IPocoEvents} from "./interfaces/IPocoEvents.sol";

/// @title Poco storage and accounts
/// @notice State shared by the hub and the task module it delegatecalls, kept in one
/// ERC-7201 namespace so both contracts see the same layout whatever else they inherit.
/// The account primitives here are the only code that changes balances; each emits its event.
/// Invariant: the sum of every account's free and locked balance (the kitty included) equals
/// the tokens the hub holds.
abstract contract PocoStore is IPocoErrors, IPocoEvents {
    /// @notice Free and locked balance of an address, packed in one slot.
    struct Account {
        uint128 free;
        uint128 locked;
    }

    /// @custom:storage-location erc7201:poco.storage.main
    struct Layout {
        mapping(address => Account) accounts;
        mapping(address => uint256) scores;
        Category[] categories;
        mapping(bytes32 => uint256) consumed;
        mapping(bytes32 => address) presigners; // who presigned an order
        mapping(bytes32 => bytes32) dealHashes;
        mapping(bytes32 => Task) tasks;
        mapping(bytes32 => mapping(address => Contribution)) contributions;
        // taskid => resultHash => GROUP_CONSENSUS flag | member count << 176 | group weight
        mapping(bytes32 => mapping(bytes32 => uint256)) groups;
    }

    // keccak256(abi.encode(uint256(keccak256("poco.storage.main")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 private constant STORAGE_SLOT = 0xead258fb6175f388339f52c25147b390ee515d7673a97ddadff4ce845ca04f00;

    /// @notice Pseudo-account holding the kitty: pool stakes of failed tasks, paid out as a
    /// bonus to schedulers who finalize tasks.
    address public constant KITTY = address(uint160(uint256(keccak256("poco.kitty"))));
    /// @notice Share of the kitty (percent) a finalizing scheduler receives.
    uint256 public constant KITTY_RATIO = 10;
    /// @notice Minimum kitty bonus (1 token of 9 decimals), capped by what the kitty holds.
    uint256 public constant KITTY_MIN = 1e9;
    /// @notice Share of the workerpool price (percent) the pool owner locks per task.
    uint256 public constant POOL_STAKE_RATIO = 30;
    /// @notice Highest trust a request may ask for; it keeps the consensus arithmetic
    /// (weights below 2^176) far from overflowing.
    uint256 public constant MAX_TRUST = type(uint32).max;
    /// @notice Tag bit asking for a trusted execution environment.
    bytes32 public constant TAG_TEE = bytes32(uint256(1));
    /// @notice Deadlines, in multiples of the category's reference time.
    uint256 public constant CONTRIBUTION_DEADLINE_RATIO = 7;
    uint256 public constant REVEAL_DEADLINE_RATIO = 2;
    uint256 public constant FINAL_DEADLINE_RATIO = 10;
    /// @dev Flag set in the group slot of the result hash a task reached consensus on.
    uint256 internal constant GROUP_CONSENSUS = 1 << 255;
    /// @notice Gas given to a deal's callback contract.
    uint256 public constant CALLBACK_GAS = 100_000;

    function _layout() internal pure returns (Layout storage l) {
        assembly ("memory-safe") {
            l.slot := STORAGE_SLOT
        }
    }

    function _toUint128(address account, uint256 amount) private pure returns (uint128) {
        if (amount > type(uint128).max) revert PocoBalanceOverflow(account, amount);
        return uint128(amount);
    }

    /// @dev Adds to the free balance (deposits); the caller emits the event.
    function _credit(address account, uint256 amount) internal {
        Account storage a = _layout().accounts[account];
        a.free = _toUint128(account, uint256(a.free) + amount);
    }

    /// @dev Takes from the free balance (withdrawals); the caller emits the event.
    function _debit(address account, uint256 amount) internal {
        Account storage a = _layout().accounts[account];
        uint256 free = a.free;
        if (free < amount) revert PocoInsufficientFreeBalance(account, free, amount);
        a.free = uint128(free - amount);
    }

    function _lock(address account, uint256 amount, bytes32 ref) internal {
        if (amount == 0) return;
        Account storage a = _layout().accounts[account];
        uint256 free = a.free;
        if (free < amount) revert PocoInsufficientFreeBalance(account, free, amount);
        a.free = uint128(free - amount);
        a.locked = _toUint128(account, uint256(a.locked) + amount);
        emit Lock(account, amount, ref);
    }

    /// @dev Locked amounts were locked by the protocol itself, so underflow is a bug (panics).
    function _unlock(address account, uint256 amount, bytes32 ref) internal {
        if (amount == 0) return;
        Account storage a = _layout().accounts[account];
        a.locked -= uint128(amount);
        a.free = _toUint128(account, uint256(a.free) + amount);
        emit Unlock(account, amount, ref);
    }

    function _seize(address account, uint256 amount, bytes32 ref) internal {
        if (amount == 0) return;
        _layout().accounts[account].locked -= uint128(amount);
        emit Seize(account, amount, ref);
    }

    function _reward(address account, uint256 amount, bytes32 ref) internal {
        if (amount == 0) return;
        Account storage a = _layout().accounts[account];
        a.free = _toUint128(account, uint256(a.free) + amount);
        emit Reward(account, amount, ref);
    }
}
