package explorer

import (
	"context"
	"fmt"
	"net/http"
	"sync"
	"time"

	smsapi "github.com/pocolabs/poco/sms/api"
)

// smsView knows whether the network's secret management service (ServerConfig.SMS)
// accepts development attestation, which every page then says in a banner: on such a
// network the secrets of TEE tasks are not protected by any TEE. The SMS's status is
// asked at most every smsRefresh and for at most smsTimeout per page.
type smsView struct {
	url string

	mu      sync.Mutex
	checked time.Time
	notice  string
}

const (
	smsRefresh = 30 * time.Second
	smsTimeout = 2 * time.Second
)

func newSMSView(url string) *smsView {
	if url == "" {
		return nil
	}
	return &smsView{url: url}
}

// Notice is the banner to show ("" for none), from the last status read.
func (v *smsView) Notice(ctx context.Context) string {
	if v == nil {
		return ""
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	if time.Since(v.checked) < smsRefresh {
		return v.notice
	}
	ctx, cancel := context.WithTimeout(ctx, smsTimeout)
	defer cancel()
	st, err := smsapi.NewClient(v.url, &http.Client{Timeout: smsTimeout}).Status(ctx)
	v.checked = time.Now()
	switch {
	case err != nil:
		// An SMS that does not answer is not a reason to alarm every page: keep what
		// was known.
	case st.InsecureDevAttestation:
		v.notice = fmt.Sprintf("Development network: the secret management service (%s) accepts development attestation, "+
			"which proves nothing. Datasets, secrets and results of TEE tasks here are not protected by any TEE.", v.url)
	default:
		v.notice = ""
	}
	return v.notice
}
