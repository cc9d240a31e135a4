// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {Category, Task, Contribution, Vesting} from "./libraries/PocoTypes.sol";
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
        // Categories by id, ids 0 to categoryCount − 1. A mapping, not an array, so a match
        // reads only its category's slot: an unknown id reads a zero workClockTimeRef.
        mapping(uint256 => Category) categories;
        mapping(bytes32 => uint256) consumed;
        mapping(bytes32 => address) presigners; // who presigned an order
        // dealid => the top 192 bits of keccak256(abi.encode(deal)) | the started bits of the
        // deal's tasks 0 to 63 (see _started)
        mapping(bytes32 => bytes32) dealHashes;
        mapping(bytes32 => Task) tasks;
        mapping(bytes32 => mapping(address => Contribution)) contributions;
        // taskid => result tag (see _resultTag) => member count << 128 | group weight. Written
        // only for a task whose contributions have several results (Task.split); until then
        // the task holds its one group.
        mapping(bytes32 => mapping(bytes14 => uint256)) groups;
        mapping(address => Vesting) vestings; // workers' rewards still at risk (part of locked)
        uint256 categoryCount;
        // dealid => idx / 256 => started bits of tasks idx ≥ 64 (bit idx % 256; see _started)
        mapping(bytes32 => mapping(uint256 => uint256)) startedBits;
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
    /// (weights below 2^56, products with the trust below 2^88) far from overflowing.
    uint256 public constant MAX_TRUST = type(uint32).max;
    /// @notice Tag bit asking for a trusted execution environment.
    bytes32 public constant TAG_TEE = bytes32(uint256(1));
    /// @notice Deadlines, in multiples of the category's reference time.
    uint256 public constant CONTRIBUTION_DEADLINE_RATIO = 7;
    uint256 public constant REVEAL_DEADLINE_RATIO = 2;
    /// @notice A task whose revealed winners decide it alone may be finalized a
    /// REVEAL_GRACE_DIVISOR-th of the category's reference time after its reveals opened,
    /// without waiting for silent winners until the reveal deadline.
    uint256 public constant REVEAL_GRACE_DIVISOR = 5;
    uint256 public constant FINAL_DEADLINE_RATIO = 10;
    /// @dev The highest total weight a task may reach (its stored width, 56 bits): a group
    /// of 15 contributors of weight MAX_WEIGHT (13^15 < 2^56 − 1), or of 55 fresh ones (weight
    /// 2), fits; one more such contribution reverts with PocoWeightOverflow.
    uint256 internal constant MAX_TOTAL_WEIGHT = type(uint56).max;
    /// @notice The highest vote weight: one worker's credibility never exceeds 13/14, so a
    /// single contribution satisfies a trust of 13 at most, and no trust above 169 can be
    /// reached with fewer than three agreeing workers. A worker of weight 13 still outweighs
    /// a fresh dissenter (weight 2) at trust 5.
    uint256 public constant MAX_WEIGHT = 13;
    /// @notice How long a reward earned on a replicated deal (trust above 1) stays locked and
    /// forfeitable: a worker proven wrong loses the rewards it earned in this period.
    uint256 public constant VESTING_PERIOD = 1 days;
    /// @notice Prefix of the message a scheduler signs to let a task's reveals begin: the
    /// permit is its EIP-191 signature of keccak256(abi.encodePacked(REVEAL_PERMIT, taskid)).
    bytes32 public constant REVEAL_PERMIT = keccak256("poco.reveal-permit");
    /// @notice Gas given to a deal's callback contract.
    uint256 public constant CALLBACK_GAS = 100_000;

    /// @dev The part of a deal's hash slot that holds the deal's hash: its top 192 bits. The
    /// low 64 bits hold the started bits of the deal's tasks 0 to 63.
    uint256 internal constant DEAL_HASH_MASK = ~uint256(type(uint64).max);
    /// @dev Tasks of index below this keep their started bit in the deal's hash slot.
    uint256 internal constant DEAL_SLOT_TASKS = 64;

    /// @dev A result hash's tag: the top 112 bits of keccak256(resultHash). The hub keeps a
    /// result by its tag, in a contribution and in a task. Hashing first makes the tag of a
    /// value a worker chooses freely as hard to match as keccak256 itself: joining another
    /// worker's group with a different resultHash, or revealing a different digest as the
    /// consensus, takes a second preimage of a 112-bit tag (2^112 hashes). A worker can find
    /// two results of its own with one tag in 2^56 hashes; that gains it nothing (see
    /// docs/protocol.md, "Results by tag").
    function _resultTag(bytes32 resultHash) internal pure returns (bytes14 tag) {
        assembly ("memory-safe") {
            mstore(0, resultHash)
            tag := and(keccak256(0, 32), not(sub(shl(144, 1), 1)))
        }
    }

    /// @dev keccak256(abi.encodePacked(a, b)) of two words, hashed in the scratch space
    /// (no memory allocated): task ids, result hashes, deal ids, the reveal permit's message.
    function _hash2(bytes32 a, bytes32 b) internal pure returns (bytes32 h) {
        assembly ("memory-safe") {
            mstore(0, a)
            mstore(32, b)
            h := keccak256(0, 64)
        }
    }

    function _layout() internal pure returns (Layout storage l) {
        assembly ("memory-safe") {
            l.slot := STORAGE_SLOT
        }
    }

    function _toUint128(address account, uint256 amount) private pure returns (uint128) {
        if (amount > type(uint128).max) revert PocoBalanceOverflow(account, amount);
        return uint128(amount);
    }

    // ───────────────────────── started bits ─────────────────────────
    //
    // On a trust-1 deal (the only deals the fast path accepts), every task that leaves UNSET
    // sets its started bit, whichever way: its first contribution, contributeAndFinalize or a
    // claim. The fast path stores nothing else: a task whose bit is set while its stored
    // status is UNSET was completed by contributeAndFinalize (one contribution, one winner).
    // So the fast path checks one bit, not the task's slot, and writes one bit, not a new slot:
    // tasks 0 to 63 share the deal's hash slot, which the call has read already; the others
    // share a word per 256 tasks. Bits are never cleared, and no bit is set on a deal of trust
    // above 1 (its tasks' stored status is their status).

    /// @dev Whether task `idx` of deal `dealid` has its started bit set.
    function _started(Layout storage l, bytes32 dealid, uint256 idx) internal view returns (bool) {
        uint256 word = idx < DEAL_SLOT_TASKS ? uint256(l.dealHashes[dealid]) : l.startedBits[dealid][idx >> 8];
        return (word >> (idx & 255)) & 1 != 0;
    }

    /// @dev Sets the started bit of task `idx` of deal `dealid`; false, with nothing written,
    /// when it was set already.
    function _setStarted(Layout storage l, bytes32 dealid, uint256 idx) internal returns (bool) {
        uint256 bit = 1 << (idx & 255);
        if (idx < DEAL_SLOT_TASKS) {
            uint256 word = uint256(l.dealHashes[dealid]);
            if (word & bit != 0) return false;
            l.dealHashes[dealid] = bytes32(word | bit);
        } else {
            mapping(uint256 => uint256) storage words = l.startedBits[dealid];
            uint256 word = words[idx >> 8];
            if (word & bit != 0) return false;
            words[idx >> 8] = word | bit;
        }
        return true;
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

    /// @dev _unlock then _reward on one account, with one write of its slot (the same events).
    function _unlockAndReward(address account, uint256 unlocked, uint256 reward, bytes32 ref) internal {
        if (unlocked == 0 && reward == 0) return;
        Account storage a = _layout().accounts[account];
        Account memory m = a;
        m.locked -= uint128(unlocked);
        m.free = _toUint128(account, uint256(m.free) + unlocked + reward);
        a.free = m.free;
        a.locked = m.locked;
        if (unlocked != 0) emit Unlock(account, unlocked, ref);
        if (reward != 0) emit Reward(account, reward, ref);
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

    /// @dev Adds a reward to the worker's locked balance, vesting for VESTING_PERIOD (after
    /// releasing what has matured). Past the buckets' capacity (2^88 − 1), the excess is paid
    /// free at once.
    function _vest(address worker, uint256 amount, bytes32 ref) internal {
        if (amount == 0) return;
        Layout storage l = _layout();
        Vesting memory v = _matured(l, worker);
        if (v.older == 0 && v.newer != 0) (v.older, v.olderRelease, v.newer) = (v.newer, v.newerRelease, 0);
        uint256 room = type(uint88).max - uint256(v.newer);
        uint256 vesting = amount < room ? amount : room;
        if (vesting != 0) {
            v.newer += uint88(vesting);
            v.newerRelease = uint40(block.timestamp + VESTING_PERIOD);
            Account storage a = l.accounts[worker];
            a.locked = _toUint128(worker, uint256(a.locked) + vesting);
            emit Vest(worker, vesting, v.newerRelease, ref);
        }
        l.vestings[worker] = v;
        _reward(worker, amount - vesting, ref);
    }

    /// @dev Releases the worker's matured vesting buckets to its free balance and returns the
    /// buckets left; the caller must store them.
    function _matured(Layout storage l, address worker) internal returns (Vesting memory v) {
        v = l.vestings[worker];
        uint256 released;
        if (v.older != 0 && v.olderRelease <= block.timestamp) (released, v.older) = (v.older, 0);
        if (v.newer != 0 && v.newerRelease <= block.timestamp) (released, v.newer) = (released + v.newer, 0);
        if (released == 0) return v;
        Account storage a = l.accounts[worker];
        a.locked -= uint128(released);
        a.free = _toUint128(worker, uint256(a.free) + released);
        emit Release(worker, released);
    }

    /// @dev Releases what has matured of the worker's vesting rewards (anyone may ask).
    function _releaseVested(address worker) internal {
        Layout storage l = _layout();
        l.vestings[worker] = _matured(l, worker);
    }

    /// @dev A worker proven wrong loses its rewards still vesting (matured ones are released
    /// first); returns the amount seized, to be paid to others.
    function _forfeit(address worker, bytes32 ref) internal returns (uint256 amount) {
        Layout storage l = _layout();
        Vesting memory v = _matured(l, worker);
        delete l.vestings[worker];
        amount = uint256(v.older) + v.newer;
        if (amount == 0) return 0;
        _seize(worker, amount, ref);
        emit VestingForfeited(worker, amount, ref);
    }
}
