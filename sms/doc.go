// Package sms is the secret management service of Poco (`poco sms`): it keeps the
// secrets of confidential tasks and hands them only to a trusted execution environment
// (TEE) running a task that uses them.
//
// # What it keeps
//
// Four kinds of secrets (package sms/api names them): a dataset's decryption key, an
// app developer's secret, a requester's named secrets, and a beneficiary's result
// public key. Each write is signed (EIP-191) by a wallet over a fresh single-use
// challenge, the target and the value's digest; who may write is read from the chain at
// write time: a dataset key by the dataset's current NFT holder (ownership moves with a
// transfer, and the former owner is refused from then on), an app secret by the app's
// holder, requester secrets and result keys by the address itself. Nothing is ever read
// back over the API: HEAD says whether a secret exists, no more.
//
// At rest a secret is only AES-256-GCM ciphertext under a master key ([Keyring]) whose
// version is stored with it; the additional data binds it to its kind, owner and name,
// so a row copied onto another does not decrypt. Master keys rotate: a new version is
// appended ([Rotate]), old versions stay readable, and [Store.Reencrypt] rewraps every
// secret under the current one. Whoever holds the database alone learns nothing; whoever
// holds the database and the key file holds the secrets: keep the key file (or the
// environment value) off the database's machine and its backups.
//
// # Whom it trusts
//
// The SMS releases a task's secrets to a session (POST /v1/sessions) only when all of
// this holds: the worker signed the request, over a nonce the SMS issued to it and that
// was never used; the deal exists on chain, asks for a TEE, and the task is still open;
// the pool's scheduler (the workerpool owner, the same key the hub checks when the
// worker contributes) authorized this worker for this task with this enclave key; the
// TEE evidence verifies and is over (chain, task, enclave, nonce), so it cannot be
// replayed for another task, key or session; and the measured enclave is one the app's
// owner allows (the app's enclave description, on chain) and the SMS operator's pool
// policy allows, on a platform whose TCB status is accepted and not in debug mode.
// The secrets go out sealed (ECIES) to the enclave key: only that enclave can read them,
// and only the secrets the deal uses (its dataset, its app, the requester secrets its
// params name, the beneficiary's result key when results are to be encrypted).
//
// So the SMS trusts the chain it reads (a lying RPC endpoint could make it release
// secrets to a deal that does not exist: run it against a node you trust), the TEE
// vendor's root of attestation, and its operator's policy. It does not trust workers,
// schedulers beyond their authorization, or the network.
//
// Development evidence (attest.FormatDev) is signed by a key anyone can derive: an SMS
// accepts it only when started with InsecureDevAttestation, says so in its status, and
// then protects nothing; it exists for machines without TDX (the devnet, tests).
package sms
