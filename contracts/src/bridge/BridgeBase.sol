// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";

import {BridgeTransfer, IBridgeErrors, IBridgeEvents} from "./IBridge.sol";

/// @title Poco bridge: what both ends share
/// @notice A threshold M of N registered validators signs every transfer leaving the
/// counterpart chain (EIP-712, domain "PocoBridge" "1" of THIS contract on THIS chain); anyone
/// then executes it here, once. The validator set changes only with the current set's
/// threshold of signatures. A guardian can pause the bridge and sets the daily limit on the
/// tokens executed into this chain. The concrete ends (`BridgeVault` on the main chain,
/// `SideBridge` on the sidechain) say how tokens leave and arrive.
abstract contract BridgeBase is EIP712, IBridgeErrors, IBridgeEvents {
    bytes32 internal constant TRANSFER_TYPEHASH = keccak256(
        "Transfer(uint256 sourceChainId,bytes32 sourceId,uint256 nonce,address recipient,uint256 amount,bool toHub)"
    );
    bytes32 internal constant VALIDATOR_SET_TYPEHASH =
        keccak256("ValidatorSet(address[] validators,uint256 threshold,uint256 epoch)");

    /// @notice The most validators a set may have (a signature list is checked with a 256-bit map).
    uint256 public constant MAX_VALIDATORS = 256;

    /// @notice The chain id of the other end: only transfers from it are executed here.
    uint256 public immutable counterpartChainId;

    address[] private _validators;
    /// @dev validator => (epoch + 1) << 8 | index in `_validators`, for the current epoch only:
    /// members of older sets carry an older epoch and are no validators any more.
    mapping(address => uint256) private _slot;
    uint256 private _threshold;
    uint256 private _epoch;

    /// @dev nonce / 256 => bit map of the executed nonces.
    mapping(uint256 => uint256) private _executed;
    uint256 private _outgoingNonce;

    address private _guardian;
    bool private _paused;
    uint256 private _dailyLimit;
    /// @dev day (timestamp / 1 days) => tokens executed into this chain that day.
    mapping(uint256 => uint256) private _dailyUsed;

    /// @param counterpartChainId_ the chain id of the other end
    /// @param validators_ the first validator set (epoch 0)
    /// @param threshold_ how many of them must sign
    /// @param dailyLimit_ the most tokens executed into this chain per UTC day
    /// @param guardian_ who may pause, unpause and set the daily limit
    constructor(
        uint256 counterpartChainId_,
        address[] memory validators_,
        uint256 threshold_,
        uint256 dailyLimit_,
        address guardian_
    ) EIP712("PocoBridge", "1") {
        if (guardian_ == address(0)) revert BridgeZeroAddress();
        counterpartChainId = counterpartChainId_;
        _guardian = guardian_;
        _dailyLimit = dailyLimit_;
        _setValidators(validators_, threshold_, 0);
        emit GuardianChanged(address(0), guardian_);
        emit DailyLimitChanged(0, dailyLimit_);
    }

    /// @dev Reverts with BridgeNotGuardian unless the guardian calls.
    modifier onlyGuardian() {
        if (msg.sender != _guardian) revert BridgeNotGuardian(msg.sender);
        _;
    }

    /// @dev Reverts with BridgePaused while the bridge is paused.
    modifier whenNotPaused() {
        if (_paused) revert BridgePaused();
        _;
    }

    // ───────────── transfers ─────────────

    /// @notice Executes a transfer from the counterpart chain signed by at least `threshold()`
    /// current validators (65-byte signatures, in any order, each validator at most once).
    /// Anyone may send it; it runs at most once per nonce.
    function execute(BridgeTransfer calldata t, bytes[] calldata signatures) external whenNotPaused {
        if (t.sourceChainId != counterpartChainId) revert BridgeWrongSourceChain(t.sourceChainId, counterpartChainId);
        uint256 word = t.nonce >> 8;
        uint256 bit = 1 << (t.nonce & 0xff);
        uint256 bits = _executed[word];
        if (bits & bit != 0) revert BridgeAlreadyExecuted(t.nonce);
        _checkSignatures(_hashTypedDataV4(_transferStructHash(t)), signatures);
        _executed[word] = bits | bit;

        uint256 day = block.timestamp / 1 days;
        uint256 used = _dailyUsed[day] + t.amount;
        if (used > _dailyLimit) revert BridgeDailyLimit(day, used, _dailyLimit);
        _dailyUsed[day] = used;

        emit TransferIn(t.nonce, t.sourceId, t.recipient, t.amount, t.toHub);
        _deliver(t.recipient, t.amount, t.toHub);
    }

    /// @notice Whether the transfer with `nonce` from the counterpart chain was executed here.
    function executed(uint256 nonce) external view returns (bool) {
        return _executed[nonce >> 8] & (1 << (nonce & 0xff)) != 0;
    }

    /// @notice The nonce the next outgoing transfer will carry (= the number of transfers out so far).
    function outgoingNonce() external view returns (uint256) {
        return _outgoingNonce;
    }

    /// @notice The EIP-712 digest the validators sign for `t` executed by this contract.
    function transferDigest(BridgeTransfer calldata t) external view returns (bytes32) {
        return _hashTypedDataV4(_transferStructHash(t));
    }

    /// @notice The EIP-712 digest the current validators sign to install `validators_` with
    /// `threshold_` as the set of `epoch_` (which must be `epoch() + 1` to be accepted).
    function validatorSetDigest(address[] calldata validators_, uint256 threshold_, uint256 epoch_)
        external
        view
        returns (bytes32)
    {
        return _validatorSetDigest(validators_, threshold_, epoch_);
    }

    /// @notice Whether this end is the sidechain's (`SideBridge`) rather than the main chain's vault.
    function isSide() external pure virtual returns (bool);

    /// @dev Takes the next outgoing nonce and announces the transfer.
    function _transferOut(address recipient, uint256 amount, bool toHub) internal returns (uint256 nonce) {
        if (amount == 0) revert BridgeZeroAmount();
        if (recipient == address(0)) revert BridgeZeroAddress();
        nonce = _outgoingNonce++;
        emit TransferOut(nonce, msg.sender, recipient, amount, toHub);
    }

    /// @dev Hands an executed transfer's tokens over.
    function _deliver(address recipient, uint256 amount, bool toHub) internal virtual;

    function _transferStructHash(BridgeTransfer calldata t) private pure returns (bytes32) {
        return keccak256(
            abi.encode(TRANSFER_TYPEHASH, t.sourceChainId, t.sourceId, t.nonce, t.recipient, t.amount, t.toHub)
        );
    }

    // ───────────── validators ─────────────

    /// @notice Replaces the validator set; at least `threshold()` validators of the CURRENT set
    /// must sign `ValidatorSet(validators_, threshold_, epoch() + 1)`.
    function updateValidators(address[] calldata validators_, uint256 threshold_, bytes[] calldata signatures)
        external
    {
        uint256 next = _epoch + 1;
        _checkSignatures(_validatorSetDigest(validators_, threshold_, next), signatures);
        _setValidators(validators_, threshold_, next);
    }

    /// @notice The current validators.
    function validators() external view returns (address[] memory) {
        return _validators;
    }

    /// @notice How many current validators must sign.
    function threshold() external view returns (uint256) {
        return _threshold;
    }

    /// @notice The number of the current validator set (0 for the one given at deployment).
    function epoch() external view returns (uint256) {
        return _epoch;
    }

    /// @notice Whether `account` is in the current validator set.
    function isValidator(address account) public view returns (bool) {
        return _slot[account] >> 8 == _epoch + 1;
    }

    function _validatorSetDigest(address[] calldata validators_, uint256 threshold_, uint256 epoch_)
        private
        view
        returns (bytes32)
    {
        return _hashTypedDataV4(
            keccak256(abi.encode(VALIDATOR_SET_TYPEHASH, keccak256(abi.encodePacked(validators_)), threshold_, epoch_))
        );
    }

    function _setValidators(address[] memory validators_, uint256 threshold_, uint256 epoch_) private {
        uint256 n = validators_.length;
        if (n == 0 || n > MAX_VALIDATORS || threshold_ == 0 || threshold_ > n) revert BridgeInvalidValidatorSet();
        uint256 tag = (epoch_ + 1) << 8;
        delete _validators;
        for (uint256 i; i < n; ++i) {
            address v = validators_[i];
            if (v == address(0) || _slot[v] >> 8 == epoch_ + 1) revert BridgeInvalidValidatorSet();
            _slot[v] = tag | i;
            _validators.push(v);
        }
        _threshold = threshold_;
        _epoch = epoch_;
        emit ValidatorsUpdated(epoch_, validators_, threshold_);
    }

    /// @dev Reverts unless `signatures` are at least `threshold` valid signatures of `digest`
    /// by distinct current validators (and nothing else).
    function _checkSignatures(bytes32 digest, bytes[] calldata signatures) private view {
        uint256 have = signatures.length;
        if (have < _threshold) revert BridgeBelowThreshold(have, _threshold);
        uint256 current = _epoch + 1;
        uint256 seen;
        for (uint256 i; i < have; ++i) {
            bytes calldata sig = signatures[i];
            if (sig.length != 65) revert BridgeInvalidSignature(i);
            (address signer, ECDSA.RecoverError err,) =
                ECDSA.tryRecover(digest, uint8(sig[64]), bytes32(sig[0:32]), bytes32(sig[32:64]));
            if (err != ECDSA.RecoverError.NoError) revert BridgeInvalidSignature(i);
            uint256 slot = _slot[signer];
            if (slot >> 8 != current) revert BridgeUnknownSigner(signer);
            uint256 bit = 1 << (slot & 0xff);
            if (seen & bit != 0) revert BridgeDuplicateSigner(signer);
            seen |= bit;
        }
    }

    // ───────────── guardian ─────────────

    /// @notice Who may pause, unpause and set the daily limit.
    function guardian() external view returns (address) {
        return _guardian;
    }

    /// @notice Whether the bridge is paused: no transfer leaves or arrives while it is.
    function paused() external view returns (bool) {
        return _paused;
    }

    /// @notice The most tokens executed into this chain per UTC day.
    function dailyLimit() external view returns (uint256) {
        return _dailyLimit;
    }

    /// @notice Tokens executed into this chain on `day` (block timestamp / 86400).
    function dailyUsed(uint256 day) external view returns (uint256) {
        return _dailyUsed[day];
    }

    /// @notice Stops every transfer in and out (guardian).
    function pause() external onlyGuardian whenNotPaused {
        _paused = true;
        emit Paused(msg.sender);
    }

    /// @notice Lets transfers through again (guardian).
    function unpause() external onlyGuardian {
        if (!_paused) revert BridgeNotPaused();
        _paused = false;
        emit Unpaused(msg.sender);
    }

    /// @notice Sets the most tokens executed into this chain per UTC day (guardian).
    function setDailyLimit(uint256 limit) external onlyGuardian {
        emit DailyLimitChanged(_dailyLimit, limit);
        _dailyLimit = limit;
    }

    /// @notice Hands the guardian role to `guardian_` (guardian).
    function setGuardian(address guardian_) external onlyGuardian {
        if (guardian_ == address(0)) revert BridgeZeroAddress();
        emit GuardianChanged(_guardian, guardian_);
        _guardian = guardian_;
    }
}
