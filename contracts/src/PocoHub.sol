// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";

import {PocoStore} from "./PocoStore.sol";
import {Signatures} from "./libraries/Signatures.sol";
import {OrderHashing} from "./libraries/OrderHashing.sol";
import {IAssetRegistry, IWorkerpoolRegistry, IApprovalReceiver} from "./interfaces/IRegistries.sol";
import {
    AppOrder,
    DatasetOrder,
    WorkerpoolOrder,
    RequestOrder,
    Deal,
    Category,
    Task,
    TaskStatus,
    Contribution,
    Vesting,
    OrderKind
} from "./libraries/PocoTypes.sol";

/// @title Poco hub
/// @notice The protocol's entry point: token accounts, categories, signed orders and
/// `matchOrders`, which turns four compatible orders into a deal of a bag of tasks.
/// Task operations (contribute, reveal, finalize, claim) live in the `PocoTasks`
/// module, which the hub's fallback delegatecalls, so both run on the hub's storage and the
/// hub stays under the contract size limit. Clients use the merged `Poco` ABI.
contract PocoHub is PocoStore, Ownable, EIP712, IApprovalReceiver {
    using SafeERC20 for IERC20;
    using OrderHashing for AppOrder;
    using OrderHashing for DatasetOrder;
    using OrderHashing for WorkerpoolOrder;
    using OrderHashing for RequestOrder;

    /// @notice The ERC-20 token every amount is counted in.
    IERC20 public immutable token;
    IAssetRegistry public immutable appRegistry;
    IAssetRegistry public immutable datasetRegistry;
    IWorkerpoolRegistry public immutable workerpoolRegistry;
    /// @notice The task module the fallback delegates to.
    address public immutable tasksModule;

    /// @param token_ the ERC-20 token of the protocol
    /// @param apps_ the app registry
    /// @param datasets_ the dataset registry
    /// @param workerpools_ the workerpool registry
    /// @param tasksModule_ a deployed `PocoTasks`
    /// @param owner_ who manages categories
    constructor(
        IERC20 token_,
        IAssetRegistry apps_,
        IAssetRegistry datasets_,
        IWorkerpoolRegistry workerpools_,
        address tasksModule_,
        address owner_
    ) Ownable(owner_) EIP712("Poco", "1") {
        token = token_;
        appRegistry = apps_;
        datasetRegistry = datasets_;
        workerpoolRegistry = workerpools_;
        tasksModule = tasksModule_;
        _createCategory("XS", "Extra small: 5 minutes on the reference machine", 300);
        _createCategory("S", "Small: 20 minutes on the reference machine", 1200);
        _createCategory("M", "Medium: 1 hour on the reference machine", 3600);
        _createCategory("L", "Large: 3 hours on the reference machine", 10800);
        _createCategory("XL", "Extra large: 10 hours on the reference machine", 36000);
    }

    /// @dev Every selector the hub does not know runs in the task module, on the hub's storage.
    fallback() external {
        address module = tasksModule;
        // Uses only memory past the free memory pointer, so it is memory-safe.
        assembly ("memory-safe") {
            let ptr := mload(0x40)
            calldatacopy(ptr, 0, calldatasize())
            let ok := delegatecall(gas(), module, ptr, calldatasize(), 0, 0)
            returndatacopy(ptr, 0, returndatasize())
            if iszero(ok) { revert(ptr, returndatasize()) }
            return(ptr, returndatasize())
        }
    }

    // ───────────────────────────── multicall ─────────────────────────────

    /// @notice Runs several calls of the hub (its own functions or the task module's), in
    /// order, in one transaction, each as if the caller had sent it on its own: the same
    /// `msg.sender`, checks, events and errors. A worker sends its results of several
    /// deals this way, paying one transaction's fixed cost instead of one per deal.
    /// @dev Each call is a delegatecall of the hub to itself, so it runs the hub's code on
    /// the hub's storage with the caller's `msg.sender`. No function of the hub is payable
    /// and neither is this one, so no `msg.value` can be counted twice.
    /// @param calls the calldata of each call: a selector and its ABI-encoded arguments
    /// @return results each call's return data, in order
    /// @custom:reverts with the first failing call's own revert data (its custom error),
    /// unchanged; nothing of the calls before it is kept
    function multicall(bytes[] calldata calls) external returns (bytes[] memory results) {
        results = new bytes[](calls.length);
        for (uint256 i = 0; i < calls.length; ++i) {
            (bool ok, bytes memory ret) = address(this).delegatecall(calls[i]);
            if (!ok) {
                assembly ("memory-safe") {
                    revert(add(ret, 32), mload(ret))
                }
            }
            results[i] = ret;
        }
    }

    // ───────────────────────────── accounts ─────────────────────────────

    /// @notice Moves `amount` tokens from the caller (who approved the hub) to its free balance.
    function deposit(uint256 amount) external {
        _deposit(msg.sender, msg.sender, amount);
    }

    /// @notice Moves `amount` tokens from the caller to `target`'s free balance.
    function depositFor(uint256 amount, address target) external {
        _deposit(msg.sender, target, amount);
    }

    /// @notice Called by the token's `approveAndCall`: deposits `amount` for `from` in the
    /// same transaction as the approval.
    function receiveApproval(address from, uint256 amount, address token_, bytes calldata) external {
        if (msg.sender != address(token)) revert PocoNotToken(msg.sender, address(token));
        if (token_ != address(token)) revert PocoWrongToken(token_, address(token));
        _deposit(from, from, amount);
    }

    /// @notice Sends `amount` of the caller's free balance back to the caller.
    function withdraw(uint256 amount) external {
        _withdraw(msg.sender, amount);
    }

    /// @notice Sends `amount` of the caller's free balance to `to`.
    function withdrawTo(uint256 amount, address to) external {
        _withdraw(to, amount);
    }

    function _deposit(address from, address target, uint256 amount) private {
        if (amount == 0) revert PocoZeroAmount();
        if (target == address(0)) revert PocoZeroAddress();
        _credit(target, amount);
        token.safeTransferFrom(from, address(this), amount);
        emit Deposit(target, from, amount);
    }

    function _withdraw(address to, uint256 amount) private {
        if (amount == 0) revert PocoZeroAmount();
        if (to == address(0)) revert PocoZeroAddress();
        _debit(msg.sender, amount);
        token.safeTransfer(to, amount);
        emit Withdraw(msg.sender, to, amount);
    }

    /// @notice Free and locked balances of `account`. A worker's locked balance includes its
    /// rewards still vesting (see `vesting`).
    function account(address account_) external view returns (uint256 free, uint256 locked) {
        Account storage a = _layout().accounts[account_];
        return (a.free, a.locked);
    }

    /// @notice Tokens in the kitty, waiting to reward schedulers who finalize.
    function kitty() external view returns (uint256) {
        return _layout().accounts[KITTY].locked;
    }

    /// @notice Reputation of `worker`: +1 per revealed winning contribution confirmed by
    /// another revealed one on a replicated deal, ×2/3 per unrevealed consensus vote, back to 0
    /// for a result proven wrong. It follows the worker across pools.
    function score(address worker) external view returns (uint256) {
        return _layout().scores[worker];
    }

    /// @notice `worker`'s rewards from replicated deals that still vest, in two buckets with
    /// their release times (part of its locked balance; forfeited if it is proven wrong).
    function vesting(address worker) external view returns (Vesting memory) {
        return _layout().vestings[worker];
    }

    /// @notice Moves `worker`'s matured vesting rewards to its free balance (anyone may call;
    /// a worker's later rewards also release them).
    function releaseVested(address worker) external {
        _releaseVested(worker);
    }

    // ───────────────────────────── categories ─────────────────────────────

    /// @notice Adds a category; only the owner may. Returns its id.
    function createCategory(string calldata name, string calldata description, uint256 workClockTimeRef)
        external
        onlyOwner
        returns (uint256)
    {
        return _createCategory(name, description, workClockTimeRef);
    }

    function _createCategory(string memory name, string memory description, uint256 workClockTimeRef)
        private
        returns (uint256 id)
    {
        if (workClockTimeRef == 0 || workClockTimeRef > type(uint32).max) {
            revert PocoInvalidWorkClockTimeRef(workClockTimeRef);
        }
        Layout storage l = _layout();
        id = l.categoryCount;
        l.categories[id] = Category(name, description, workClockTimeRef);
        l.categoryCount = id + 1;
        emit CategoryCreated(id, name, description, workClockTimeRef);
    }

    /// @notice The category `id`.
    function category(uint256 id) external view returns (Category memory) {
        Layout storage l = _layout();
        if (id >= l.categoryCount) revert PocoUnknownCategory(id, l.categoryCount);
        return l.categories[id];
    }

    /// @notice Number of categories; ids go from 0 to count − 1.
    function categoryCount() external view returns (uint256) {
        return _layout().categoryCount;
    }

    // ───────────────────────────── orders ─────────────────────────────

    /// @notice The EIP-712 domain separator orders are signed under.
    function domainSeparator() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    /// @notice EIP-712 digest of an app order (the hash its owner signs).
    function hashAppOrder(AppOrder calldata order) public view returns (bytes32) {
        return _hashTypedDataV4(order.structHash());
    }

    /// @notice EIP-712 digest of a dataset order.
    function hashDatasetOrder(DatasetOrder calldata order) public view returns (bytes32) {
        return _hashTypedDataV4(order.structHash());
    }

    /// @notice EIP-712 digest of a workerpool order.
    function hashWorkerpoolOrder(WorkerpoolOrder calldata order) public view returns (bytes32) {
        return _hashTypedDataV4(order.structHash());
    }

    /// @notice EIP-712 digest of a request order.
    function hashRequestOrder(RequestOrder calldata order) public view returns (bytes32) {
        return _hashTypedDataV4(order.structHash());
    }

    /// @notice Volume of the order `orderHash` already used by deals (or cancelled).
    function consumed(bytes32 orderHash) external view returns (uint256) {
        return _layout().consumed[orderHash];
    }

    /// @notice Who presigned the order `orderHash` (zero if nobody). A presign counts only
    /// while that address still owns the order (an asset transfer voids it).
    function presigned(bytes32 orderHash) external view returns (address) {
        return _layout().presigners[orderHash];
    }

    /// @notice Signs an app order on chain (for owners that cannot sign, such as contracts).
    function presignAppOrder(AppOrder calldata order) external {
        _manage(OrderKind.APP, hashAppOrder(order), _assetOwner(appRegistry, order.app), 0, false);
    }

    /// @notice Cancels an app order: its whole volume counts as consumed.
    function cancelAppOrder(AppOrder calldata order) external {
        _manage(OrderKind.APP, hashAppOrder(order), _assetOwner(appRegistry, order.app), order.volume, true);
    }

    function presignDatasetOrder(DatasetOrder calldata order) external {
        _manage(OrderKind.DATASET, hashDatasetOrder(order), _assetOwner(datasetRegistry, order.dataset), 0, false);
    }

    function cancelDatasetOrder(DatasetOrder calldata order) external {
        _manage(
            OrderKind.DATASET,
            hashDatasetOrder(order),
            _assetOwner(datasetRegistry, order.dataset),
            order.volume,
            true
        );
    }

    function presignWorkerpoolOrder(WorkerpoolOrder calldata order) external {
        _manage(
            OrderKind.WORKERPOOL,
            hashWorkerpoolOrder(order),
            _assetOwner(workerpoolRegistry, order.workerpool),
            0,
            false
        );
    }

    function cancelWorkerpoolOrder(WorkerpoolOrder calldata order) external {
        _manage(
            OrderKind.WORKERPOOL,
            hashWorkerpoolOrder(order),
            _assetOwner(workerpoolRegistry, order.workerpool),
            order.volume,
            true
        );
    }

    function presignRequestOrder(RequestOrder calldata order) external {
        _manage(OrderKind.REQUEST, hashRequestOrder(order), order.requester, 0, false);
    }

    function cancelRequestOrder(RequestOrder calldata order) external {
        _manage(OrderKind.REQUEST, hashRequestOrder(order), order.requester, order.volume, true);
    }

    function _assetOwner(IAssetRegistry registry, address asset) private view returns (address) {
        return registry.ownerOfAsset(asset);
    }

    function _manage(OrderKind kind, bytes32 orderHash, address owner, uint256 volume, bool cancel) private {
        if (msg.sender != owner || owner == address(0)) revert PocoNotOrderOwner(kind, msg.sender, owner);
        Layout storage l = _layout();
        if (cancel) {
            if (l.consumed[orderHash] < volume) l.consumed[orderHash] = volume;
            emit OrderCancelled(kind, orderHash, owner);
        } else {
            l.presigners[orderHash] = owner;
            emit OrderPresigned(kind, orderHash, owner);
        }
    }

    // ───────────────────────────── matching ─────────────────────────────

    /// @notice Signatures of the four orders of a match; an empty one means "presigned".
    struct OrderSignatures {
        bytes app;
        bytes dataset;
        bytes workerpool;
        bytes request;
    }

    /// @notice Makes a deal from four compatible orders; the requester pays.
    /// @dev With no dataset, pass a dataset order whose `dataset` is the zero address.
    /// @return dealid the new deal's id
    function matchOrders(
        AppOrder calldata appOrder,
        DatasetOrder calldata datasetOrder,
        WorkerpoolOrder calldata workerpoolOrder,
        RequestOrder calldata requestOrder,
        OrderSignatures calldata signatures
    ) external returns (bytes32 dealid) {
        return _match(appOrder, datasetOrder, workerpoolOrder, requestOrder, signatures, requestOrder.requester);
    }

    /// @notice Same as matchOrders, but the caller pays (and is refunded) instead of the requester.
    function sponsorMatchOrders(
        AppOrder calldata appOrder,
        DatasetOrder calldata datasetOrder,
        WorkerpoolOrder calldata workerpoolOrder,
        RequestOrder calldata requestOrder,
        OrderSignatures calldata signatures
    ) external returns (bytes32 dealid) {
        return _match(appOrder, datasetOrder, workerpoolOrder, requestOrder, signatures, msg.sender);
    }

    /// @dev Orders' hashes and remaining volumes, gathered during a match.
    struct MatchState {
        bytes32 appHash;
        bytes32 datasetHash;
        bytes32 workerpoolHash;
        bytes32 requestHash;
        uint256 requestConsumed;
        uint256 volume;
    }

    function _match(
        AppOrder calldata a,
        DatasetOrder calldata d,
        WorkerpoolOrder calldata w,
        RequestOrder calldata r,
        OrderSignatures calldata sigs,
        address payer
    ) private returns (bytes32) {
        Layout storage l = _layout();
        bool hasDataset = d.dataset != address(0);
        uint256 datasetPrice = hasDataset ? d.datasetprice : 0;
        bytes32 datasetTag = hasDataset ? d.tag : bytes32(0);

        // Category and trust.
        if (r.category != w.category) revert PocoCategoryMismatch(r.category, w.category);
        // Every category has a non-zero workClockTimeRef, so a zero one is an unknown id; the
        // count is read only to report it.
        uint256 workClockTimeRef = l.categories[r.category].workClockTimeRef;
        if (workClockTimeRef == 0) revert PocoUnknownCategory(r.category, l.categoryCount);
        // A trust of 0 means 1 on both sides.
        if (_atLeastOne(r.trust) > _atLeastOne(w.trust)) revert PocoTrustTooHigh(r.trust, w.trust);
        if (r.trust > MAX_TRUST) revert PocoTrustOutOfRange(r.trust, MAX_TRUST);

        // Prices.
        if (r.appmaxprice < a.appprice) revert PocoPriceTooHigh(OrderKind.APP, r.appmaxprice, a.appprice);
        if (r.datasetmaxprice < datasetPrice) {
            revert PocoPriceTooHigh(OrderKind.DATASET, r.datasetmaxprice, datasetPrice);
        }
        if (r.workerpoolmaxprice < w.workerpoolprice) {
            revert PocoPriceTooHigh(OrderKind.WORKERPOOL, r.workerpoolmaxprice, w.workerpoolprice);
        }

        // Tags: the pool offers everything asked; TEE needs a TEE app.
        bytes32 required = a.tag | datasetTag | r.tag;
        if (required & ~w.tag != 0) revert PocoTagNotOffered(required, w.tag);
        if ((datasetTag | r.tag) & TAG_TEE != 0 && a.tag & TAG_TEE == 0) {
            revert PocoTeeRequiresTeeApp(datasetTag | r.tag, a.tag);
        }

        // The request names these assets.
        if (r.app != a.app) revert PocoRequestMismatch(OrderKind.APP, r.app, a.app);
        if (r.dataset != d.dataset) revert PocoRequestMismatch(OrderKind.DATASET, r.dataset, d.dataset);

        _checkRestrictions(a, d, w, r, hasDataset);

        Deal memory deal;
        deal.app = a.app;
        deal.appPrice = a.appprice;
        deal.appOwner = _registered(appRegistry, OrderKind.APP, a.app);
        if (hasDataset) {
            deal.dataset = d.dataset;
            deal.datasetPrice = datasetPrice;
            deal.datasetOwner = _registered(datasetRegistry, OrderKind.DATASET, d.dataset);
        }
        (address poolOwner, uint256 stakeRatio, uint256 rewardRatio) = workerpoolRegistry.policyOf(w.workerpool);
        if (poolOwner == address(0)) revert PocoAssetNotRegistered(OrderKind.WORKERPOOL, w.workerpool);

        MatchState memory m = _consume(a, d, w, r, sigs, deal.appOwner, deal.datasetOwner, poolOwner, hasDataset);

        deal.id = _hash2(m.requestHash, bytes32(m.requestConsumed));
        deal.workerpool = w.workerpool;
        deal.workerpoolOwner = poolOwner;
        deal.workerpoolPrice = w.workerpoolprice;
        deal.trust = _atLeastOne(r.trust);
        deal.category = r.category;
        deal.workClockTimeRef = workClockTimeRef;
        deal.tag = required;
        deal.requester = r.requester;
        deal.beneficiary = r.beneficiary;
        deal.callback = r.callback;
        deal.sponsor = payer;
        deal.startTime = block.timestamp;
        deal.botFirst = m.requestConsumed;
        deal.botSize = m.volume;
        deal.workerStake = (w.workerpoolprice * stakeRatio) / 100;
        deal.schedulerRewardRatio = rewardRatio;
        // The hash's top 192 bits; the low 64 are the started bits of tasks 0 to 63, none yet.
        l.dealHashes[deal.id] = bytes32(uint256(keccak256(abi.encode(deal))) & DEAL_HASH_MASK);

        _lock(payer, (a.appprice + datasetPrice + w.workerpoolprice) * m.volume, deal.id);
        _lock(poolOwner, ((w.workerpoolprice * POOL_STAKE_RATIO) / 100) * m.volume, deal.id);

        emit OrdersMatched(
            deal.id,
            w.workerpool,
            r.requester,
            [m.appHash, m.datasetHash, m.workerpoolHash, m.requestHash],
            deal,
            r.params
        );
        return deal.id;
    }

    /// @dev Checks the ten restrictions: each order may name the only app, dataset,
    /// workerpool or requester it accepts (zero means anyone).
    function _checkRestrictions(
        AppOrder calldata a,
        DatasetOrder calldata d,
        WorkerpoolOrder calldata w,
        RequestOrder calldata r,
        bool hasDataset
    ) private pure {
        _restrict(OrderKind.APP, OrderKind.DATASET, a.datasetrestrict, d.dataset);
        _restrict(OrderKind.APP, OrderKind.WORKERPOOL, a.workerpoolrestrict, w.workerpool);
        _restrict(OrderKind.APP, OrderKind.REQUEST, a.requesterrestrict, r.requester);
        if (hasDataset) {
            _restrict(OrderKind.DATASET, OrderKind.APP, d.apprestrict, a.app);
            _restrict(OrderKind.DATASET, OrderKind.WORKERPOOL, d.workerpoolrestrict, w.workerpool);
            _restrict(OrderKind.DATASET, OrderKind.REQUEST, d.requesterrestrict, r.requester);
        }
        _restrict(OrderKind.WORKERPOOL, OrderKind.APP, w.apprestrict, a.app);
        _restrict(OrderKind.WORKERPOOL, OrderKind.DATASET, w.datasetrestrict, d.dataset);
        _restrict(OrderKind.WORKERPOOL, OrderKind.REQUEST, w.requesterrestrict, r.requester);
        _restrict(OrderKind.REQUEST, OrderKind.WORKERPOOL, r.workerpool, w.workerpool);
    }

    function _restrict(OrderKind order, OrderKind party, address allowed, address actual) private pure {
        if (allowed != address(0) && allowed != actual) revert PocoRestricted(order, party, allowed, actual);
    }

    function _registered(IAssetRegistry registry, OrderKind kind, address asset) private view returns (address owner) {
        owner = registry.ownerOfAsset(asset);
        if (owner == address(0)) revert PocoAssetNotRegistered(kind, asset);
    }

    /// @dev Verifies each order's signature, computes the deal volume (the smallest remaining
    /// volume) and consumes it from every order.
    function _consume(
        AppOrder calldata a,
        DatasetOrder calldata d,
        WorkerpoolOrder calldata w,
        RequestOrder calldata r,
        OrderSignatures calldata sigs,
        address appOwner,
        address datasetOwner,
        address poolOwner,
        bool hasDataset
    ) private returns (MatchState memory m) {
        Layout storage l = _layout();
        m.appHash = hashAppOrder(a);
        m.workerpoolHash = hashWorkerpoolOrder(w);
        m.requestHash = hashRequestOrder(r);
        _checkSignature(l, OrderKind.APP, m.appHash, appOwner, sigs.app);
        _checkSignature(l, OrderKind.WORKERPOOL, m.workerpoolHash, poolOwner, sigs.workerpool);
        _checkSignature(l, OrderKind.REQUEST, m.requestHash, r.requester, sigs.request);

        uint256 appConsumed = l.consumed[m.appHash];
        uint256 poolConsumed = l.consumed[m.workerpoolHash];
        m.requestConsumed = l.consumed[m.requestHash];
        uint256 volume = _remaining(OrderKind.APP, m.appHash, a.volume, appConsumed);
        volume = _min(volume, _remaining(OrderKind.WORKERPOOL, m.workerpoolHash, w.volume, poolConsumed));
        volume = _min(volume, _remaining(OrderKind.REQUEST, m.requestHash, r.volume, m.requestConsumed));
        if (hasDataset) {
            m.datasetHash = hashDatasetOrder(d);
            _checkSignature(l, OrderKind.DATASET, m.datasetHash, datasetOwner, sigs.dataset);
            uint256 datasetConsumed = l.consumed[m.datasetHash];
            volume = _min(volume, _remaining(OrderKind.DATASET, m.datasetHash, d.volume, datasetConsumed));
            l.consumed[m.datasetHash] = datasetConsumed + volume;
        }
        l.consumed[m.appHash] = appConsumed + volume;
        l.consumed[m.workerpoolHash] = poolConsumed + volume;
        l.consumed[m.requestHash] = m.requestConsumed + volume;
        m.volume = volume;
    }

    function _remaining(OrderKind kind, bytes32 orderHash, uint256 volume, uint256 used)
        private
        pure
        returns (uint256)
    {
        if (used >= volume) revert PocoOrderConsumed(kind, orderHash, volume);
        return volume - used;
    }

    function _atLeastOne(uint256 x) private pure returns (uint256) {
        return x == 0 ? 1 : x;
    }

    function _min(uint256 x, uint256 y) private pure returns (uint256) {
        return x < y ? x : y;
    }

    function _checkSignature(Layout storage l, OrderKind kind, bytes32 orderHash, address signer, bytes calldata sig)
        private
        view
    {
        if (sig.length != 0 && Signatures.isValid(signer, orderHash, sig)) return;
        if (signer != address(0) && l.presigners[orderHash] == signer) return;
        revert PocoInvalidSignature(kind, orderHash, signer);
    }

    // ───────────────────────────── views ─────────────────────────────

    /// @notice The deal `dealid`'s hash: keccak256(abi.encode(deal)) with its low 64 bits
    /// cleared (the hub keeps the top 192 bits), zero if there is no such deal. The deal itself
    /// is in the `OrdersMatched` event; task operations take it as calldata.
    function dealHash(bytes32 dealid) external view returns (bytes32) {
        return bytes32(uint256(_layout().dealHashes[dealid]) & DEAL_HASH_MASK);
    }

    /// @notice State of task `idx` of deal `dealid` (task id keccak256(abi.encodePacked(dealid,
    /// idx))), whatever the path it took: a task the trust-1 fast path completed reads
    /// COMPLETED with one contributor and one winner, the rest zero. A task that has not
    /// started, or an index outside the deal, reads UNSET.
    function task(bytes32 dealid, uint256 idx) external view returns (Task memory t) {
        Layout storage l = _layout();
        t = l.tasks[_hash2(dealid, bytes32(idx))];
        if (t.status == uint8(TaskStatus.UNSET) && _started(l, dealid, idx)) {
            (t.status, t.contributors, t.winners) = (uint8(TaskStatus.COMPLETED), 1, 1);
        }
    }

    /// @notice `worker`'s contribution to `taskid`: its status, the worker's weight, the tag
    /// of its result hash (the top 112 bits of keccak256(resultHash)) and the first 16 bytes
    /// of its seal.
    function contribution(bytes32 taskid, address worker) external view returns (Contribution memory) {
        return _layout().contributions[taskid][worker];
    }

    /// @notice Weight and member count of the group that voted `resultHash` on `taskid`, and
    /// whether the task reached consensus on it. Groups are kept by the tag of their result
    /// hash (see `contribution`).
    function group(bytes32 taskid, bytes32 resultHash)
        external
        view
        returns (uint256 weight, uint256 members, bool consensus)
    {
        Layout storage l = _layout();
        Task storage t = l.tasks[taskid];
        bytes14 tag = _resultTag(resultHash);
        bool held = tag == t.resultTag;
        consensus = held && t.winners != 0;
        if (t.split) {
            uint256 g = l.groups[taskid][tag];
            return (uint128(g), g >> 128, consensus);
        }
        // Until a second result comes, the task holds its only group.
        if (held && t.contributors != 0) return (t.totalWeight - 1, t.contributors, consensus);
    }
}
