// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {BridgeBase} from "./BridgeBase.sol";
import {BridgedToken} from "./BridgedToken.sol";
import {IBridgeHub} from "./IBridge.sol";

/// @title Poco side bridge (sidechain)
/// @notice Mints the bridged token when a main chain lock, signed by the validators, is
/// executed here (into the recipient's wallet, or with `toHub` into its account of the side
/// hub), and burns it when it goes back (`burn`, which emits `TransferOut`).
contract SideBridge is BridgeBase {
    /// @notice The bridged token, deployed by this bridge.
    BridgedToken public immutable token;

    IBridgeHub private _hub;

    /// @notice The side hub was set: toHub transfers deposit into it.
    event HubSet(address indexed hub);

    /// @param name_ the bridged token's name
    /// @param symbol_ the bridged token's symbol
    /// @param counterpartChainId_ the main chain's chain id
    /// @param validators_ the first validator set
    /// @param threshold_ how many validators must sign
    /// @param dailyLimit_ the most tokens minted per UTC day
    /// @param guardian_ who may pause, set the daily limit and set the hub
    constructor(
        string memory name_,
        string memory symbol_,
        uint256 counterpartChainId_,
        address[] memory validators_,
        uint256 threshold_,
        uint256 dailyLimit_,
        address guardian_
    ) BridgeBase(counterpartChainId_, validators_, threshold_, dailyLimit_, guardian_) {
        token = new BridgedToken(name_, symbol_, address(this));
    }

    /// @notice The side hub toHub transfers deposit into (zero until set).
    function hub() external view returns (address) {
        return address(_hub);
    }

    /// @notice Sets the side hub, once (guardian): it must count in the bridged token.
    function setHub(address hub_) external onlyGuardian {
        if (address(_hub) != address(0)) revert BridgeHubAlreadySet(address(_hub));
        if (hub_ == address(0)) revert BridgeZeroAddress();
        address hubToken = IBridgeHub(hub_).token();
        if (hubToken != address(token)) revert BridgeHubWrongToken(hubToken, address(token));
        _hub = IBridgeHub(hub_);
        // The hub pulls each toHub deposit; an unlimited allowance is never decreased.
        token.approve(hub_, type(uint256).max);
        emit HubSet(hub_);
    }

    /// @notice Burns `amount` of the caller's bridged tokens; the vault releases them to
    /// `recipient` on the main chain once the validators signed.
    /// @return nonce the transfer's nonce
    function burn(uint256 amount, address recipient) external whenNotPaused returns (uint256 nonce) {
        nonce = _transferOut(recipient, amount, false);
        token.burn(msg.sender, amount);
    }

    /// @inheritdoc BridgeBase
    function isSide() external pure override returns (bool) {
        return true;
    }

    function _deliver(address recipient, uint256 amount, bool toHub) internal override {
        if (!toHub) {
            token.mint(recipient, amount);
            return;
        }
        IBridgeHub h = _hub;
        if (address(h) == address(0)) revert BridgeHubNotSet();
        token.mint(address(this), amount);
        h.depositFor(amount, recipient);
    }
}
