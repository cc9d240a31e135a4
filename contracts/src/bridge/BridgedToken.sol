// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

import {IBridgeErrors} from "./IBridge.sol";

/// @title Bridged token (sidechain)
/// @notice The sidechain twin of the main chain's token, 9 decimals: its supply is exactly
/// what the main chain's vault locked minus what was burned to go back (and is in flight).
/// Only its bridge mints and burns.
contract BridgedToken is ERC20, IBridgeErrors {
    /// @notice The bridge that alone mints and burns.
    address public immutable bridge;

    /// @param name_ the token's name
    /// @param symbol_ the token's symbol
    /// @param bridge_ the bridge that mints and burns
    constructor(string memory name_, string memory symbol_, address bridge_) ERC20(name_, symbol_) {
        if (bridge_ == address(0)) revert BridgeZeroAddress();
        bridge = bridge_;
    }

    /// @dev Reverts with BridgeOnlyBridge unless the bridge calls.
    modifier onlyBridge() {
        if (msg.sender != bridge) revert BridgeOnlyBridge(msg.sender);
        _;
    }

    /// @notice 9, like the main chain's token.
    function decimals() public pure override returns (uint8) {
        return 9;
    }

    /// @notice Creates `amount` tokens for `to` (bridge only).
    function mint(address to, uint256 amount) external onlyBridge {
        _mint(to, amount);
    }

    /// @notice Destroys `amount` of `from`'s tokens (bridge only; the bridge burns only its caller's).
    function burn(address from, uint256 amount) external onlyBridge {
        _burn(from, amount);
    }
}
