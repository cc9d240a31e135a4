// The account page's browser wallet: finds wallets through EIP-6963 discovery (else
// window.ethereum), lets the reader choose one, connects with eth_requestAccounts, checks
// the wallet's chain against the explorer's (offering wallet_switchEthereumChain), shows
// the account's balances from /api/account/{addr}, and deposits or withdraws with the
// transactions the explorer prepares (/api/account/{addr}/prepare): the wallet signs and
// sends each one (eth_sendTransaction), the page follows its receipt (/api/receipt/{hash})
// and reads the balances again. Only the explorer's own origin is called; wallet names are
// shown as text and icons only as data:image URIs.
(function () {
  "use strict";
  var root = document.getElementById("wallet");
  if (!root || !window.fetch || typeof BigInt !== "function") return;
  var wantChain = (root.dataset.chainId || "").toLowerCase();
  var chainName = root.dataset.chain || wantChain;
  var providers = [];
  var current = null, account = null, busy = false;

  function $(id) { return document.getElementById(id); }
  function show(id, on) { $(id).hidden = !on; }
  function say(msg) { $("wallet-status").textContent = msg; }
  function errText(e) {
    if (!e) return "unknown error";
    var m = e.message || String(e);
    if (e.code === 4001) m = "you refused it in the wallet";
    return m;
  }
  function sameChain(a, b) {
    try { return BigInt(a) === BigInt(b); } catch (_) { return false; }
  }
  function rlc(units) {
    var v;
    try { v = BigInt(units); } catch (_) { return String(units); }
    var unit = BigInt(1000000000), neg = v < 0;
    if (neg) v = -v;
    var frac = (v % unit).toString().padStart(9, "0").replace(/0+$/, "");
    return (neg ? "-" : "") + (v / unit).toString() + (frac ? "." + frac : "") + " RLC";
  }
  function safeIcon(icon) {
    return typeof icon === "string" && /^data:image\/[a-z0-9.+-]+[;,]/i.test(icon) ? icon : "";
  }

  // ── discovery ──
  function addProvider(info, provider) {
    if (!provider || typeof provider.request !== "function") return;
    info = info || {};
    for (var i = 0; i < providers.length; i++) {
      if (providers[i].provider === provider || (info.uuid && providers[i].info.uuid === info.uuid)) return;
    }
    providers.push({ info: info, provider: provider });
    renderList();
  }
  function renderList() {
    var ul = $("wallets");
    ul.textContent = "";
    providers.forEach(function (p) {
      var li = document.createElement("li");
      var b = document.createElement("button");
      b.type = "button";
      b.className = "wallet-choice";
      var icon = safeIcon(p.info.icon);
      if (icon) {
        var img = document.createElement("img");
        img.src = icon;
        img.alt = "";
        img.width = 24;
        img.height = 24;
        b.appendChild(img);
      }
      var name = document.createElement("span");
      name.textContent = String(p.info.name || "Browser wallet").slice(0, 60);
      b.appendChild(name);
      b.setAttribute("aria-pressed", String(current === p));
      b.addEventListener("click", function () { connect(p); });
      li.appendChild(b);
      ul.appendChild(li);
    });
    show("wallet-list", providers.length > 0);
    show("wallet-none", false);
    if (!current) say(providers.length === 1 ? "One wallet found: choose it to connect." : providers.length + " wallets found: choose one to connect.");
  }
  window.addEventListener("eip6963:announceProvider", function (e) {
    var d = (e && e.detail) || {};
    addProvider(d.info, d.provider);
  });
  say("Looking for a browser wallet…");
  window.dispatchEvent(new Event("eip6963:requestProvider"));
  setTimeout(function () {
    if (!providers.length && window.ethereum) {
      addProvider({ name: window.ethereum.isRabby ? "Rabby" : window.ethereum.isMetaMask ? "MetaMask" : "Browser wallet", uuid: "window.ethereum" }, window.ethereum);
    }
    if (!providers.length) {
      show("wallet-none", true);
      $("wallet-status").hidden = true; // #wallet-none says it

    }
  }, 600);

  // ── connection ──
  function connect(p) {
    if (busy) return;
    current = p;
    renderList();
    account = null;
    show("wallet-account", false);
    say("Asking " + (p.info.name || "the wallet") + " for an account…");
    p.provider.request({ method: "eth_requestAccounts" }).then(function (accounts) {
      if (current !== p) return;
      if (!accounts || !accounts.length) { say("The wallet gave no account: unlock it or create an account, then choose it again."); return; }
      account = String(accounts[0]).toLowerCase();
      if (typeof p.provider.on === "function" && !p.listening) {
        p.listening = true;
        p.provider.on("accountsChanged", function (a) { if (current === p && a && a.length) { account = String(a[0]).toLowerCase(); checkChain(); } });
        p.provider.on("chainChanged", function () { if (current === p) checkChain(); });
      }
      return checkChain();
    }).catch(function (e) { say("The wallet did not connect: " + errText(e) + "."); });
  }

  // checkChain resolves to true when the wallet is on the explorer's chain.
  function checkChain() {
    if (!current) return Promise.resolve(false);
    return current.provider.request({ method: "eth_chainId" }).then(function (id) {
      if (!wantChain || sameChain(id, wantChain)) {
        show("wallet-chain", false);
        show("wallet-account", true);
        $("acct-address").textContent = account;
        return refresh(busy).then(function () { return true; });
      }
      show("wallet-account", false);
      show("wallet-chain", true);
      var have;
      try { have = BigInt(id).toString(); } catch (_) { have = String(id); }
      $("wallet-chain-msg").textContent = "Your wallet is on chain " + have + "; this explorer follows chain " + chainName + ". Switch the wallet to it to see your balances and send transactions.";
      say("Connected to " + account + ", on another chain.");
      return false;
    });
  }
  $("switch-chain").addEventListener("click", function () {
    if (!current) return;
    current.provider.request({ method: "wallet_switchEthereumChain", params: [{ chainId: wantChain }] })
      .then(function () { return checkChain(); })
      .catch(function (e) {
        var msg = e && e.code === 4902
          ? "Your wallet does not know chain " + chainName + ": add it in the wallet's network settings (chain id " + chainName + ", the RPC address of a node of this chain), then press the button again."
          : e && e.code === 4001
            ? "You refused to switch. The balances and transactions need chain " + chainName + ": switch in the wallet, or press the button again."
            : "The wallet could not switch to chain " + chainName + ": " + errText(e) + ". Switch in the wallet itself.";
        $("wallet-chain-msg").textContent = msg;
      });
  });

  // ── balances ──
  function getJSON(url) {
    return fetch(url, { headers: { "Accept": "application/json" } }).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (j) {
        if (!r.ok) throw new Error(j.error || r.status + " " + r.statusText);
        return j;
      });
    });
  }
  function setAmount(id, units) {
    var el = $(id);
    el.textContent = rlc(units);
    el.dataset.units = units;
  }
  // refresh reads the balances again; quiet leaves the status line as it is.
  function refresh(quiet) {
    if (!account) return Promise.resolve();
    var who = account;
    return getJSON("/api/account/" + who).then(function (b) {
      if (who !== account) return;
      setAmount("bal-wallet", b.wallet);
      setAmount("bal-free", b.free);
      setAmount("bal-locked", b.locked);
      $("wallet-account").dataset.block = b.block;
      if (!busy && !quiet) say("Connected to " + who + ". Balances read at block " + b.block + ".");
    }).catch(function (e) { say("The balances could not be read: " + errText(e)); });
  }

  // ── deposit and withdraw ──
  function log(text, href) {
    var li = document.createElement("li");
    li.textContent = text;
    if (href) {
      li.appendChild(document.createTextNode(" "));
      var a = document.createElement("a");
      a.href = href;
      a.textContent = "transaction";
      li.appendChild(a);
    }
    $("tx-log").appendChild(li);
    return li;
  }
  function sleep(ms) { return new Promise(function (r) { setTimeout(r, ms); }); }
  function waitReceipt(hash) {
    var deadline = Date.now() + 5 * 60 * 1000;
    function poll() {
      return getJSON("/api/receipt/" + hash).then(function (r) {
        if (r.status !== "pending") return r;
        if (Date.now() > deadline) throw new Error("transaction " + hash + " was not mined in 5 minutes; look at it in the wallet");
        return sleep(1000).then(poll);
      }, function (e) {
        if (Date.now() > deadline) throw e;
        return sleep(1000).then(poll);
      });
    }
    return poll();
  }
  function move(action) {
    if (busy || !current || !account) return;
    var amount = $("amount").value.trim();
    busy = true;
    $("move").setAttribute("aria-busy", "true");
    $("deposit").disabled = $("withdraw").disabled = true;
    var provider = current.provider, from = account;
    say("Preparing the " + action + "…");
    getJSON("/api/account/" + from + "/prepare?action=" + action + "&amount=" + encodeURIComponent(amount))
      .then(function (prep) {
        return checkChain().then(function (ok) {
          if (!ok) throw new Error("the wallet is not on chain " + chainName);
          var chainDone = Promise.resolve();
          prep.transactions.forEach(function (tx, i) {
            chainDone = chainDone.then(function () {
              say("Step " + (i + 1) + " of " + prep.transactions.length + ": " + tx.description + ". Confirm it in your wallet.");
              var line = log(tx.description + ": waiting for your wallet…");
              return provider.request({ method: "eth_sendTransaction", params: [{ from: from, to: tx.to, data: tx.data, value: tx.value }] })
                .then(function (hash) {
                  line.textContent = tx.description + ": sent " + hash + ", waiting to be mined…";
                  return waitReceipt(hash).then(function (r) {
                    line.textContent = tx.description + ": " + (r.status === "success" ? "mined" : "FAILED") + " in block " + r.block + ".";
                    line.className = r.status === "success" ? "ok" : "bad";
                    if (r.status !== "success") throw new Error("the transaction " + hash + " failed on chain");
                  });
                }, function (e) {
                  line.textContent = tx.description + ": not sent (" + errText(e) + ").";
                  line.className = "bad";
                  throw e;
                });
            });
          });
          return chainDone.then(function () {
            busy = false;
            return refresh(true).then(function () {
              say((action === "deposit" ? "Deposited " : "Withdrew ") + prep.amountRLC + (action === "deposit" ? " into the hub." : " to the wallet.") + " Balances updated.");
              $("wallet-account").dataset.done = String(Number($("wallet-account").dataset.done || 0) + 1);
            });
          });
        });
      })
      .catch(function (e) {
        busy = false;
        say("The " + action + " did not happen: " + errText(e));
        refresh(true);
      })
      .then(function () {
        busy = false;
        $("move").removeAttribute("aria-busy");
        $("deposit").disabled = $("withdraw").disabled = false;
      });
  }
  $("move").addEventListener("submit", function (e) {
    e.preventDefault();
    var b = e.submitter;
    move(b && b.id === "withdraw" ? "withdraw" : "deposit");
  });
})();
