// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {IERC1271} from "@openzeppelin/contracts/interfaces/IERC1271.sol";

/// @title Contract account for tests
/// @notice An ERC-1271 wallet controlled by one key: it accepts signatures made by its
/// controller and forwards any call the controller asks for. Used to test contract signers
/// and presigned orders. Not part of the protocol.
contract TestWallet is IERC1271 {
    error TestWalletNotController(address caller);
    error TestWalletCallFailed(bytes reason);

    address public immutable controller;

    constructor(address controller_) {
        controller = controller_;
    }

    /// @inheritdoc IERC1271
    function isValidSignature(bytes32 hash, bytes calldata signature) external view returns (bytes4) {
        (address signer,,) = ECDSA.tryRecover(hash, signature);
        return signer == controller ? IERC1271.isValidSignature.selector : bytes4(0xffffffff);
    }

    /// @notice Calls `target` with `data` as this wallet; controller only.
    function execute(address target, bytes calldata data) external returns (bytes memory) {
        if (msg.sender != controller) revert TestWalletNotController(msg.sender);
        (bool ok, bytes memory ret) = target.call(data);
        if (!ok) revert TestWalletCallFailed(ret);
        return ret;
    }
}
