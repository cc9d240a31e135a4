package localnet

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/pocolabs/poco/config"
	"github.com/pocolabs/poco/sms"
	smsapi "github.com/pocolabs/poco/sms/api"
	"github.com/pocolabs/poco/sms/attest"
)

// DefaultSMSPort is the port of the network's secret management service.
const DefaultSMSPort = 8790

// startSMS starts the network's secret management service on port: its secrets in
// <datadir>/sms.db under the master key <datadir>/sms-master.key (made at the first
// start). It accepts DEVELOPMENT attestation (this machine proves no TEE): the workers
// declared with Config.TEE use attest.DevProvider, and the service, its status, the
// logs and the explorer say that nothing here is protected.
func (n *Net) startSMS(ctx context.Context, port int) error {
	ln, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", port))
	if err != nil {
		return fmt.Errorf("localnet: SMS on port %d: %w (use another port)", port, err)
	}
	dir := n.Devnet.DataDir()
	keyFile := filepath.Join(dir, "sms-master.key")
	if _, err := os.Stat(keyFile); errors.Is(err, os.ErrNotExist) {
		if _, err := sms.Rotate(keyFile); err != nil {
			ln.Close()
			return fmt.Errorf("localnet: SMS master key: %w", err)
		}
	}
	keys, err := sms.LoadKeyring(keyFile)
	if err != nil {
		ln.Close()
		return fmt.Errorf("localnet: %w", err)
	}
	st, err := sms.OpenStore(ctx, filepath.Join(dir, "sms.db"))
	if err != nil {
		ln.Close()
		return fmt.Errorf("localnet: %w", err)
	}
	c, err := n.Client(ctx, nil)
	if err != nil {
		ln.Close()
		st.Close()
		return err
	}
	svc, err := sms.New(sms.Config{Chain: c, Store: st, Keys: keys, Limits: sms.DefaultLimits(),
		Verifier: &attest.TDXVerifier{}, InsecureDevAttestation: true, Logger: n.log.With("part", "sms")})
	if err != nil {
		ln.Close()
		st.Close()
		c.Close()
		return err
	}
	n.smsStore, n.smsChain = st, c
	n.smsURL = "http://" + ln.Addr().String()
	n.smsServer = &http.Server{Handler: svc.Handler(), ReadHeaderTimeout: 10 * time.Second}
	go n.smsServer.Serve(ln)
	return nil
}

// SMSURL is the secret management service's base URL.
func (n *Net) SMSURL() string { return n.smsURL }

// SMSClient is a client of the network's secret management service.
func (n *Net) SMSClient() *smsapi.Client { return smsapi.NewClient(n.smsURL, nil) }

func (n *Net) stopSMS() error {
	if n.smsServer == nil {
		return nil
	}
	err := n.smsServer.Close()
	n.smsChain.Close()
	return errors.Join(err, n.smsStore.Close())
}

// writeSMSConfig records the SMS in the configuration file the devnet wrote, so that the
// secret commands (`poco dataset push-secret`, `poco run --secret`…) find it.
func (n *Net) writeSMSConfig() error {
	path := n.Devnet.ConfigPath()
	f, err := config.Load(path)
	if err != nil {
		return err
	}
	f.SMS = n.smsURL
	return config.Save(path, f)
}

// TEE reports whether the workers run TEE tasks (Config.TEE, development attestation).
func (n *Net) TEE() bool { return n.cfg.TEE }
