// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

import {BridgeBase} from "./BridgeBase.sol";

/// @title Poco bridge vault (main chain)
/// @notice Locks the protocol's ERC-20 when it leaves for the sidechain (`lock`, which emits
/// `TransferOut`) and releases it when a sidechain burn, signed by the validators, is
/// executed here. The vault always holds at least every bridged token in circulation on the
/// sidechain. The token must move exactly the amounts asked (no fee on transfer).
contract BridgeVault is BridgeBase {
    using SafeERC20 for IERC20;

    /// @notice The ERC-20 locked here and minted as its bridged twin on the sidechain.
    IERC20 public immutable token;

    /// @param token_ the ERC-20 the vault holds
    /// @param counterpartChainId_ the sidechain's chain id
    /// @param validators_ the first validator set
    /// @param threshold_ how many validators must sign
    /// @param dailyLimit_ the most tokens released per UTC day
    /// @param guardian_ who may pause and set the daily limit
    constructor(
        IERC20 token_,
        uint256 counterpartChainId_,
        address[] memory validators_,
        uint256 threshold_,
        uint256 dailyLimit_,
        address guardian_
    ) BridgeBase(counterpartChainId_, validators_, threshold_, dailyLimit_, guardian_) {
        if (address(token_) == address(0)) revert BridgeZeroAddress();
        token = token_;
    }

    /// @notice Locks `amount` of the caller's tokens (approve the vault first) for `recipient`
    /// on the sidechain; with `toHub` they land in `recipient`'s account of the side hub.
    /// @return nonce the transfer's nonce
    function lock(uint256 amount, address recipient, bool toHub) external whenNotPaused returns (uint256 nonce) {
        nonce = _transferOut(recipient, amount, toHub);
        token.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @inheritdoc BridgeBase
    function isSide() external pure override returns (bool) {
        return false;
    }

    function _deliver(address recipient, uint256 amount, bool toHub) internal override {
        if (toHub) revert BridgeToHubNotSupported();
        token.safeTransfer(recipient, amount);
    }
}
