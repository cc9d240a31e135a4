// Package worker is the worker daemon: it logs in to a pool's scheduler, takes the
// replicates the scheduler assigns it, runs them, and commits, reveals and uploads their
// results on chain, from one account. `poco worker` runs it.
//
// # Session
//
// Run first settles the worker's speed factor against the reference machine: Config.Speed,
// else the machine benchmark (package machine), measured once per benchmark version, Go
// version and machine and kept in StateDir/machine.json (a failed benchmark declares
// none: the scheduler counts 1). It then logs in (scheduler/api: challenge, EIP-191
// signature with Config.Key, token), registers its capabilities (cores, Slots, Queue,
// memory, GPUs, TEE — declared with Config.TEE and Config.SMS both set —, executor names,
// speed factor), sends a
// heartbeat every Session.HeartbeatInterval and long-polls for work (Config.PollWait).
// While the scheduler is unreachable it logs in again with a growing pause (1 s to 30 s).
// A refusal (403 "not enough stake" or "not on the allow-list", or another 4xx but 401,
// 408, 409 and 429, which are tried again at once) is logged as an error and tried again
// every Config.RefusedRetry (a minute by default):
// the operator can deposit more stake without restarting the worker; Run does not return
// for it. A scheduler announcing another chain id or hub is treated the same way. A lost
// session (401, or 409 "not registered") logs in and registers again. Tasks on chain go on
// while the scheduler is away; reports wait in an in-memory queue, in order, and are
// sent once the worker is logged in again (a report the scheduler refuses with another
// 4xx, such as 404 for a task it no longer assigns, is dropped). Everything queued goes
// in one request (api.PathReports, up to api.MaxReports reports), each report answered
// apart: a report the scheduler cannot take now is sent again with those after it, in
// order; a scheduler that predates that endpoint (404) gets one request per report.
//
// # Pipeline
//
// For each api.Job:
//
//  1. the task's state is saved (phase "running") and the job waits for one of Slots;
//     StepStarted is reported when it gets one. The worker declares Config.Queue
//     (default DefaultQueueFactor × Slots; LegacyQueueFactor × Slots to a scheduler
//     without api.Session.QueueByRunTime) besides its Slots, so the scheduler may give
//     it up to that many more jobs, which wait here for a slot: the slots stay busy
//     across the round trips to the scheduler and while results wait for their block,
//     and results come in runs that batch well (step 5). The scheduler fills the queue
//     only as deep as the jobs' run times call for (measured from the StepStarted and
//     StepComputed reports: about two seconds of work; none for tasks of minutes).
//     The scheduler counts a job against Slots + Queue until it is reported computed;
//  2. the deal is checked against the hash the hub stores; the app (type, multiaddr,
//     checksum) and the dataset are read from their registries, not taken from the
//     scheduler; the app's type picks the executor (api.ExecutorOf). These reads are
//     made once per worker (deal id, app and dataset address: what they return cannot
//     change on chain; a deal is remembered only once it matched, and every later job
//     of it is still hashed and compared with the remembered hash), so the other tasks
//     of a deal cost no chain call. An app type without an executor here, a deal that is
//     not the one on chain or malformed params give StepFailed (the scheduler gives the
//     replicate to another worker), and so does a deal asking for a GPU (tag bit 8) on a
//     worker without one or for an executor that cannot expose one, a deal asking for a
//     TEE (tag bit 0) on a worker without Config.TEE or Config.SMS, and a deal without
//     TEE whose params name secrets or ask for an encrypted result ("secrets and
//     encrypted results need a TEE deal: add the tag tee,tdx"). A TEE task then opens
//     its confidential session (see Confidential tasks). A GPU task takes one of the worker's GPUs
//     (Config.GPUDevices) for its run and passes it to the executor (executor.Spec.GPUs);
//     an OCI app (type OCI) is an image archive whose checksum is the image's digest,
//     checked by the oci executor (job.AppRef.Image);
//  3. worker/job runs it with the deal's params (args, inputs), the time limit of the
//     deal's category (WorkClockTimeRef seconds) and Config.MemoryBytes/OutputBytes; the
//     app sees its index in the bag from 0 (index − botFirst) and the bag size. A task
//     that fetches nothing (no dataset, no input file) runs in a work folder in
//     Config.ScratchDir (by default on /dev/shm when it is a tmpfs with room for the
//     outputs, checked again before each run), the others in StateDir/work. The result tar is kept, not uploaded
//     (job.Runner.ResultDir: deferred upload): in the task's record when it is at most
//     64 KiB (job.Runner.InlineResultBytes), else in StateDir/results; its CID is
//     computed locally, so the results field is known without uploading. A wasm
//     or process app is fetched and its checksum checked once per worker run, then kept
//     read-only in StateDir/apps and run from there (job.Runner.AppCache: no fetch, hash
//     or copy for the other tasks; see job's "App cache"). An app
//     failure is an error result (job's error document) and is contributed like any
//     other, so the bag completes and honest workers agree; an infrastructure failure
//     (store or chain unreachable) is tried three times, then reported StepFailed;
//  4. the phase becomes "computed" and StepComputed is reported with the digest (and the
//     job.Reason* code of an error result);
//  5. the chain goroutine contributes: it gathers results until the oldest has waited
//     Config.BatchWindow, or sooner once no other result is coming (no task running,
//     waiting for a slot or uploading before its contributeAndFinalize), and sends one
//     ContributeBatch per deal (at most 50 tasks a transaction, fewer when the gas of
//     earlier batches says 50 would not fit one transaction); results computed while
//     a transaction is being mined go in the next, sent without waiting for the first
//     to be mined (at most Config.TxInFlight batches in flight, 4 by default; 1 sends
//     one at a time: fewer, larger batches, less gas), so they can share its next block;
//     StepContributed is
//     reported with the transaction hash. For a Job with Finalize (trust 1) the kept
//     result is uploaded first, then one ContributeAndFinalizeBatch per deal carries the
//     results field (and the callback data for a deal with a callback contract); the
//     batches of several deals without a callback contract go in one transaction when
//     the hub has a multicall (sdk.Client.ContributeAndFinalizeDeals, at most 200 tasks
//     a transaction): one transaction's fixed cost instead of one per deal, and if the
//     contract refuses it, each deal's batch is sent on its own;
//     StepFinalized is reported with the transaction and the results, and the task is
//     forgotten;
//  6. on an api.Reveal, the chain goroutine reveals the digest the worker contributed (one
//     RevealBatch per deal), with the scheduler's permit the request carries (the first
//     reveal of a task opens its reveals with it; later ones need none): StepRevealed.
//     With Upload it then uploads the kept result and reports StepUploaded with Results
//     (the on-chain results field) and Callback. The upload waits for the reveal to be
//     mined, not just sent: until a task's first reveal is mined the contract still takes
//     contributions, and a result made public then could be copied by a worker that has
//     not contributed yet (see done in chain.go);
//  7. on a Cancel, a running task is stopped and the task forgotten (state and kept
//     result deleted, pending transactions skipped).
//
// All transactions are started by one goroutine and sent through the sdk client, which
// reads the account's pending nonce and sends under one lock, so nonces follow each
// other; each batch is then waited for in a goroutine of its own.
// No transaction asks for more gas than one transaction may use (sdk.MaxTxGas, EIP-7825):
// a batch too large for one transaction (sdk.ErrTooMuchGas) is split in halves, and later
// batches are sized by the gas per task seen (sdk.BatchSizer). An unreachable chain is
// waited for with a growing pause, up to a minute. A transaction that fails otherwise
// without a revert (a node that refuses it, one not mined in time) is tried again with
// the same growing pause at most five times (the count is saved with the task, so a
// restart does not start over); then the task is looked up on chain like a refused one
// below and, not done there, reported StepFailed so the scheduler hands it to another
// worker. A batch the contract refuses is split
// into one transaction per task; a task refused alone is looked up on chain: if the chain
// shows it already done by this worker (a transaction mined just before a restart) it
// counts as done; otherwise the task moved on (contribution deadline passed, reveals
// already open, task finalized, no consensus to reveal, stake too low…) and it is
// reported StepFailed, with the refusal's sentence, and forgotten, not tried again.
//
// # Confidential tasks
//
// For a TEE task (deal tag bit 0), before the run:
//
//  1. the worker makes a fresh secp256k1 key for the task, the enclave key, and saves it
//     in the task's state (EnclaveKey) before any use: a restarted worker uses the same
//     one (StateDir must be inside the TEE);
//  2. it asks the scheduler for the authorization of that enclave (api.PathEnclave:
//     scheduler/api Client.Enclave), saved with the task (EnclaveAuth); a TEE Job
//     carries none of its own;
//  3. it opens a session with the SMS (Config.SMS, sms/api): a nonce (Challenge, for the
//     worker's address), evidence from Config.TEE over attest.ReportData(chain, task,
//     enclave address, nonce), the request signed with the worker's key (SignSession),
//     OpenSession; the answer is opened with the enclave key (seal.Open). An SMS on
//     another chain or hub, or one that refuses the session (not authorized, evidence or
//     measurement refused, a secret missing…), gives StepFailed with its sentence; an
//     SMS out of reach is an infrastructure failure (tried again);
//  4. the secrets stay in memory, in the job.Job only: the dataset key (the dataset is
//     checked against its registered checksum encrypted, then decrypted for the app; a
//     dataset that does not decrypt is the error result "dataset-decrypt"), the app
//     developer's and the requester's secrets (IEXEC_APP_DEVELOPER_SECRET,
//     IEXEC_REQUESTER_SECRET_1… in the params' order: executor.Spec.Secrets), and, with
//     params encrypt_result, the beneficiary's result key: the result kept and uploaded
//     is then a tar of result.enc (seal.SealResult of the plain result tar) and
//     computed.json naming it, so the digest on chain is sha256(result.enc) (see
//     worker/job's Confidential tasks).
//
// The contribution (contribute, or contributeAndFinalize at trust 1; in the batches too,
// per task) carries the enclave's address, the enclave authorization and the enclave
// key's EIP-191 signature of keccak256(resultHash ‖ resultSeal) (protocol.
// SignEnclaveChallenge), which the contract checks. Encrypted results are randomized, so
// two workers never agree on one: a deal asking for encrypt_result with a trust above 1,
// or with a callback contract, is refused (StepFailed) with a sentence saying why.
//
// # Persistence and restarts
//
// A task's state is a JSON record: the job (deal, index, authorization, finalize), a TEE
// task's enclave key and authorization, the phase, the digest contributed, the results
// field, the callback data, whether it was asked to reveal (with the scheduler's permit)
// and to upload and did, the failed tries, the transactions. Only the steps whose loss
// would lose work or funds are made durable, in StateDir/tasks/<taskid>.json (written to
// a temporary file, synced, renamed; the folder is synced before anything relying on it
// happens, so one folder sync covers a group of saves):
//
//   - accepted (phase running), with a scheduler without api.Session.ResendsHeld: on
//     disk before the task starts, so before StepStarted is reported (such a scheduler
//     does not give a started job again); the jobs of one answer of the scheduler share
//     one folder sync. A scheduler with ResendsHeld gives, once in each session, every
//     job whose replicate the worker holds uncontributed: the accepted record is then
//     not written at all (a restart, or a crash of the process or the machine, is
//     followed by a new session whose first answer gives the job again; a trust-1
//     task thus touches no state file);
//   - a TEE task's enclave key, before any use (the folder synced at once), and its
//     authorization;
//   - computed, for a replicated task (digest, results field, and the result itself
//     when it is kept in the record): on disk before the contribution is sent (a
//     contribution the worker cannot reveal loses its stake); the tasks of a batch
//     share one folder sync. Lost before that (a crash), the task runs again.
//
// A trust-1 task's computed step and upload are not saved at all: its
// contributeAndFinalize commits to nothing that must be revealed later, and the task is
// forgotten once it is mined, so a worker stopped in between runs it again from its
// accepted record or, with ResendsHeld, from the next session's first answer (a contributeAndFinalize mined meanwhile is refused, and the chain
// shows the task done). The later steps of a replicated task (contributed, asked to
// reveal, revealed, uploaded) and failed tries are written in place to
// StateDir/tasks/<taskid>.next without a sync; on start the newer of the two records
// that reads whole is used. A process that is killed loses none of them (they are in the
// OS's cache); a crash of the machine that loses or tears the .next only takes the task
// back to computed: the contribution or reveal is sent again, the contract refuses it
// and the chain shows it done by this worker (see the refusals above); the scheduler
// asks for the reveal again; uploading twice is harmless. A result over 64 KiB is kept
// as StateDir/results/<taskid>.tar
// (written to a temporary file, synced, renamed; the folder is synced with the records
// before the contribution). Work folders (StateDir/work and the
// scratch folder) and the app cache's unfinished temporary files are emptied at start
// (the cached apps stay, and are trusted again only after one fetch and check per
// app). On start, Run resumes each task by its phase:
//
//   - running (written only for a scheduler without ResendsHeld, which does not hand
//     out a job again once its start was reported): run again from the start (the run
//     is deterministic);
//   - computed: contribute (or upload and contributeAndFinalize); a computed task whose
//     kept result is missing (neither in the record nor in StateDir/results) runs again;
//   - contributed: report it again and wait to be asked to reveal;
//   - revealed: report it again; upload if asked and not done.
//
// A task that ends (finalized, refused, canceled, failed) is deleted at once. A revealed
// task is kept, with its result, until its deal's final deadline, in case the scheduler
// asks it to upload after another uploader failed; every minute, tasks past their deal's
// final deadline (by the chain's clock) are forgotten whatever their phase, since nothing
// can change on chain for them any more. A crash between a transaction being mined and
// the state being saved is harmless: the transaction is sent again, the contract refuses
// it, and the chain shows the task done. One worker per StateDir.
//
// # Testing aid
//
// Config.Saboteur makes the worker lie like the saboteurs of docs/trust.md: when it says
// so, the task's output is replaced by the lie before the digest, so the worker commits,
// reveals and uploads a wrong result that matches its own commitment. localnet runs pools
// with such saboteurs (`poco devnet --saboteurs N --strategy S`).
//
// # Limitations
//
// Only one scheduler per worker. Encrypted results suit deals of trust 1 only (see
// Confidential tasks); error results are not encrypted.
// Reports are queued in memory: after a restart the worker reports each task's current
// step again, not the steps in between.
package worker
