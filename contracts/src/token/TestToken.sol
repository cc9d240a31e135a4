// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {IApprovalReceiver} from "../interfaces/IRegistries.sol";

/// @title Test token for devnets and tests
/// @notice A plain ERC-20 with 9 decimals (like RLC) plus approveAndCall, so a deposit into
/// the hub takes one transaction. The owner can mint (dev faucets). The protocol itself
/// accepts any ERC-20 at deployment.
contract TestToken is ERC20, Ownable {
    constructor(address owner, uint256 initialSupply) ERC20("Poco Test RLC", "RLC") Ownable(owner) {
        _mint(owner, initialSupply);
    }

    function decimals() public pure override returns (uint8) {
        return 9;
    }

    /// @notice Creates `amount` tokens for `to`; only the owner may.
    function mint(address to, uint256 amount) external onlyOwner {
        _mint(to, amount);
    }

    /// @notice Approves `spender` for `amount` and calls its `receiveApproval` in the same transaction.
    function approveAndCall(address spender, uint256 amount, bytes calldata extraData) external returns (bool) {
        _approve(msg.sender, spender, amount);
        IApprovalReceiver(spender).receiveApproval(msg.sender, amount, address(this), extraData);
        return true;
    }
}
