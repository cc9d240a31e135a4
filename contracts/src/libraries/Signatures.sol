// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {MessageHashUtils} from "@openzeppelin/contracts/utils/cryptography/MessageHashUtils.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";

/// @title Signature checks
/// @notice Accepts 65-byte (r, s, v) and 64-byte EIP-2098 (r, vs) ECDSA signatures from
/// externally owned accounts, and ERC-1271 signatures from contracts. Malleable (high-s)
/// signatures are refused.
library Signatures {
    /// @notice Whether `sig` is `signer`'s signature of `hash`.
    function isValid(address signer, bytes32 hash, bytes calldata sig) internal view returns (bool) {
        if (signer == address(0)) return false;
        address recovered;
        if (sig.length == 65) {
            (recovered,,) = ECDSA.tryRecover(hash, uint8(sig[64]), bytes32(sig[0:32]), bytes32(sig[32:64]));
        } else if (sig.length == 64) {
            (recovered,,) = ECDSA.tryRecover(hash, bytes32(sig[0:32]), bytes32(sig[32:64]));
        }
        if (recovered == signer) return true;
        return signer.code.length != 0 && SignatureChecker.isValidERC1271SignatureNow(signer, hash, sig);
    }

    /// @notice Whether `sig` is `signer`'s EIP-191 personal signature of `hash`.
    function isValidPersonal(address signer, bytes32 hash, bytes calldata sig) internal view returns (bool) {
        return isValid(signer, MessageHashUtils.toEthSignedMessageHash(hash), sig);
    }
}
