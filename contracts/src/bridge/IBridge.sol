// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

/// @notice One crossing of the bridge, as the validators sign it (EIP-712 type
/// `Transfer(uint256 sourceChainId,bytes32 sourceId,uint256 nonce,address recipient,uint256 amount,bool toHub)`).
/// @param sourceChainId the chain the transfer left (the destination's counterpart)
/// @param sourceId keccak256(transaction hash ‖ uint256 log index) of the source's `TransferOut`
/// @param nonce the source bridge's counter of outgoing transfers (from 0)
/// @param recipient who receives the tokens on the destination chain
/// @param amount how many tokens (smallest unit)
/// @param toHub main → side only: deposit the minted tokens into the side hub's account of `recipient`
struct BridgeTransfer {
    uint256 sourceChainId;
    bytes32 sourceId;
    uint256 nonce;
    address recipient;
    uint256 amount;
    bool toHub;
}

/// @title Errors of the Poco bridge
/// @notice Every refusal of the bridge contracts reverts with one of these.
interface IBridgeErrors {
    /// @notice The same validator signed twice in one signature list.
    error BridgeDuplicateSigner(address signer);
    /// @notice A signature recovers to `signer`, which is not in the current validator set: a
    /// removed validator, or a message signed for another chain or contract.
    error BridgeUnknownSigner(address signer);
    /// @notice Signature number `index` is not a valid 65-byte low-s ECDSA signature.
    error BridgeInvalidSignature(uint256 index);
    /// @notice `have` signatures were given, the threshold is `need`.
    error BridgeBelowThreshold(uint256 have, uint256 need);
    /// @notice The transfer with this nonce was already executed.
    error BridgeAlreadyExecuted(uint256 nonce);
    /// @notice The transfer comes from chain `got`; this bridge only accepts its counterpart `want`.
    error BridgeWrongSourceChain(uint256 got, uint256 want);
    /// @notice The bridge is paused.
    error BridgePaused();
    /// @notice `unpause` was called while the bridge is not paused.
    error BridgeNotPaused();
    /// @notice Executing the transfer would bring day `day`'s inflow to `used`, over `limit`.
    error BridgeDailyLimit(uint256 day, uint256 used, uint256 limit);
    /// @notice A validator set must be 1 to 256 distinct non-zero addresses with 1 ≤ threshold ≤ N.
    error BridgeInvalidValidatorSet();
    /// @notice Only the guardian may do this.
    error BridgeNotGuardian(address caller);
    /// @notice Amounts must be positive.
    error BridgeZeroAmount();
    /// @notice The zero address cannot receive tokens or be the guardian, token or hub.
    error BridgeZeroAddress();
    /// @notice The vault cannot deposit into a hub: side → main transfers have toHub false.
    error BridgeToHubNotSupported();
    /// @notice The side bridge's hub is already set, to `hub`.
    error BridgeHubAlreadySet(address hub);
    /// @notice A toHub transfer needs the side bridge's hub, which is not set yet.
    error BridgeHubNotSet();
    /// @notice The hub counts in `token`, not in the bridged token `expected`.
    error BridgeHubWrongToken(address token, address expected);
    /// @notice Only the bridge may mint and burn the bridged token.
    error BridgeOnlyBridge(address caller);
}

/// @title Events of the Poco bridge
interface IBridgeEvents {
    /// @notice Tokens left this chain for the counterpart chain: the validators sign it once
    /// it is deep enough, and anyone executes it there.
    event TransferOut(uint256 indexed nonce, address indexed from, address indexed recipient, uint256 amount, bool toHub);
    /// @notice A transfer from the counterpart chain was executed here.
    event TransferIn(uint256 indexed nonce, bytes32 sourceId, address indexed recipient, uint256 amount, bool toHub);
    /// @notice The validator set of `epoch` replaced the previous one.
    event ValidatorsUpdated(uint256 indexed epoch, address[] validators, uint256 threshold);
    /// @notice The guardian paused the bridge.
    event Paused(address guardian);
    /// @notice The guardian unpaused the bridge.
    event Unpaused(address guardian);
    /// @notice The daily inflow limit changed.
    event DailyLimitChanged(uint256 previous, uint256 limit);
    /// @notice The guardian role moved.
    event GuardianChanged(address indexed previous, address indexed guardian);
}

/// @notice What the side bridge needs of the Poco hub.
interface IBridgeHub {
    function token() external view returns (address);
    function depositFor(uint256 amount, address target) external;
}
